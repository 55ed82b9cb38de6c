/**
 * The accessibility check every browser test holds pages to: axe with WCAG 2.2 AA and axe's
 * best practice (zero violations in every locale). One place, so no test checks less.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const options: RunOptions = { runOnly: { type: 'tag', values: axeTags }, resultTypes: ['violations'] };

/**
 * axe's violations on the page as it is now (axe runs as a script: JavaScript must be on).
 * A page without frames is checked by axe in the page itself: AxeBuilder's way, made for
 * frames from other sites, opens a blank page for every check and took twice as long.
 */
export async function axeResults(page: Page): Promise<Result[]> {
  if (page.frames().length > 1) return (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<{ violations: Result[] }> } }).axe.run(document, runOptions).then((r) => r.violations),
    options,
  );
}

/** The violations as "rule: element, element" lines: empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await axeResults(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
