import en from '../../content/i18n/en.json';
import pl from '../../content/i18n/pl.json';
import ro from '../../content/i18n/ro.json';
import uk from '../../content/i18n/uk.json';
import ar from '../../content/i18n/ar.json';
import ur from '../../content/i18n/ur.json';
import type { ErrorCode } from '../../src/request/schema.ts';

// The Worker words field errors in the sender's language, from the same files as the site.
const byLocale: Record<string, Record<ErrorCode, string>> = {
  en: en.requestErrors, pl: pl.requestErrors, ro: ro.requestErrors,
  uk: uk.requestErrors, ar: ar.requestErrors, ur: ur.requestErrors,
};

export function errorMessage(code: ErrorCode, locale: unknown): string {
  const messages = (typeof locale === 'string' && byLocale[locale]) || byLocale.en!;
  return messages[code];
}
