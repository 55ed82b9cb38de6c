/**
 * The accessibility check every browser test holds pages to: axe with WCAG 2.2 AA and axe's
 * best practice (zero violations in every locale). One place, so no test checks less.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it is now (axe runs as a script: JavaScript must be on). */
export async function axeResults(page: Page) {
  return (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations;
}

/** The violations as "rule: element, element" lines: empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await axeResults(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
