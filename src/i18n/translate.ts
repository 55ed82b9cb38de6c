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

/** A translate function bound to one locale. Throws on a missing key rather than showing it. */
export function translator(code: LocaleCode) {
  const fixed = i18n.getFixedT(code);
  return (key: string, options?: TOptions): string => {
    if (!i18n.exists(key, { lng: code, ...options })) throw new Error(`Missing text "${key}" for ${code}`);
    return fixed(key, options ?? {}) as string;
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
