import { getCollection, type CollectionEntry } from 'astro:content';
import { liveUpdates, type Audience } from './schema.ts';
import { checkWrittenDates } from './raw-dates.ts';

/** An update as one language shows it: translated where a translation exists, else English. */
export interface LocalUpdate {
  slug: string;
  title: string;
  summary: string;
  published: string;
  audience: Audience[];
  /** The language the text is in: the reader's, or "en" when there is no translation. */
  lang: string;
  /** The entry whose body is shown (the translation, or the English original). */
  entry: CollectionEntry<'updates'> | CollectionEntry<'updateTranslations'>;
}

/** Every translation must belong to an English update: a typo in a file name stops the build. */
async function translationsBySlug() {
  const originals = new Set((await getCollection('updates')).map((u) => u.id));
  const translations = await getCollection('updateTranslations');
  const orphans = translations.filter((t) => !originals.has(t.id.split('/')[1]!));
  if (orphans.length) {
    throw new Error(`These translations have no English update with the same file name:\n  - ${orphans.map((o) => `content/updates/${o.id}.md`).join('\n  - ')}`);
  }
  return new Map(translations.map((t) => [t.id, t]));
}

/** The updates live at build time, newest first, in `locale` where translated. */
export async function localUpdates(locale: string, now: Date, audience?: Audience): Promise<LocalUpdate[]> {
  const translations = await translationsBySlug();
  const all = await getCollection('updates');
  for (const u of all) if (u.filePath) checkWrittenDates(u.filePath);
  return liveUpdates(all, now, audience).map((u) => {
    const translation = locale === 'en' ? undefined : translations.get(`${locale}/${u.id}`);
    const text = translation?.data ?? u.data;
    return {
      slug: u.id,
      title: text.title,
      summary: text.summary,
      published: u.data.published,
      audience: u.data.audience,
      lang: translation ? locale : 'en',
      entry: translation ?? u,
    };
  });
}

export { formatDay } from '../site/dates.ts';
