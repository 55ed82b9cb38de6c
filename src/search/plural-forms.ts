import type { Translate } from '../i18n/translate.ts';

/** Every plural form of a counted message, resolved at build time for an island. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export function pluralForms(t: Translate, locale: string, key: string): PluralForms {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  // "{{count}}" stays in place for the island to fill in.
  return Object.fromEntries(categories.map((c) => [c, t(`${key}_${c}`, { count: '{{count}}' as unknown as number })]));
}

/** Picks and fills the right form in the browser: Intl.PluralRules, no i18next. */
export function formatCount(forms: PluralForms, locale: string, count: number): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? '';
  return form.replace('{{count}}', String(count));
}
