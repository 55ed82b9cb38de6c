import i18next, { type TOptions } from 'i18next';
import { site, } from '../site/config.ts';
import { messages, reviews } from './resources.ts';

// One i18next instance for the whole build. It never reaches the browser: islands get
// resolved strings as props.
const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(Object.entries(messages).map(([code, m]) => [code, { translation: m }])),
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false }, // Astro escapes on output.
});

export type LocaleCode = string;
export const locales = site.locales;
export const defaultLocale = 'en';

export function localeInfo(code: LocaleCode) {
  const found = site.locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return { ...found, review: reviews[code]! };
}

/**
 * A translate function bound to one locale. Throws on a missing key rather than showing it.
 * One per locale for the whole build, remembering what it has looked up: a 5,000-service
 * directory renders 30,000 pages, and i18next's lookups were a fifth of the build's time.
 */
export function translator(code: LocaleCode) {
  return translators.get(code) ?? translators.set(code, makeTranslator(code)).get(code)!;
}
const translators = new Map<LocaleCode, (key: string, options?: TOptions) => string>();

function makeTranslator(code: LocaleCode) {
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
export type Translate = ReturnType<typeof translator>;

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
