/** Builds the views' data for one language (build time: i18next stays on the server). */
import { segments, translator } from '../i18n/translate.ts';
import { localePath } from '../i18n/routes.ts';
import type { Content } from '../content/load-content.ts';
import { clockTime, dayName, groupOfficeHours } from '../site/hours.ts';
import type { ViewData } from './view-data.ts';

/** The views' data in one language, from the content's questions, words, contact details and categories. */
export function viewDataFor(content: Pick<Content, 'site' | 'words' | 'questions' | 'directory'>, locale: string): ViewData {
  const { site } = content;
  const { flow, text } = content.questions;
  const { categories } = content.directory;
  const t = translator(content.words, locale);
  const messages = (section: string) => t(section, { returnObjects: true }) as unknown as Record<string, string>;
  const hours = groupOfficeHours(site.contact.officeHours).map((row) => {
    const days = row.from === row.to ? dayName(locale, row.from) : t('contact.dayRange', { from: dayName(locale, row.from), to: dayName(locale, row.to) });
    return `${days}: ${t('contact.timeRange', { opens: clockTime(locale, row.opens), closes: clockTime(locale, row.closes) })}`;
  });
  const path = (p: string) => localePath(locale, p);
  return {
    flow,
    text: text[locale]!,
    ui: { ...messages('worried'), emergencyTitle: t('emergency.title'), requestSupport: t('professionals.requestSupport') },
    serviceKinds: Object.fromEntries(categories.map((c) => [c.id, c.name[locale]!])),
    rich: {
      emergency: segments(t, 'emergency.body', ['phone']),
      callUs: segments(t, 'worried.callUs', ['phone']),
      outOfHours: segments(t, 'contact.outOfHours', ['phone']),
      nspcc: segments(t, 'contact.nspcc', ['name', 'phone', 'email']),
      rightNow: segments(t, 'worried.rightNow', ['phone']),
      consult: segments(t, 'professionals.consult', ['phone']),
      helplineCall: segments(t, 'worried.helplineCall', ['phone']),
      helpThemAsk: segments(t, 'worried.helpThemAsk', ['phone']),
    },
    contact: { ...site.contact, emergency: site.emergency.phone, nspcc: site.nspcc, domesticAbuse: site.domesticAbuse, hours },
    links: {
      start: path('/worried/'),
      reportConcern: path('/report-a-concern/'),
      askForHelp: path('/ask-for-help/'),
      services: path('/services/'),
      categories: path('/services/categories/'),
      // The professional outcome leads to the threshold guidance (the four levels of need).
      professionals: path('/professionals/thresholds/'),
      requestSupport: path('/professionals/request-support/'),
      howItWorks: path('/professionals/how-the-questions-work/'),
      safety: path('/safety/'),
    },
  };
}
