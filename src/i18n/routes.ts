import type { SiteConfig } from '../site/config-schema.ts';

/** getStaticPaths for a page that exists in every language: English unprefixed, others under /<code>/. */
export function localeStaticPaths(locales: SiteConfig['locales']) {
  return locales.map(({ code }) => ({
    params: { lang: code === 'en' ? undefined : code },
    props: { locale: code },
  }));
}

export { localePath } from './locale-path.ts';

/** Splits an address into its language and the path inside that language. */
export function splitLocale(codes: readonly string[], pathname: string): { code: string; path: string } {
  const [, first, ...rest] = pathname.split('/');
  const prefixed = codes.some((code) => code === first && code !== 'en');
  return prefixed ? { code: first!, path: `/${rest.join('/')}` } : { code: 'en', path: pathname };
}
