import { z } from 'zod';
import { day } from '../site/formats.ts';

export const audiences = ['families', 'professionals', 'partners'] as const;
export type Audience = (typeof audiences)[number];

// Titles and descriptions (meta) are the labels and hints the editor at /admin/ shows.
const title = z.string().trim().min(3, 'Write a title of at least 3 characters').meta({ title: 'Title', description: 'Short and plain, like "Family hubs open on Saturdays".' });
const summary = z.string().trim().min(10, 'Write a summary of at least 10 characters').meta({ title: 'Summary', description: 'One or two sentences. Shown in lists and feeds.', cmsWidget: 'text' });

/** Front matter of an update in English: content/updates/<slug>.md */
export const updateSchema = z.strictObject({
  title,
  summary,
  published: day.meta({ title: 'Publish date', description: 'The update appears on the site in the first build on or after this day.' }),
  audience: z
    .array(z.enum(audiences, 'Choose families, professionals or partners'))
    .min(1, 'Choose at least one audience')
    .meta({ title: 'Who is it for?' }),
  expires: day.optional().meta({ title: 'Remove from the site on', description: 'Optional. Leave empty to keep the update.' }),
});
export type Update = z.infer<typeof updateSchema>;

/** Front matter of a translation: content/updates/<locale>/<slug>.md (the body is the translated text). */
export const updateTranslationSchema = z.strictObject({ title, summary });
export type UpdateTranslation = z.infer<typeof updateTranslationSchema>;

/** The start of a day written as 2026-11-22, in UTC. */
export const startOfDay = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** Whether an update is live at `now`: published, and not yet expired. */
export function isLive(update: Pick<Update, 'published' | 'expires'>, now: Date): boolean {
  return startOfDay(update.published) <= now && (!update.expires || startOfDay(update.expires) > now);
}

/** The updates people should see at `now`, newest first, optionally for one audience only. */
export function liveUpdates<T extends { data: Pick<Update, 'published' | 'expires' | 'audience'> }>(
  updates: T[],
  now: Date,
  audience?: Audience,
): T[] {
  return updates
    .filter((u) => isLive(u.data, now) && (!audience || u.data.audience.includes(audience)))
    .sort((a, b) => b.data.published.localeCompare(a.data.published));
}
