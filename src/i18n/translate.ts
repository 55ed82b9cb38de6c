import i18next, { type TOptions } from 'i18next';
import type { SiteConfig } from '../site/config-schema.ts';
import type { Messages, Review } from './schema.ts';

export type LocaleCode = string;
export const defaultLocale = 'en';

/** A language the site offers, with its translation review (content/site.yaml, content/i18n/reviews.yaml). */
export function localeInfo(site: SiteConfig, reviews: Record<string, Review>, code: LocaleCode) {
  const found = site.locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return { ...found, review: reviews[code]! };
}

/**
 * A translate function for one locale of these words (content/i18n/). Throws on a missing key
 * rather than showing it. One per words and locale, remembering what it has looked up: a
 * 5,000-service directory renders 30,000 pages, and i18next's lookups were a fifth of the
 * build's time. (i18next never reaches the browser: islands get resolved strings as props.)
 */
export function translator(words: Record<string, Messages>, code: LocaleCode): Translate {
  let forWords = translators.get(words);
  if (!forWords) translators.set(words, (forWords = { i18n: i18nFor(words), byLocale: new Map() }));
  return forWords.byLocale.get(code) ?? forWords.byLocale.set(code, makeTranslator(forWords.i18n, code)).get(code)!;
}
export type Translate = (key: string, options?: TOptions) => string;
const translators = new WeakMap<Record<string, Messages>, { i18n: ReturnType<typeof i18nFor>; byLocale: Map<LocaleCode, Translate> }>();

function i18nFor(words: Record<string, Messages>) {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: Object.fromEntries(Object.entries(words).map(([code, m]) => [code, { translation: m }])),
    lng: 'en',
    fallbackLng: false,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // Astro escapes on output.
  });
  return i18n;
}

function makeTranslator(i18n: ReturnType<typeof i18nFor>, code: LocaleCode): Translate {
  const fixed = i18n.getFixedT(code);
  const texts = new Map<string, string>(); // by key and values: the same ones give the same text
  const checked = new Set<string>(); // keys (with their plural or context) known to exist
  return (key: string, options?: TOptions): string => {
    // Objects (returnObjects) are not kept: a caller could change what it was given.
    const memo = options?.returnObjects ? undefined : options ? `${key}\u0000${JSON.stringify(options)}` : key;
    const known = memo === undefined ? undefined : texts.get(memo);
    if (known !== undefined) return known;
    const probe = options ? `${key}\u0000${'count' in options ? String(options.count) : ''}\u0000${options.context ?? ''}` : key;
    if (!checked.has(probe)) {
      if (!i18n.exists(key, { lng: code, ...options })) throw new Error(`Missing text "${key}" for ${code}`);
      checked.add(probe);
    }
    const text = fixed(key, options ?? {}) as string;
    if (memo !== undefined) texts.set(memo, text);
    return text;
  };
}

/** A piece of translated text: plain text, or a placeholder value to render specially. */
export type Segment = { text: string } | { name: string };

/**
 * Splits a message around its placeholders, so a page can render a phone number as a
 * link that stays left-to-right inside Arabic or Urdu text.
 */
export function segments(t: Translate, key: string, names: string[], options: TOptions = {}): Segment[] {
  const marker = (name: string) => `\u0001${name}\u0001`;
  const values = Object.fromEntries(names.map((n) => [n, marker(n)]));
  const text = t(key, { ...options, ...values });
  return text
    .split('\u0001')
    .map((part, i) => (i % 2 === 1 ? { name: part } : { text: part }))
    .filter((s) => !('text' in s) || s.text !== '');
}
