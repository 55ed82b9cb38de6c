import * as z from 'zod/mini';
import { contactWays, helpTopics, honeypotField, levels, noConsentReasons, requestKinds, requestTypes, yesNo, type RequestKind } from './choices.ts';

export { contactWays, helpTopics, honeypotField, levels, noConsentReasons, requestKinds, requestTypes, yesNo, type RequestKind };

/**
 * The one schema for a request to the Family Help Point, shared by the form island, the
 * no-JavaScript form handler and the JSON API. Built on zod/mini so the island stays small.
 * Messages are codes; content/i18n/<locale>.json words them, per field where it can
 * ("requestForms.fields.<field>.errors.<code>") and in general otherwise ("requestErrors").
 */
export const errorCodes = [
  'required', 'tooLong', 'invalid', 'consentRequired', 'chooseOne', 'chooseAtLeastOne', 'email', 'phone',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const text = (max: number) =>
  z.string({ error: 'required' satisfies ErrorCode }).check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'tooLong'));
const optionalText = (max: number) => z.optional(text(max));
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'chooseOne' satisfies ErrorCode });
const choices = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values, { error: 'invalid' satisfies ErrorCode }), { error: 'chooseAtLeastOne' satisfies ErrorCode }).check(
    z.minLength(1, 'chooseAtLeastOne'),
  );

export const localeCode = z.string().check(z.regex(/^[a-z]{2,3}$/, 'invalid'));
const email = z.optional(z.string().check(z.trim(), z.maxLength(200, 'tooLong'), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email')));
// UK numbers as people write them: digits with spaces, brackets, dashes, an optional +44.
const phone = z.optional(z.string().check(z.trim(), z.regex(/^\+?[\d\s()-]{10,20}$/, 'phone'), z.refine((v) => (v.match(/\d/g) ?? []).length >= 10, 'phone')));

const common = { [honeypotField]: z.optional(z.literal('')), language: localeCode };

/** "Is it safe for us to contact you? How, when, and may we leave a message?" */
const contactSafety = {
  phone,
  email,
  safeToContact: z.optional(choice(yesNo)),
  contactWays: z.optional(choices(contactWays)),
  contactTimes: optionalText(200),
  leaveMessage: z.optional(choice(yesNo)),
  confirmByEmail: z.optional(choice(yesNo)),
};
type ContactSafety = { [K in keyof typeof contactSafety]?: z.infer<(typeof contactSafety)[K]> };

type Issue = (path: string, code: ErrorCode) => void;
const issuesFor = (ctx: { addIssue: (issue: { code: 'custom'; path: PropertyKey[]; message: string; input: unknown }) => void }): Issue =>
  (path, code) => ctx.addIssue({ code: 'custom', path: path.split('.'), message: code, input: undefined });

/** The contact questions' rules: each way chosen needs its number or address. */
function contactRules(v: ContactSafety, issue: Issue) {
  if (!v.safeToContact) return issue('safeToContact', 'chooseOne');
  if (v.safeToContact === 'yes') {
    if (!v.contactWays?.length) issue('contactWays', 'chooseAtLeastOne');
    if ((v.contactWays?.includes('phone') || v.contactWays?.includes('text')) && !v.phone) issue('phone', 'required');
    if (v.contactWays?.includes('email') && !v.email) issue('email', 'required');
    if (v.contactWays?.includes('phone') && !v.leaveMessage) issue('leaveMessage', 'chooseOne');
  }
  if (v.confirmByEmail === 'yes' && !v.email) issue('email', 'required');
}

export const askForHelp = z
  .strictObject({
    kind: z.literal('ask-for-help'),
    ...common,
    name: text(100),
    address: optionalText(300),
    ...contactSafety,
    children: z.array(z.strictObject({ name: text(100), age: optionalText(30) }), { error: 'required' }).check(
      z.minLength(1, 'required'),
      z.maxLength(6, 'tooLong'),
    ),
    otherPeople: optionalText(1000),
    helpWith: choices(helpTopics),
    message: text(5000),
    consent: z.literal(true, { error: 'consentRequired' satisfies ErrorCode }),
    consentVersion: z.string().check(z.regex(/^[\w.-]{1,40}$/, 'invalid')),
  })
  .check(z.superRefine((v, ctx) => contactRules(v, issuesFor(ctx))));

export const reportConcern = z
  .strictObject({
    kind: z.literal('report-a-concern'),
    ...common,
    dangerNow: choice(yesNo),
    concern: text(5000),
    childName: optionalText(100),
    childAge: optionalText(30),
    childAddress: optionalText(300),
    anonymous: choice(yesNo),
    name: optionalText(100),
    relationship: optionalText(200),
    ...contactSafety,
  })
  .check(
    z.superRefine((v, ctx) => {
      // Anonymous reports skip the questions about the sender (see withoutSender).
      if (v.anonymous !== 'no') return;
      const issue = issuesFor(ctx);
      if (!v.name) issue('name', 'required');
      contactRules(v, issue);
    }),
  );

export const professionalRequest = z
  .strictObject({
    kind: z.literal('professional'),
    ...common,
    name: text(100),
    role: text(100),
    agency: text(200),
    ...contactSafety,
    requestType: choice(requestTypes),
    childName: text(100),
    childAge: optionalText(30),
    familyAddress: optionalText(300),
    parentNames: optionalText(300),
    level: choice(levels),
    worries: text(5000),
    tried: optionalText(5000),
    familyConsent: choice(yesNo),
    noConsentReason: z.optional(choice(noConsentReasons)),
    noConsentDetails: optionalText(2000),
  })
  .check(
    z.superRefine((v, ctx) => {
      const issue = issuesFor(ctx);
      if (!v.email) issue('email', 'required');
      if (v.familyConsent === 'no') {
        if (!v.noConsentReason) issue('noConsentReason', 'chooseOne');
        if (!v.noConsentDetails) issue('noConsentDetails', 'required');
      }
      contactRules(v, issue);
    }),
  );

export const requestSchema = z.discriminatedUnion('kind', [askForHelp, reportConcern, professionalRequest], {
  error: 'invalid' satisfies ErrorCode,
});
export type FamilyHelpRequest = z.infer<typeof requestSchema>;

const senderFields = ['name', 'relationship', ...Object.keys(contactSafety)] as const;

/** Someone reporting anonymously keeps no details of themselves, even if typed before they chose. */
export function withoutSender(request: FamilyHelpRequest): FamilyHelpRequest {
  if (request.kind !== 'report-a-concern' || request.anonymous !== 'yes') return request;
  const kept: Record<string, unknown> = { ...request };
  for (const field of senderFields) delete kept[field];
  return kept as FamilyHelpRequest;
}

/** True when the sender asked for an email to say we have their request, and gave one it is safe to use. */
export function wantsConfirmation(request: FamilyHelpRequest): request is FamilyHelpRequest & { email: string } {
  return request.confirmByEmail === 'yes' && !!request.email && request.safeToContact === 'yes';
}

export interface FieldError {
  field: string;
  code: ErrorCode;
}

/** Field errors from a failed parse: one per field, the first problem found. */
export function fieldErrors(error: { issues: readonly z.core.$ZodIssue[] }): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const issue of error.issues) {
    const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : 'kind');
    const code = (errorCodes as readonly string[]).includes(issue.message) ? (issue.message as ErrorCode) : 'invalid';
    if (!seen.has(field)) seen.set(field, { field, code });
  }
  return [...seen.values()];
}
