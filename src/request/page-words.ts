/** The words of every request form in one language, with this council's numbers: for pages and for the Worker. */
import { messages } from '../i18n/resources.ts';
import { translator } from '../i18n/translate.ts';
import { localePath } from '../i18n/routes.ts';
import { site } from '../site/config.ts';
import { requestKinds, type RequestKind } from './schema.ts';
import { formWords, type FormWords } from './words.ts';
import { statusWords, type StatusWords } from '../check-status/words.ts';

export function wordsFor(locale: string, kind: RequestKind): FormWords {
  const t = translator(locale);
  return formWords(messages[locale]!, kind, {
    language: locale,
    phones: { office: site.contact.phone, outOfHours: site.contact.outOfHours.phone, emergency: site.emergency.phone },
    consentVersion: site.requests.consentVersion,
    links: { statusPage: localePath(locale, '/check-status/'), contactPage: localePath(locale, '/contact/'), privacyPage: localePath(locale, '/privacy/') },
    titleSuffix: t('site.titleSuffix', { service: site.service.shortName }),
  });
}

export type LocaleWords = Record<RequestKind, FormWords> & { status: StatusWords };

export function allWordsFor(locale: string): LocaleWords {
  const kinds = Object.fromEntries(requestKinds.map((kind) => [kind, wordsFor(locale, kind)])) as Record<RequestKind, FormWords>;
  return { ...kinds, status: statusWords(locale) };
}
