import { z } from 'zod';

/**
 * The one schema for a request to the Family Help Point, shared by the form islands and
 * the Worker. Messages are codes; each is worded in content/i18n/<locale>.json under
 * "requestErrors". (The foundation version: the full forms extend each kind.)
 */
export const errorCodes = ['required', 'tooLong', 'consentRequired', 'invalid'] as const;
export type ErrorCode = (typeof errorCodes)[number];

const text = (max: number) =>
  z
    .string({ error: 'required' satisfies ErrorCode })
    .trim()
    .min(1, 'required' satisfies ErrorCode)
    .max(max, 'tooLong' satisfies ErrorCode);

export const localeCode = z.string().regex(/^[a-z]{2,3}$/, 'invalid' satisfies ErrorCode);

/** A field people never see (hidden by CSS); bots fill it in. Must be empty. */
export const honeypotField = 'website';
const honeypot = { [honeypotField]: z.literal('').optional() };

export const askForHelp = z.strictObject({
  kind: z.literal('ask-for-help'),
  ...honeypot,
  language: localeCode,
  name: text(100),
  contact: text(200),
  message: text(5000),
  consent: z.literal(true, { error: 'consentRequired' satisfies ErrorCode }),
});

export const reportConcern = z.strictObject({
  kind: z.literal('report-a-concern'),
  ...honeypot,
  language: localeCode,
  concern: text(5000),
  anonymous: z.boolean({ error: 'required' satisfies ErrorCode }),
});

export const professionalRequest = z.strictObject({
  kind: z.literal('professional'),
  ...honeypot,
  language: localeCode,
  name: text(100),
  role: text(100),
  agency: text(200),
  message: text(5000),
});

export const requestSchema = z.discriminatedUnion('kind', [askForHelp, reportConcern, professionalRequest], {
  error: 'invalid' satisfies ErrorCode,
});
export type FamilyHelpRequest = z.infer<typeof requestSchema>;

export interface FieldError {
  field: string;
  code: ErrorCode;
}

/** Field errors from a failed parse: one per field, the first problem found. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const issue of error.issues) {
    const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : 'kind');
    const code = (errorCodes as readonly string[]).includes(issue.message) ? (issue.message as ErrorCode) : 'invalid';
    if (!seen.has(field)) seen.set(field, { field, code });
  }
  return [...seen.values()];
}
