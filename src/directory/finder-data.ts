/**
 * What the finder needs in one language, worked out at build time from content/: the filter
 * form's words and options (for the /services/ page's island) and the compact index the Worker
 * filters (/<lang>/services/finder.json). One source for the form with and without JavaScript.
 */
import { localePath } from '../i18n/routes.ts';
import { translator } from '../i18n/translate.ts';
import type { Content } from '../content/load-content.ts';
import { pluralForms } from '../search/plural-forms.ts';
import { activeServices, serviceText } from './services.ts';
import type { Directory } from './read-directory.ts';
import { areasOf } from './areas.ts';
import { dayName, languageName, serviceFacts } from './describe.ts';
import { filterValues, oldestAge } from './filters.ts';
import { wordIndex, type FilterStrings, type FinderData, type Option, type SelectKey } from './finder.ts';
import { needWords } from './need-words.ts';

/** Where the filter form posts (the Worker answers: functions/core/finder.tsx). */
export const resultsPath = '/api/forms/services';

/** What of the content the finder uses: the directory is the built one (with any feed's services). */
export type FinderContent = Pick<Content, 'site' | 'words' | 'postcodes'>;

export function finderForm(content: FinderContent, directory: Directory, locale: string): { strings: FilterStrings; options: Record<SelectKey, Option[]>; hasPostcodes: boolean } {
  const t = translator(content.words, locale);
  const collator = new Intl.Collator(locale);
  // "Near me": offered when the council has a postcode table; the example is one of its own places' postcodes.
  const hasPostcodes = content.postcodes !== undefined;
  const example = [...directory.locations.values()].map((l) => l.postal_code).sort()[0] ?? '';
  const f = (k: string) => t(`directory.filters.${k}`);
  const strings: FilterStrings = {
    heading: f('heading'), words: f('words'), category: f('category'), any: f('any'), age: f('age'), free: f('free'), language: f('language'),
    mode: f('mode'), day: f('day'), self: f('self'), button: f('button'), loading: f('loading'), failed: f('failed'), none: f('none'),
    showingFirst: f('showingFirst'), count: pluralForms(t, locale, 'directory.filters.count'),
    area: f('area'), postcode: f('postcode'), postcodeHint: t('directory.filters.postcodeHint', { example }), postcodeHintSent: t('directory.filters.postcodeHintSent', { example }),
    postcodeMalformed: t('directory.filters.postcodeMalformed', { example }),
    postcodeUnknown: t('directory.filters.postcodeUnknown', { council: content.site.council.name, example }),
    postcodeFailed: f('postcodeFailed'), nearestFirst: f('nearestFirst'), away: f('away'), lessThan: f('lessThan'), noPlaceHeading: f('noPlaceHeading'),
    noPlace: f('noPlace'), tooManyToSort: f('tooManyToSort'), errorPrefix: t('worried.errorPrefix'), errorTitle: t('worried.errorTitle'), resultsTitle: f('resultsTitle'),
    add: t('directory.shortlist.add'), remove: t('directory.shortlist.remove'), added: t('directory.shortlist.added'),
    removed: t('directory.shortlist.removed'), view: t('directory.shortlist.view'), listed: pluralForms(t, locale, 'directory.shortlist.count'),
  };
  const categories = [...directory.categories].sort((a, b) => collator.compare(a.name[locale]!, b.name[locale]!));
  const languages = new Map(activeServices(directory).flatMap((s) => s.languages.map((l) => [l.code, languageName(locale, l.code, l.name)] as const)));
  const options: Record<SelectKey, Option[]> = {
    category: categories.map((c) => [c.id, c.name[locale]!]),
    age: Array.from({ length: oldestAge + 1 }, (_, i) => [String(i), String(i)]),
    language: [...languages].sort((a, b) => collator.compare(a[1], b[1])),
    mode: [['in-person', t('directory.inPerson')], ['online', t('directory.online')], ['phone', t('directory.byPhone')]],
    day: (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const).map((d) => [d, dayName(locale, d)]),
    area: [...new Set(activeServices(directory).flatMap((s) => areasOf(s, directory.locations)))].sort((a, b) => collator.compare(a, b)).map((a) => [a, a]),
  };
  return { strings, options, hasPostcodes };
}

export function finderData(content: FinderContent, directory: Directory, locale: string): FinderData {
  const t = translator(content.words, locale);
  const { strings, options, hasPostcodes } = finderForm(content, directory, locale);
  const services = activeServices(directory).map((s) => {
    const text = serviceText(s, locale);
    const organisation = directory.organisations.get(s.organization_id)?.name ?? '';
    const places = s.service_at_locations.map((sal) => directory.locations.get(sal.location_id)!)
      .flatMap((l) => (l.latitude !== undefined && l.longitude !== undefined ? [[l.latitude, l.longitude] as [number, number]] : []));
    const areas = areasOf(s, directory.locations);
    return {
      url: localePath(locale, `/services/${s.id}/`),
      title: text.name,
      ...(locale !== 'en' && text.name === s.name ? { english: true as const } : {}),
      facts: serviceFacts(t, s),
      values: filterValues(s, areas),
      places,
      titleWords: wordIndex(`${text.name} ${s.name}`),
      textWords: wordIndex([text.description, s.eligibility_description ?? '', organisation, ...areas, ...s.service_areas.map((a) => a.name)].join(' ')),
    };
  });
  const needs = Object.fromEntries(directory.categories.map((c) => [c.id, wordIndex(needWords([c], locale).join(' '))]));
  return { locale, hasPostcodes, strings, options, needWords: needs, services };
}
