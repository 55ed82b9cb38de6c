import { z } from 'zod';

/** Front matter of a guide for families: content/guides/<locale>/<slug>.md */
export const guideSchema = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(10),
  /** Where the guide comes in the list on /guides/ (1 first). */
  order: z.number().int().min(1),
});
