import { z } from 'zod';

/** Front matter of a long-form page (safety, accessibility, privacy) in one language. */
export const pageSchema = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(10),
});
