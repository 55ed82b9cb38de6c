import { z } from 'zod';
import { editorFormats } from '../site/formats.ts';

/**
 * Editor (Sveltia CMS) fields made from the zod schemas the build checks content with, so the
 * editor asks for the same required fields, choices and date formats, and refuses to save
 * what the build would reject. Labels and hints come from each field's zod `.meta()`.
 */

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean;
  options?: readonly string[];
  multiple?: boolean;
  min?: number;
  minlength?: number;
  maxlength?: number;
  pattern?: [string, string];
  type?: string;
  format?: string;
  input_timezone?: string;
  fields?: CmsField[];
  field?: CmsField;
}

type JsonSchema = {
  type?: string;
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
  /** Set with .meta({ cmsWidget }) where a plain text box is not right (e.g. "text" for a paragraph). */
  cmsWidget?: string;
};

/** The message the editor shows when a value does not match a field's pattern. */
function patternMessage(s: JsonSchema): string {
  if (s.format === 'date') return 'Use a date like 2026-11-22';
  if (s.format === 'date-time') return 'Use a date and time, like 2026-11-22 15:00';
  if (s.format === 'email') return 'Enter an email address, like name@example.org';
  return s.description ? `Check the format: ${s.description}` : 'This is not in the right format';
}

const humanise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/([A-Z])/g, ' $1').toLowerCase();

function field(name: string, s: JsonSchema, required: boolean, timeZone: string): CmsField {
  const base: CmsField = { name, label: s.title ?? humanise(name), widget: 'string', required };
  if (s.description) base.hint = s.description;
  if (s.enum) return { ...base, widget: 'select', options: s.enum };
  if (s.type === 'boolean') return { ...base, widget: 'boolean' };
  if (s.type === 'array' && s.items?.enum) {
    return { ...base, widget: 'select', multiple: true, options: s.items.enum, ...(s.minItems ? { min: s.minItems } : {}) };
  }
  if (s.type === 'array' && s.items) {
    const item = field('item', s.items, true, timeZone);
    return item.widget === 'object' ? { ...base, widget: 'list', fields: item.fields! } : { ...base, widget: 'list', field: item };
  }
  if (s.type === 'object' && s.properties) {
    const needed = new Set(s.required ?? []);
    return { ...base, widget: 'object', fields: Object.entries(s.properties).map(([n, p]) => field(n, p, needed.has(n), timeZone)) };
  }
  if (s.type === 'object' && s.propertyNames?.enum && typeof s.additionalProperties === 'object') {
    // A record with known keys (office hours by weekday): one optional group per key.
    const value = s.additionalProperties;
    return { ...base, widget: 'object', fields: s.propertyNames.enum.map((key) => field(key, value, false, timeZone)) };
  }
  // The uuid widget makes its own value and takes no checks.
  if (s.cmsWidget === 'uuid') return { ...base, widget: 'uuid' };
  const checks: Partial<CmsField> = {};
  if (s.pattern) checks.pattern = [s.pattern, patternMessage(s)];
  if (s.minLength) checks.minlength = s.minLength;
  if (s.maxLength) checks.maxlength = s.maxLength;
  if (s.format === 'date') return { ...base, ...checks, widget: 'datetime', type: 'date', format: editorFormats.day };
  if (s.format === 'date-time') {
    return { ...base, ...checks, widget: 'datetime', type: 'datetime-local', format: editorFormats.moment, input_timezone: timeZone };
  }
  return { ...base, ...checks, widget: s.cmsWidget ?? 'string' };
}

/** The editor fields for every property of a zod object schema. */
export function cmsFields(schema: z.ZodType, timeZone: string): CmsField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  if (json.type !== 'object' || !json.properties) throw new Error('cmsFields needs an object schema');
  return field('root', json, true, timeZone).fields!;
}
