/** The words of every request form in one language, with this council's numbers: for pages and for the Worker. */
import { translator } from '../i18n/translate.ts';
import { localePath } from '../i18n/routes.ts';
import type { Content } from '../content/load-content.ts';
import { requestKinds, type RequestKind } from './schema.ts';
import { formWords, type FormWords } from './words.ts';
import { statusWords, type StatusWords } from '../check-status/words.ts';

/** What of the content the forms' words use. */
export type FormContent = Pick<Content, 'site' | 'words'>;

export function wordsFor(content: FormContent, locale: string, kind: RequestKind): FormWords {
  const { site } = content;
  const t = translator(content.words, locale);
  return formWords(content.words[locale]!, kind, {
    language: locale,
    phones: { office: site.contact.phone, outOfHours: site.contact.outOfHours.phone, emergency: site.emergency.phone },
    consentVersion: site.requests.consentVersion,
    links: { statusPage: localePath(locale, '/check-status/'), contactPage: localePath(locale, '/contact/'), privacyPage: localePath(locale, '/privacy/') },
    titleSuffix: t('site.titleSuffix', { service: site.service.shortName }),
  });
}

export type LocaleWords = Record<RequestKind, FormWords> & { status: StatusWords };

export function allWordsFor(content: FormContent, locale: string): LocaleWords {
  const kinds = Object.fromEntries(requestKinds.map((kind) => [kind, wordsFor(content, locale, kind)])) as Record<RequestKind, FormWords>;
  return { ...kinds, status: statusWords(content, locale) };
}
