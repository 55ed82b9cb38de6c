import type { Translate } from '../i18n/translate.ts';

/** Every plural form of a counted message, resolved at build time for an island. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export function pluralForms(t: Translate, locale: string, key: string): PluralForms {
  // Kept per language and key: thousands of service pages ask for the same forms.
  const memo = `${locale}\u0000${key}`;
  const known = resolved.get(memo);
  if (known) return known;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  // "{{count}}" stays in place for the island to fill in.
  const forms: PluralForms = Object.fromEntries(categories.map((c) => [c, t(`${key}_${c}`, { count: '{{count}}' as unknown as number })]));
  resolved.set(memo, forms);
  return forms;
}
const resolved = new Map<string, PluralForms>();

/** Picks and fills the right form in the browser: Intl.PluralRules, no i18next. */
export function formatCount(forms: PluralForms, locale: string, count: number): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? '';
  return form.replace('{{count}}', String(count));
}
