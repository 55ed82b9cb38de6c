import { z } from 'zod';
import { editorFormats } from '../site/formats.ts';

/**
 * Editor (Sveltia CMS) fields made from the zod schemas the build checks content with, so the
 * editor asks for the same required fields, choices and date formats, and refuses to save
 * what the build would reject. Labels and hints come from each field's zod `.meta()`.
 *
 * What a field-by-field editor cannot check (a rule comparing two fields, made with zod's
 * `.refine()`) is left to the build, which stops naming the file and field; each schema says
 * where it has such a rule.
 */

/** A choice in a select: the value saved, and what the editor shows. */
export type CmsOption = string | { label: string; value: string };

/**
 * Lists of known values, by name, for fields marked `.meta({ cmsChoices: name })`: a text
 * field becomes a select, an array a multiple select, and a record one group per key.
 */
export type CmsChoices = Record<string, readonly CmsOption[]>;

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean;
  options?: readonly CmsOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  default?: string | number | boolean;
  minlength?: number;
  maxlength?: number;
  pattern?: [string, string];
  type?: string;
  format?: string;
  input_timezone?: string;
  fields?: CmsField[];
  field?: CmsField;
}

/** The JSON Schema zod emits, as far as the editor's fields need it (the drift test reads the same). */
export type JsonSchema = {
  type?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  title?: string;
  description?: string;
  enum?: string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  /** Set with .meta({ cmsWidget }) where a plain text box is not right (e.g. "text" for a paragraph, "time"). */
  cmsWidget?: string;
  /** Set with .meta({ cmsChoices }): the name of a list of known values (see CmsChoices). */
  cmsChoices?: string;
};

interface Context {
  timeZone: string;
  choices: CmsChoices;
}

/** The message the editor shows when a value does not match a field's pattern. */
function patternMessage(s: JsonSchema): string {
  if (s.format === 'date') return 'Use a date like 2026-11-22';
  if (s.format === 'date-time') return 'Use a date and time, like 2026-11-22 15:00';
  if (s.format === 'email') return 'Enter an email address, like name@example.org';
  if (s.format === 'uuid') return 'Use an id like 3f7b145d-84af-42d7-8fae-eaca714b02b2';
  return s.description ? `Check the format: ${s.description}` : 'This is not in the right format';
}

const humanise = (name: string) =>
  name.charAt(0).toUpperCase() + name.slice(1).replace(/([A-Z])/g, ' $1').replace(/_/g, ' ').toLowerCase();
const optionValue = (o: CmsOption) => (typeof o === 'string' ? o : o.value);
const optionLabel = (o: CmsOption) => (typeof o === 'string' ? o : o.label);

function choicesFor(s: JsonSchema, ctx: Context): readonly CmsOption[] {
  const options = ctx.choices[s.cmsChoices!];
  if (!options?.length) throw new Error(`cmsFields: no choices called "${s.cmsChoices}" were given (see CmsChoices)`);
  // A copy for each field, so the YAML of the config has no anchors and aliases.
  return options.map((o) => (typeof o === 'string' ? o : { ...o }));
}

function field(name: string, s: JsonSchema, required: boolean, ctx: Context): CmsField {
  const base: CmsField = { name, label: s.title ?? humanise(name), widget: 'string', required };
  if (s.description) base.hint = s.description;
  // A default the build fills in (like WEEKLY) is where the editor starts too. Lists and groups
  // with an empty default simply start empty.
  if (typeof s.default === 'string' || typeof s.default === 'number' || typeof s.default === 'boolean') base.default = s.default;
  const min = s.minItems ? { min: s.minItems } : {};
  if (s.cmsChoices && s.type === 'object' && typeof s.additionalProperties === 'object') {
    // A record keyed by known values (translations by language): one optional group per key.
    const value = s.additionalProperties;
    return { ...base, widget: 'object', fields: choicesFor(s, ctx).map((o) => ({ ...field(optionValue(o), value, false, ctx), label: optionLabel(o) })) };
  }
  if (s.cmsChoices && s.type === 'array') return { ...base, widget: 'select', multiple: true, options: choicesFor(s, ctx), ...min };
  if (s.cmsChoices) return { ...base, widget: 'select', options: choicesFor(s, ctx) };
  if (s.enum) return { ...base, widget: 'select', options: s.enum };
  if (s.type === 'boolean') return { ...base, widget: 'boolean' };
  if (s.type === 'integer' || s.type === 'number') {
    const limits = { ...(s.minimum !== undefined ? { min: s.minimum } : {}), ...(s.maximum !== undefined ? { max: s.maximum } : {}) };
    return { ...base, widget: 'number', value_type: s.type === 'integer' ? 'int' : 'float', ...limits };
  }
  if (s.type === 'array' && s.items?.enum) return { ...base, widget: 'select', multiple: true, options: s.items.enum, ...min };
  if (s.type === 'array' && s.items) {
    // An array of groups (phone numbers, opening times) is a list of groups; of text, a list of text.
    const item = field('item', s.items, true, ctx);
    return item.widget === 'object' ? { ...base, widget: 'list', fields: item.fields!, ...min } : { ...base, widget: 'list', field: item, ...min };
  }
  if (s.type === 'object' && s.properties) {
    const needed = new Set(s.required ?? []);
    return { ...base, widget: 'object', fields: Object.entries(s.properties).map(([n, p]) => field(n, p, needed.has(n), ctx)) };
  }
  if (s.type === 'object' && s.propertyNames?.enum && typeof s.additionalProperties === 'object') {
    // A record with known keys (office hours by weekday): one optional group per key.
    const value = s.additionalProperties;
    return { ...base, widget: 'object', fields: s.propertyNames.enum.map((key) => field(key, value, false, ctx)) };
  }
  if (s.type === 'object') throw new Error(`cmsFields: "${name}" is a group the editor cannot show (give it known keys with cmsChoices)`);
  // The uuid widget makes its own value and takes no checks.
  if (s.cmsWidget === 'uuid') return { ...base, widget: 'uuid' };
  const checks: Partial<CmsField> = {};
  if (s.pattern) checks.pattern = [s.pattern, patternMessage(s)];
  if (s.minLength) checks.minlength = s.minLength;
  if (s.maxLength) checks.maxlength = s.maxLength;
  if (s.format === 'date') return { ...base, ...checks, widget: 'datetime', type: 'date', format: editorFormats.day };
  if (s.format === 'date-time') {
    return { ...base, ...checks, widget: 'datetime', type: 'datetime-local', format: editorFormats.moment, input_timezone: ctx.timeZone };
  }
  // A time of day on its own (opening times), kept as text like 09:30.
  if (s.cmsWidget === 'time') return { ...base, ...checks, widget: 'datetime', type: 'time', format: editorFormats.time };
  // The editor checks a web address the way the build does (the browser's URL parser).
  if (s.format === 'uri') return { ...base, ...checks, widget: 'string', type: 'url' };
  return { ...base, ...checks, widget: s.cmsWidget ?? 'string' };
}

/** The editor fields for every property of a zod object schema. */
export function cmsFields(schema: z.ZodType, timeZone: string, choices: CmsChoices = {}): CmsField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  if (json.type !== 'object' || !json.properties) throw new Error('cmsFields needs an object schema');
  return field('root', json, true, { timeZone, choices }).fields!;
}
