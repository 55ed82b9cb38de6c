import { z } from 'zod';

export const audiences = ['families', 'professionals', 'partners'] as const;

/** Front matter of an update (content/updates/<slug>.md). */
export const updateSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(10),
  published: z.coerce.date(),
  audience: z.array(z.enum(audiences)).min(1),
  expires: z.coerce.date().optional(),
});
export type Update = z.infer<typeof updateSchema>;

/** Whether an update is live at `now`: published, and not yet expired. */
export function isLive(update: Pick<Update, 'published' | 'expires'>, now: Date): boolean {
  return update.published <= now && (!update.expires || update.expires > now);
}
