/**
 * The words one form needs, resolved at build time from content/i18n and content/site.yaml.
 * The island gets them as props; the Worker reads the same object from /api/forms/<locale>.json,
 * so a page it answers with says exactly what the island would.
 */
import type { Messages } from '../i18n/schema.ts';
import { forms } from './forms.ts';
import type { ErrorCode, RequestKind } from './schema.ts';

export type Words = Record<string, string>;
export interface FieldWords {
  label: string;
  hint?: string;
  errors?: Partial<Record<ErrorCode, string>>;
  [more: string]: unknown;
}

export interface FormWords {
  kind: RequestKind;
  language: string;
  ui: Words;
  title: string;
  lead: string;
  sections: Words;
  fields: Record<string, FieldWords>;
  options: Record<string, Words>;
  errors: Record<ErrorCode, string>;
  danger: Words;
  sent: Words;
  /** Numbers for {{phone}}-style placeholders. */
  phones: { office: string; outOfHours: string; emergency: string };
  consentVersion: string;
  links: { statusPage: string; contactPage: string; privacyPage: string };
  /** "<page> – <this>" page titles, as the layout writes them. */
  titleSuffix: string;
}

export interface WordsContext {
  language: string;
  phones: FormWords['phones'];
  consentVersion: string;
  links: FormWords['links'];
  titleSuffix: string;
}

function at(messages: Messages, path: string): Messages | string {
  let here: Messages | string = messages;
  for (const key of path.split('.')) {
    if (typeof here === 'string' || here[key] === undefined) throw new Error(`Missing text "${path}"`);
    here = here[key]!;
  }
  return here;
}
const section = (messages: Messages, path: string) => at(messages, path) as Words;
const strings = (group: Messages | string): Words => Object.fromEntries(Object.entries(group as Messages).filter(([, v]) => typeof v === 'string')) as Words;

/** A field's words, with this form's own wording (requestForms.forms.<kind>.fields.<field>) over the general. */
function fieldWords(messages: Messages, form: Messages, name: string): FieldWords {
  const general = at(messages, `requestForms.fields.${name}`) as unknown as FieldWords;
  const own = (form.fields as Record<string, FieldWords> | undefined)?.[name];
  return own ? { ...general, ...own, errors: { ...general.errors, ...own.errors } } : general;
}

export function formWords(messages: Messages, kind: RequestKind, context: WordsContext): FormWords {
  const fieldsUsed = forms[kind].sections.flatMap((s) => s.fields);
  const form = at(messages, `requestForms.forms.${kind}`) as Messages;
  return {
    kind,
    ...context,
    ui: strings(at(messages, 'requestForms')),
    title: form.title as string,
    lead: form.lead as string,
    sections: form.sections as Words,
    fields: Object.fromEntries(fieldsUsed.map((f) => [f.name, fieldWords(messages, form, f.name)])),
    options: Object.fromEntries(fieldsUsed.filter((f) => f.optionSet).map((f) => [f.optionSet!, section(messages, `requestForms.options.${f.optionSet}`)])),
    errors: section(messages, 'requestErrors') as Record<ErrorCode, string>,
    danger: section(messages, 'requestForms.danger'),
    sent: { ...section(messages, 'requestForms.sent'), ...(form.sent as Words | undefined) },
  };
}

/** The message for one field's error: worded for that field where we can, in general otherwise. */
export function errorText(words: Pick<FormWords, 'fields' | 'errors'>, field: string, code: ErrorCode): string {
  const name = field.startsWith('children') ? 'children' : field;
  return words.fields[name]?.errors?.[code] ?? words.errors[code];
}
