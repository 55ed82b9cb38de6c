import { site } from '../site/config.ts';

/** getStaticPaths for a page that exists in every language: English unprefixed, others under /<code>/. */
export function localeStaticPaths() {
  return site.locales.map(({ code }) => ({
    params: { lang: code === 'en' ? undefined : code },
    props: { locale: code },
  }));
}

export { localePath } from './locale-path.ts';

/** Splits an address into its language and the path inside that language. */
export function splitLocale(pathname: string): { code: string; path: string } {
  const [, first, ...rest] = pathname.split('/');
  const prefixed = site.locales.some((l) => l.code === first && l.code !== 'en');
  return prefixed ? { code: first!, path: `/${rest.join('/')}` } : { code: 'en', path: pathname };
}
