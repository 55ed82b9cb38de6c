/**
 * The three request forms, each declared once: its questions in parts, when each question
 * shows, when each is required, and its limits. Everything else is derived from this:
 * the zod schema (schema.ts), the island's step-by-step checks, the one-page form without
 * JavaScript, Check your answers, and every "(optional)" label. The words are in
 * content/i18n ("requestForms"), per field, with per-form wording under
 * requestForms.forms.<kind>.fields.
 */
import { contactWays, helpTopics, levels, noConsentReasons, requestTypes, yesNo, type RequestKind } from './choices.ts';

export type FieldType = 'text' | 'email' | 'tel' | 'textarea' | 'radios' | 'checkboxes' | 'consent' | 'children';

/**
 * A condition on another answer given before (in the same part or an earlier one):
 * `is` holds when the answer, or one of the ticked boxes, is one of these values;
 * `empty` holds when the question was left unanswered.
 */
export type Condition = { field: string; is: string | readonly string[] } | { field: string; empty: true };

export interface Field {
  name: string;
  type: FieldType;
  /** For radios and checkboxes: the values, worded under requestForms.options.<optionSet>. */
  options?: readonly string[];
  optionSet?: string;
  /** Never required: labelled "(optional)" and accepted empty. */
  optional?: boolean;
  /** Required only while this holds (otherwise required whenever shown, unless optional). */
  requiredIf?: Condition;
  /** Asked only when this holds (with JavaScript; without it, always shown, with a hint saying when to answer). */
  showIf?: { field: string; is: string | readonly string[] };
  /** Longest answer, in characters (text questions; for children, each child's name). */
  max?: number;
  /** For children: how many rows the form offers (and the most the request may hold), and the longest age. */
  rows?: number;
  ageMax?: number;
  autocomplete?: string;
  /** Characters wide, for GOV.UK input widths. */
  width?: 10 | 20 | 30;
}

export interface Section {
  id: string;
  fields: Field[];
}

/** "The children in the family": a row for each, a name and an age (more can go in "other people"). */
const children: Field = { name: 'children', type: 'children', rows: 4, max: 100, ageMax: 30 };
/** How many rows of "a child in the family" the form offers. */
export const childRows = children.rows!;

const radios = (name: string, options: readonly string[], optionSet: string, more: Partial<Field> = {}): Field => ({ name, type: 'radios', options, optionSet, ...more });
const text = (name: string, max: number, more: Partial<Field> = {}): Field => ({ name, type: 'text', max, ...more });
const textarea = (name: string, max: number, more: Partial<Field> = {}): Field => ({ name, type: 'textarea', max, ...more });

const anonymousNo = { field: 'anonymous', is: 'no' } as const;
const safeYes = { field: 'safeToContact', is: 'yes' } as const;

/**
 * "Is it safe for us to contact you?" and what follows from it, for families and the people
 * who report a concern: each way chosen asks for its number or address.
 */
const contactQuestions = (showIf?: Field['showIf']): Field[] => [
  radios('safeToContact', yesNo, 'yesNo', { showIf }),
  { name: 'contactWays', type: 'checkboxes', options: contactWays, optionSet: 'contactWays', showIf: safeYes },
  { name: 'phone', type: 'tel', autocomplete: 'tel', width: 20, showIf: { field: 'contactWays', is: ['phone', 'text'] } },
  radios('leaveMessage', yesNo, 'yesNo', { showIf: { field: 'contactWays', is: 'phone' } }),
  { name: 'email', type: 'email', autocomplete: 'email', width: 30, showIf: { field: 'contactWays', is: 'email' } },
  radios('confirmByEmail', yesNo, 'yesNo', { optional: true, showIf: { field: 'contactWays', is: 'email' } }),
  text('contactTimes', 200, { optional: true, showIf: safeYes }),
];

