import * as z from 'zod/mini';

/** A sender checking their request: the reference and one-time code from the confirmation. Shared by the island and the Worker. */
export const referencePattern = /^FHP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

/** People type references loosely: any case, spaces, missing dashes. */
export function tidyReference(typed: string): string {
  const bare = typed.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^FHP/, '');
  return bare.length === 8 ? `FHP-${bare.slice(0, 4)}-${bare.slice(4)}` : typed.trim().toUpperCase();
}

export const statusCheckSchema = z.strictObject({
  reference: z.string({ error: 'reference' }).check(z.overwrite(tidyReference), z.regex(referencePattern, 'reference')),
  statusCode: z.string({ error: 'statusCode' }).check(z.trim(), z.toUpperCase(), z.regex(/^[2-9A-HJ-NP-Z]{8}$/, 'statusCode')),
  language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}$/))),
});
export type StatusCheck = z.infer<typeof statusCheckSchema>;

export const statuses = ['received', 'being-looked-at', 'passed-to-a-service', 'closed'] as const;
export type Status = (typeof statuses)[number];
