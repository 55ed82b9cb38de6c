/**
 * The three request forms as data: which questions, in which parts, in which order.
 * The words are in content/i18n ("requestForms"); the rules are in schema.ts. One
 * component renders these for the island, the build and the Worker.
 */
import { contactWays, helpTopics, levels, noConsentReasons, requestTypes, yesNo, type RequestKind } from './choices.ts';

export type FieldType = 'text' | 'email' | 'tel' | 'textarea' | 'radios' | 'checkboxes' | 'consent' | 'children';

export interface Field {
  name: string;
  type: FieldType;
  /** For radios and checkboxes: the values, worded under requestForms.options.<optionSet>. */
  options?: readonly string[];
  optionSet?: string;
  optional?: boolean;
  /** Shown only when another answer has this value (with JavaScript; without it, always shown). */
  showIf?: { field: string; is: string | readonly string[] };
  autocomplete?: string;
  /** Characters wide, for GOV.UK input widths. */
  width?: 10 | 20 | 30;
}

export interface Section {
  id: string;
  fields: Field[];
}

/** How many rows of "a child in the family" the form offers. */
export const childRows = 4;

const radios = (name: string, options: readonly string[], optionSet: string, more: Partial<Field> = {}): Field => ({ name, type: 'radios', options, optionSet, ...more });

const anonymousNo = { field: 'anonymous', is: 'no' } as const;
const safeYes = { field: 'safeToContact', is: 'yes' } as const;

/** "Is it safe for us to contact you?" and what follows from it: asked of everyone who gives contact details. */
const contactQuestions = (showIf?: Field['showIf']): Field[] => [
  { name: 'phone', type: 'tel', optional: true, autocomplete: 'tel', width: 20, showIf },
  { name: 'email', type: 'email', optional: true, autocomplete: 'email', width: 30, showIf },
  radios('safeToContact', yesNo, 'yesNo', { showIf }),
  { name: 'contactWays', type: 'checkboxes', options: contactWays, optionSet: 'contactWays', showIf: safeYes },
  { name: 'contactTimes', type: 'text', optional: true, showIf: safeYes },
  radios('leaveMessage', yesNo, 'yesNo', { showIf: { field: 'contactWays', is: 'phone' } }),
  radios('confirmByEmail', yesNo, 'yesNo', { optional: true, showIf: safeYes }),
];

export const forms: Record<RequestKind, { path: string; sections: Section[] }> = {
  'ask-for-help': {
    path: '/ask-for-help/',
    sections: [
      { id: 'you', fields: [{ name: 'name', type: 'text', autocomplete: 'name', width: 30 }, { name: 'address', type: 'textarea', optional: true, autocomplete: 'street-address' }] },
      { id: 'family', fields: [{ name: 'children', type: 'children' }, { name: 'otherPeople', type: 'textarea', optional: true }] },
      { id: 'help', fields: [{ name: 'helpWith', type: 'checkboxes', options: helpTopics, optionSet: 'helpWith' }, { name: 'message', type: 'textarea' }] },
      { id: 'contact', fields: contactQuestions() },
      { id: 'consent', fields: [{ name: 'consent', type: 'consent' }] },
    ],
  },
  'report-a-concern': {
    path: '/report-a-concern/',
    sections: [
      { id: 'danger', fields: [radios('dangerNow', yesNo, 'yesNo')] },
      { id: 'concern', fields: [{ name: 'concern', type: 'textarea' }] },
      {
        id: 'child',
        fields: [
          { name: 'childName', type: 'text', optional: true, width: 30 },
          { name: 'childAge', type: 'text', optional: true, width: 10 },
          { name: 'childAddress', type: 'textarea', optional: true },
        ],
      },
      {
        id: 'sender',
        fields: [
          radios('anonymous', yesNo, 'anonymous'),
          { name: 'name', type: 'text', autocomplete: 'name', width: 30, showIf: anonymousNo },
          { name: 'relationship', type: 'text', optional: true, showIf: anonymousNo },
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
          { name: 'name', type: 'text', autocomplete: 'name', width: 30 },
          { name: 'role', type: 'text', autocomplete: 'organization-title', width: 30 },
          { name: 'agency', type: 'text', autocomplete: 'organization', width: 30 },
          radios('requestType', requestTypes, 'requestType'),
        ],
      },
      {
        id: 'childAndFamily',
        fields: [
          { name: 'childName', type: 'text', width: 30 },
          { name: 'childAge', type: 'text', optional: true, width: 10 },
          { name: 'parentNames', type: 'text', optional: true },
          { name: 'familyAddress', type: 'textarea', optional: true },
        ],
      },
      {
        id: 'need',
        fields: [radios('level', levels, 'level'), { name: 'worries', type: 'textarea' }, { name: 'tried', type: 'textarea', optional: true }],
      },
      {
        id: 'familyConsent',
        fields: [
          radios('familyConsent', yesNo, 'yesNo'),
          radios('noConsentReason', noConsentReasons, 'noConsentReason', { showIf: { field: 'familyConsent', is: 'no' } }),
          { name: 'noConsentDetails', type: 'textarea', showIf: { field: 'familyConsent', is: 'no' } },
        ],
      },
      { id: 'contact', fields: contactQuestions() },
    ],
  },
};

export type Values = Record<string, string | string[] | undefined>;

/**
 * False when a question only matters after another answer the person has not given, or
 * after a question that itself no longer applies (contact ways, after "stay anonymous").
 */
export function isShown(field: Field, values: Values, kind: RequestKind): boolean {
  if (!field.showIf) return true;
  const { field: name, is } = field.showIf;
  const parent = forms[kind].sections.flatMap((s) => s.fields).find((f) => f.name === name);
  if (parent && !isShown(parent, values, kind)) return false;
  const wanted = ([] as string[]).concat(is);
  return ([] as string[]).concat(values[name] ?? []).some((a) => wanted.includes(a));
}

/** Every field name a form can send (children rows expanded), for reading a posted form. */
export function fieldNames(kind: RequestKind): string[] {
  return forms[kind].sections.flatMap((s) =>
    s.fields.flatMap((f) => (f.type === 'children' ? Array.from({ length: childRows }, (_, i) => [`children.${i}.name`, `children.${i}.age`]).flat() : [f.name])),
  );
}
