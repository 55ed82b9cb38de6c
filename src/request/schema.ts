import * as z from 'zod/mini';
import { contactWays, helpTopics, honeypotField, levels, noConsentReasons, requestKinds, requestTypes, yesNo, type RequestKind } from './choices.ts';
import { allFields, forms, isAnswered, isRequired, isShown, type Field, type FieldType, type Values } from './forms.ts';

export { contactWays, helpTopics, honeypotField, levels, noConsentReasons, requestKinds, requestTypes, yesNo, type RequestKind };

/**
 * The one schema for a request to the Family Help Point, shared by the form island, the
 * no-JavaScript form handler and the JSON API, derived from each form's declaration in
 * forms.ts. Built on zod/mini so the island stays small.
 * Messages are codes; content/i18n/<locale>.json words them, per field where it can
 * ("requestForms.fields.<field>.errors.<code>") and in general otherwise ("requestErrors").
 */
export const errorCodes = [
  'required', 'tooLong', 'invalid', 'consentRequired', 'chooseOne', 'chooseAtLeastOne', 'email', 'phone',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const text = (max: number) => z.string({ error: 'invalid' satisfies ErrorCode }).check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'tooLong'));
const choice = (values: readonly string[]) => z.enum(values as [string, ...string[]], { error: 'chooseOne' satisfies ErrorCode });
const choices = (values: readonly string[]) =>
  z.array(z.enum(values as [string, ...string[]], { error: 'invalid' satisfies ErrorCode }), { error: 'chooseAtLeastOne' satisfies ErrorCode }).check(
    z.minLength(1, 'chooseAtLeastOne'),
  );

export const localeCode = z.string().check(z.regex(/^[a-z]{2,3}$/, 'invalid'));
const email = z.string().check(z.trim(), z.maxLength(200, 'tooLong'), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email'));
// UK numbers as people write them: digits with spaces, brackets, dashes, an optional +44.
const phone = z.string().check(z.trim(), z.regex(/^\+?[\d\s()-]{10,20}$/, 'phone'), z.refine((v) => (v.match(/\d/g) ?? []).length >= 10, 'phone'));

/** What an answer must look like when it is given: its type, its limits, its format. */
function answerSchema(field: Field) {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return text(field.max ?? 200);
    case 'email':
      return email;
    case 'tel':
      return phone;
    case 'radios':
      return choice(field.options!);
    case 'checkboxes':
      return choices(field.options!);
    case 'consent':
      return z.literal(true, { error: 'consentRequired' satisfies ErrorCode });
    case 'children':
      return z.array(z.strictObject({ name: text(field.max!), age: z.optional(text(field.ageMax!)) }), { error: 'required' }).check(z.minLength(1, 'required'), z.maxLength(field.rows!, 'tooLong'));
  }
}

/** The error for a required question left unanswered, by the kind of question. */
const missing: Record<FieldType, ErrorCode> = {
  text: 'required', textarea: 'required', email: 'required', tel: 'required', children: 'required',
  radios: 'chooseOne', checkboxes: 'chooseAtLeastOne', consent: 'consentRequired',
};

/**
 * The questions that must be answered and are not, given the other answers: from the
 * form's declaration, so the island's steps, the no-JavaScript page and the API all agree.
 */
export function unanswered(kind: RequestKind, values: Values): FieldError[] {
  return allFields(kind)
    .filter((field) => isRequired(field, values, kind) && !isAnswered(values, field.name))
    .map((field) => ({ field: field.name, code: missing[field.type] }));
}

const common = { [honeypotField]: z.optional(z.literal('')), language: localeCode };

/**
 * A form's schema, derived from its declaration: every answer optional in shape (so a
 * missing one never stops the other checks), then which answers are needed, by the same
 * rules the form shows.
 */
function schemaFor<K extends RequestKind>(kind: K) {
  const fields = allFields(kind);
  const shape = Object.fromEntries(fields.map((f) => [f.name, z.optional(answerSchema(f))]));
  const consent = fields.some((f) => f.type === 'consent') ? { consentVersion: z.string().check(z.regex(/^[\w.-]{1,40}$/, 'invalid')) } : {};
  return z.strictObject({ kind: z.literal(kind), ...common, ...consent, ...shape }).check(
    z.superRefine((v, ctx) => {
      for (const { field, code } of unanswered(kind, v)) ctx.addIssue({ code: 'custom', path: [field], message: code, input: undefined });
    }),
  );
}

export const askForHelp = schemaFor('ask-for-help');
export const reportConcern = schemaFor('report-a-concern');
export const professionalRequest = schemaFor('professional');

// Its shapes are built from the declarations, so TypeScript sees only their outline: the type below.
export const requestSchema = z.discriminatedUnion('kind', [askForHelp, reportConcern, professionalRequest], {
  error: 'invalid' satisfies ErrorCode,
}) as unknown as z.ZodMiniType<FamilyHelpRequest>;

/** A request that passed the schema. Its answers are as the form declares them. */
export interface FamilyHelpRequest {
  kind: RequestKind;
  language: string;
  consentVersion?: string;
  email?: string;
  confirmByEmail?: string;
  [field: string]: unknown;
}

/** Answers to questions that do not apply are not kept (a sender who stays anonymous keeps no details, even if typed before they chose). */
export function withoutHiddenAnswers<T extends FamilyHelpRequest>(request: T): T {
  const kept: Record<string, unknown> = { ...request };
  for (const field of allFields(request.kind)) if (!isShown(field, request, request.kind)) delete kept[field.name];
  return kept as T;
}

/** True when the sender asked for an email to say we have their request (a question asked only of someone who chose email as a safe way). */
export function wantsConfirmation(request: FamilyHelpRequest): request is FamilyHelpRequest & { email: string } {
  const kept = withoutHiddenAnswers(request);
  return kept.confirmByEmail === 'yes' && typeof kept.email === 'string' && kept.email !== '';
}

/**
 * True when the sender is told by email that there is an update once we decide (never what):
 * a professional, or a parent asking for help for their family, who asked for emails about
 * the request (the same question, worded for both to say so) and, for a parent, said it is
 * safe. Someone reporting a concern about a child is offered only the email saying we have it.
 */
export function wantsUpdates(request: FamilyHelpRequest): request is FamilyHelpRequest & { email: string } {
  return (request.kind === 'professional' || request.kind === 'ask-for-help') && wantsConfirmation(request);
}

/** Only the answers to one part's questions: what the island checks before the next part. */
export function stepErrors(kind: RequestKind, section: number, request: Values): FieldError[] {
  const names = new Set(forms[kind].sections[section]!.fields.map((f) => f.name));
  return requestErrors(request).filter((e) => names.has(e.field.split('.')[0]!));
}

/** Every problem with a request, one per field (empty when it can be sent). */
export function requestErrors(request: Values): FieldError[] {
  const parsed = requestSchema.safeParse(request);
  return parsed.success ? [] : fieldErrors(parsed.error);
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