export const forms: Record<RequestKind, { path: string; sections: Section[] }> = {
  'ask-for-help': {
    path: '/ask-for-help/',
    sections: [
      { id: 'you', fields: [text('name', 100, { autocomplete: 'name', width: 30 }), textarea('address', 300, { optional: true, autocomplete: 'street-address' })] },
      { id: 'family', fields: [children, textarea('otherPeople', 1000, { optional: true })] },
      { id: 'help', fields: [{ name: 'helpWith', type: 'checkboxes', options: helpTopics, optionSet: 'helpWith' }, textarea('message', 5000)] },
      { id: 'contact', fields: contactQuestions() },
      { id: 'consent', fields: [{ name: 'consent', type: 'consent' }] },
    ],
  },
  'report-a-concern': {
    path: '/report-a-concern/',
    sections: [
      { id: 'danger', fields: [radios('dangerNow', yesNo, 'yesNo')] },
      { id: 'concern', fields: [textarea('concern', 5000)] },
      {
        id: 'child',
        fields: [
          text('childName', 100, { optional: true, width: 30 }),
          text('childAge', 30, { optional: true, width: 10 }),
          textarea('childAddress', 300, { optional: true }),
        ],
      },
      {
        id: 'sender',
        fields: [
          radios('anonymous', yesNo, 'anonymous'),
          text('name', 100, { autocomplete: 'name', width: 30, showIf: anonymousNo }),
          text('relationship', 200, { optional: true, showIf: anonymousNo }),
          ...contactQuestions(anonymousNo),
        ],
      },
    ],
  },
  professional: {
    path: '/professionals/request-support/',
    sections: [
      {
        id: 'professional',
        fields: [
          text('name', 100, { autocomplete: 'name', width: 30 }),
          text('role', 100, { autocomplete: 'organization-title', width: 30 }),
          text('agency', 200, { autocomplete: 'organization', width: 30 }),
          radios('requestType', requestTypes, 'requestType'),
        ],
      },
      {
        id: 'childAndFamily',
        fields: [
          text('childName', 100, { optional: true, width: 30 }),
          text('childAge', 30, { optional: true, width: 10 }),
          text('parentNames', 300, { optional: true }),
          textarea('familyAddress', 300, { optional: true }),
        ],
      },
      {
        id: 'need',
        fields: [radios('level', levels, 'level'), textarea('worries', 5000), textarea('tried', 5000, { optional: true })],
      },
      {
        id: 'familyConsent',
        fields: [
          radios('familyConsent', yesNo, 'yesNo'),
          radios('noConsentReason', noConsentReasons, 'noConsentReason', { showIf: { field: 'familyConsent', is: 'no' } }),
          textarea('noConsentDetails', 2000, { showIf: { field: 'familyConsent', is: 'no' } }),
        ],
      },
      {
        // A professional is reached at work: a phone number or an email address, at least one.
        id: 'contact',
        fields: [
          { name: 'phone', type: 'tel', autocomplete: 'tel', width: 20, requiredIf: { field: 'email', empty: true } },
          { name: 'email', type: 'email', autocomplete: 'email', width: 30, requiredIf: { field: 'phone', empty: true } },
          // Emails say only that there is news: we have the request, then that a decision is made.
          radios('confirmByEmail', yesNo, 'yesNo', { optional: true }),
          text('contactTimes', 200, { optional: true }),
        ],
      },
    ],
  },
};

/** Answers as a form holds them (children as "children.0.name") or as a request carries them. */
export type Values = Record<string, unknown>;

export const allFields = (kind: RequestKind): Field[] => forms[kind].sections.flatMap((s) => s.fields);
const fieldOf = (kind: RequestKind, name: string) => allFields(kind).find((f) => f.name === name);

/** True when a question has an answer: text with more than spaces, a ticked box, a child, consent. */
export function isAnswered(values: Values, name: string): boolean {
  if (name === 'children') return Array.isArray(values.children) ? values.children.length > 0 : Array.from({ length: childRows }, (_, i) => values[`children.${i}.name`]).some((v) => isAnswered({ v }, 'v'));
  const value = values[name];
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value !== null && value !== false;
}

function holds(condition: Condition, values: Values): boolean {
  if ('empty' in condition) return !isAnswered(values, condition.field);
  const wanted = ([] as unknown[]).concat(condition.is);
  return ([] as unknown[]).concat(values[condition.field] ?? []).some((a) => wanted.includes(a));
}

/**
 * False when a question only matters after another answer the person has not given, or
 * after a question that itself no longer applies (contact ways, after "stay anonymous").
 */
export function isShown(field: Field, values: Values, kind: RequestKind): boolean {
  if (!field.showIf) return true;
  const parent = fieldOf(kind, field.showIf.field);
  if (parent && !isShown(parent, values, kind)) return false;
  return holds(field.showIf, values);
}

/** True when the question must be answered, given the answers so far. */
export function isRequired(field: Field, values: Values, kind: RequestKind): boolean {
  if (field.optional || !isShown(field, values, kind)) return false;
  return !field.requiredIf || holds(field.requiredIf, values);
}

/** Every field name a form can send (children rows expanded), for reading a posted form. */
export function fieldNames(kind: RequestKind): string[] {
  return allFields(kind).flatMap((f) => (f.type === 'children' ? Array.from({ length: childRows }, (_, i) => [`children.${i}.name`, `children.${i}.age`]).flat() : [f.name]));
}

/** The part a question is asked in. */
export const sectionOf = (kind: RequestKind, name: string): number => forms[kind].sections.findIndex((s) => s.fields.some((f) => f.name === name || name.startsWith(`${f.name}.`)));
