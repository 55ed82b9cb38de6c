import type { Page } from 'playwright-core';
import { forms, type Values } from '../../src/request/forms.ts';
import type { RequestKind } from '../../src/request/schema.ts';

/** Answers a request form's questions (all parts, or part `sectionIndex`) as a person would. */
export async function answer(page: Page, kind: RequestKind, values: Values, sectionIndex?: number) {
  const sections = sectionIndex === undefined ? forms[kind].sections : [forms[kind].sections[sectionIndex]!];
  const names = sections.flatMap((s) => s.fields.flatMap((f) => (f.type === 'children' ? Object.keys(values).filter((k) => k.startsWith('children.')) : [f.name])));
  for (const name of names) {
    const value = values[name];
    if (value === undefined) continue;
    // A question that depends on an earlier answer appears once that answer is given.
    await page.locator(`[name="${name}"]`).first().waitFor();
    for (const v of ([] as unknown[]).concat(value) as string[]) {
      const choice = page.locator(`input[name="${name}"][value="${v}"]:is([type=radio],[type=checkbox])`);
      if (await choice.count()) await choice.check();
      else await page.locator(`[name="${name}"]:is(input,textarea)`).fill(v);
    }
  }
}
