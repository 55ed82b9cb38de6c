import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { alertSchema, loadReferenceData, projectContent } from '../support/content.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import type { CmsField, CmsOption, JsonSchema } from '../../src/cms/fields.ts';
import { referenceProblems } from '../../src/directory/references.ts';
import { serviceSchema } from '../../src/directory/schema.ts';
import { siteConfigSchema } from '../../src/site/config-schema.ts';
import { updateSchema, updateTranslationSchema } from '../../src/updates/schema.ts';

/**
 * The editor must ask for what the build checks: if a schema changes and the editor does
 * not follow, editors could save files that stop the build. These tests try the editor's
 * field rules against the zod schemas with real content as the starting point.
 */
type Data = Record<string, unknown>;
const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Data;
const config = cmsConfig(projectContent());
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const fieldsOf = (name: string): CmsField[] => {
  const c = collection(name) as { fields?: CmsField[]; files?: { fields: CmsField[] }[] };
  return c.fields ?? c.files![0]!.fields;
};

const yamlFile = (file: string) => parse(readFileSync(file, 'utf8')) as Data;
const serviceFiles = readdirSync('content/services').filter((f) => f.endsWith('.yaml')).sort();

/** What services may refer to, as the build knows it. */
const references = loadReferenceData();
const directory = {
  organisations: new Map(references.organisations.map((o) => [o.id, o])),
  locations: new Map(references.locations.map((l) => [l.id, l])),
  categories: references.categories,
};
/** The build's checks of a service file: the schema, then that what it refers to exists. */
const serviceBuilds = (data: unknown) => {
  const result = serviceSchema.safeParse(data);
  return result.success && referenceProblems(result.data, directory).length === 0;
};

/**
 * A real service, with every optional part filled in too (no demo file has them all), so that
 * every field the editor shows is tried.
 */
const fullService: Data = {
  ...yamlFile('content/services/short-breaks.yaml'),
  eligibility_description: 'Disabled children and young people who live in Northbridge.',
  service_areas: [{ id: '0b7a4c1e-3a1f-4d57-9a55-3c2f6f0c1a01', name: 'Northbridge' }],
  service_at_locations: [{ id: '0b7a4c1e-3a1f-4d57-9a55-3c2f6f0c1a02', location_id: 'f1729e95-4a42-5c35-8f55-ed6cee182127' }],
  schedules: [
    { id: '0b7a4c1e-3a1f-4d57-9a55-3c2f6f0c1a03', freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '15:00', description: 'Term time only', location_id: 'f1729e95-4a42-5c35-8f55-ed6cee182127' },
  ],
  languages: [{ id: '0b7a4c1e-3a1f-4d57-9a55-3c2f6f0c1a04', name: 'British Sign Language', code: 'bfi', note: 'At the Saturday club' }],
  cost_options: [{ id: '0b7a4c1e-3a1f-4d57-9a55-3c2f6f0c1a05', option: 'Some activities', amount: 5.5, amount_description: 'Up to £5.50 a session' }],
  phones: [{ id: '0b7a4c1e-3a1f-4d57-9a55-3c2f6f0c1a06', number: '0113 496 0227', description: 'Weekdays' }],
  contacts: [{ id: '0b7a4c1e-3a1f-4d57-9a55-3c2f6f0c1a07', name: 'Sam Example', title: 'Short breaks coordinator', phones: [{ number: '0113 496 0228', description: 'Direct line' }] }],
  translations: { pl: { name: 'Krótkie przerwy dla dzieci z niepełnosprawnościami', description: 'Kluby po szkole i zajęcia w czasie wakacji.' } },
};

type Case = [name: string, schema: z.ZodType, sample: Data, builds?: (data: unknown) => boolean];
const cases: Case[] = [
  ['updates', updateSchema, frontMatter('content/updates/threshold-guidance-review.md')],
  ['alerts', alertSchema, yamlFile('content/alerts/christmas-eve-early-close.yaml')],
  ['services', serviceSchema, fullService, serviceBuilds],
  ['settings', siteConfigSchema, yamlFile('content/site.yaml')],
];

const clone = <T>(v: T): T => structuredClone(v);
const at = (data: Data, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Data)?.[k as string], data);
function setAt(data: Data, path: (string | number)[], value: unknown) {
  const parent = at(data, path.slice(0, -1)) as Data;
  if (value === undefined) delete parent[path.at(-1) as string];
  else parent[path.at(-1) as string] = value;
}
const optionValue = (o: CmsOption) => (typeof o === 'string' ? o : o.value);

/**
 * Rules that compare two fields (an end after its start) are the build's alone: when trying one
 * field, move its partner out of the way so only the field itself is tried.
 */
function isolate(name: string, data: Data, path: (string | number)[]) {
  const key = path.at(-1);
  const sibling = (k: string, v: unknown) => setAt(data, [...path.slice(0, -1), k], v);
  if (name === 'alerts' && key === 'starts') sibling('ends', '2099-01-01T00:00:00+00:00');
  if (name === 'alerts' && key === 'ends') sibling('starts', '2000-01-01T00:00:00+00:00');
  if (name === 'services' && key === 'opens_at') sibling('closes_at', '23:59');
  if (name === 'services' && key === 'closes_at') sibling('opens_at', '00:00');
  if (name === 'services' && key === 'minimum_age') sibling('maximum_age', undefined);
  if (name === 'services' && key === 'maximum_age') sibling('minimum_age', undefined);
}

/** Every field the editor shows, with its place in a file, where the sample has a value to work on. */
function* walk(fields: CmsField[], sample: Data, path: (string | number)[] = []): Generator<{ field: CmsField; path: (string | number)[] }> {
  for (const field of fields) {
    if (field.name === 'body') continue; // the Markdown body of an update is not front matter
    const here = [...path, field.name];
    yield { field, path: here };
    const value = at(sample, here);
    if (field.widget === 'object' && value && typeof value === 'object') yield* walk(field.fields!, sample, here);
    if (field.widget === 'list' && field.fields && Array.isArray(value) && value.length) yield* walk(field.fields, sample, [...here, 0]);
  }
}

/** Writes a fixed moment in a Day.js format, the way the editor stores dates. */
function formatLike(format: string): string {
  const parts: Record<string, string> = { YYYY: '2027-07-15'.slice(0, 4), MM: '07', DD: '15', HH: '09', mm: '30', ss: '00', Z: '+01:00' };
  return format.replace(/YYYY|MM|DD|HH|mm|ss|Z/g, (token) => parts[token]!);
}

describe.each(cases)('the editor fields for %s match the schema the build uses', (name, schema, sample, builds) => {
  const accepts = (_schema: z.ZodType, data: unknown) => (builds ? builds(data) : schema.safeParse(data).success);

  it('starts from a sample the build accepts', () => {
    expect(schema.safeParse(sample).error?.issues).toBeUndefined();
    expect(accepts(schema, sample)).toBe(true);
  });

  it('marks as required exactly the fields the build cannot do without', () => {
    const wrong: string[] = [];
    for (const { field, path } of walk(fieldsOf(name), sample)) {
      if (at(sample, path) === undefined) continue;
      const without = clone(sample);
      setAt(without, path, undefined);
      const buildNeedsIt = !accepts(schema, without);
      if (buildNeedsIt !== (field.required !== false)) wrong.push(`${path.join('.')}: editor required=${field.required}, build needs it=${buildNeedsIt}`);
    }
    expect(wrong).toEqual([]);
  });

  it('offers exactly the choices the build accepts', () => {
    const wrong: string[] = [];
    for (const { field, path } of walk(fieldsOf(name), sample)) {
      if (field.widget !== 'select') continue;
      for (const option of field.options!.map(optionValue)) {
        const data = clone(sample);
        setAt(data, path, field.multiple ? [option] : option);
        if (!accepts(schema, data)) wrong.push(`${path.join('.')}: the build refuses the choice "${option}"`);
      }
      const data = clone(sample);
      setAt(data, path, field.multiple ? ['not-a-choice'] : 'not-a-choice');
      if (accepts(schema, data)) wrong.push(`${path.join('.')}: the build accepts a value the editor does not offer`);
    }
    expect(wrong).toEqual([]);
  });

  it('saves dates in the format the build reads, and checks text the same way the build does', () => {
    const wrong: string[] = [];
    for (const { field, path } of walk(fieldsOf(name), sample)) {
      const pattern = field.pattern && new RegExp(field.pattern[0]);
      if (field.widget === 'datetime') {
        const stored = formatLike(field.format!);
        const data = clone(sample);
        setAt(data, path, stored);
        isolate(name, data, path);
        if (!accepts(schema, data)) wrong.push(`${path.join('.')}: the build refuses "${stored}", which the editor saves`);
        if (!pattern?.test(stored)) wrong.push(`${path.join('.')}: the editor's own check refuses "${stored}"`);
      }
      if (pattern) {
        const data = clone(sample);
        setAt(data, path, '22/11/2026 3pm');
        if (accepts(schema, data) !== pattern.test('22/11/2026 3pm')) wrong.push(`${path.join('.')}: editor and build disagree about "22/11/2026 3pm"`);
      }
      if (field.type === 'url') {
        const data = clone(sample);
        setAt(data, path, 'www.example.org');
        if (accepts(schema, data)) wrong.push(`${path.join('.')}: the build accepts a web address the editor refuses`);
      }
      if (field.minlength) {
        const data = clone(sample);
        setAt(data, path, 'x'.repeat(field.minlength - 1));
        if (accepts(schema, data)) wrong.push(`${path.join('.')}: the build accepts text shorter than the editor allows`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('takes the same numbers as the build: whole or not, lowest and highest', () => {
    const wrong: string[] = [];
    for (const { field, path } of walk(fieldsOf(name), sample)) {
      if (field.widget !== 'number') continue;
      const low = field.min ?? -1e6;
      const high = field.max ?? Infinity;
      const tries = [low - 1, low, low + 0.5, ...(field.max === undefined ? [1e6] : [high, high + 1])];
      for (const value of tries) {
        const editor = value >= low && value <= high && (field.value_type !== 'int' || Number.isInteger(value));
        const data = clone(sample);
        setAt(data, path, value);
        isolate(name, data, path);
        if (accepts(schema, data) !== editor) wrong.push(`${path.join('.')}: editor ${editor ? 'takes' : 'refuses'} ${value}, the build does not`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** Every difference between the build's schema (as JSON Schema) and the editor's fields, field by field. */
function differences(json: JsonSchema, fields: CmsField[], path: string): string[] {
  const out: string[] = [];
  const props = json.properties ?? {};
  const needed = new Set(json.required ?? []);
  for (const f of fields) if (!(f.name in props) && f.name !== 'body') out.push(`${path}${f.name}: the build has no such field`);
  for (const [key, p] of Object.entries(props)) {
    const here = `${path}${key}`;
    const f = fields.find((x) => x.name === key);
    if (!f) {
      out.push(`${here}: the editor has no field for it`);
      continue;
    }
    if (needed.has(key) !== (f.required !== false)) out.push(`${here}: required in the build ${needed.has(key)}, in the editor ${f.required}`);
    const options = f.options?.map(optionValue);
    const choices = p.enum ?? p.items?.enum;
    if (choices && JSON.stringify(options) !== JSON.stringify(choices)) out.push(`${here}: the build accepts ${choices.join(', ')}, the editor offers ${options?.join(', ')}`);
    if (p.pattern && f.widget !== 'uuid' && f.widget !== 'select' && f.pattern?.[0] !== p.pattern) out.push(`${here}: the editor does not check the build's pattern ${p.pattern}`);
    if ((p.minLength ?? 0) !== (f.minlength ?? 0)) out.push(`${here}: shortest ${p.minLength} in the build, ${f.minlength} in the editor`);
    if ((p.minItems ?? 0) !== (f.min && f.widget !== 'number' ? f.min : 0)) out.push(`${here}: at least ${p.minItems} in the build, ${f.min} in the editor`);
    if (p.type === 'integer' || p.type === 'number') {
      if (f.widget !== 'number' || f.min !== p.minimum || f.max !== p.maximum || (f.value_type === 'int') !== (p.type === 'integer')) {
        out.push(`${here}: the build takes ${p.type} ${p.minimum} to ${p.maximum}, the editor ${f.widget} ${f.value_type} ${f.min} to ${f.max}`);
      }
    }
    if (p.format === 'date' && f.format !== 'YYYY-MM-DD') out.push(`${here}: the build reads a date, the editor saves ${f.format}`);
    if (p.format === 'date-time' && f.format !== 'YYYY-MM-DDTHH:mm:ssZ') out.push(`${here}: the build reads a date and time, the editor saves ${f.format}`);
    if (p.format === 'uri' && f.type !== 'url') out.push(`${here}: the build checks a web address, the editor does not`);
    if (p.type === 'object' && p.properties) out.push(...differences(p, f.fields ?? [], `${here}.`));
    if (p.type === 'array' && p.items?.type === 'object') out.push(...differences(p.items, f.fields ?? [], `${here}.*.`));
    if (p.type === 'object' && typeof p.additionalProperties === 'object') {
      // A record: each group the editor offers is a key the build accepts, holding what the build accepts.
      const keyPattern = p.propertyNames?.pattern && new RegExp(p.propertyNames.pattern);
      for (const group of f.fields ?? []) {
        if (keyPattern && !keyPattern.test(group.name)) out.push(`${here}.${group.name}: the build refuses this key`);
        if (p.propertyNames?.enum && !p.propertyNames.enum.includes(group.name)) out.push(`${here}.${group.name}: the build refuses this key`);
        if (group.required !== false) out.push(`${here}.${group.name}: optional in the build, required in the editor`);
        out.push(...differences(p.additionalProperties, group.fields ?? [], `${here}.${group.name}.`));
      }
    }
  }
  return out;
}

describe.each(cases)('the editor fields for %s, field by field against the schema', (name, schema) => {
  it('has a field for every field of the schema, with the same required fields, choices, patterns, lengths, numbers and formats', () => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    expect(differences(json, fieldsOf(name), '')).toEqual([]);
  });
});

/** The editor's own checks of a value, as it makes them before it saves (Sveltia CMS). */
function editorProblems(fields: CmsField[], data: Data, path: string): string[] {
  const out: string[] = [];
  for (const key of Object.keys(data)) if (!fields.some((f) => f.name === key)) out.push(`${path}${key}: no editor field shows it`);
  for (const f of fields) {
    const here = `${path}${f.name}`;
    const value = data[f.name];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (f.required !== false) out.push(`${here}: the editor requires it`);
      continue;
    }
    if (f.widget === 'object') {
      out.push(...editorProblems(f.fields!, value as Data, `${here}.`));
    } else if (f.widget === 'list') {
      const items = value as unknown[];
      if (f.min && items.length < f.min) out.push(`${here}: the editor wants at least ${f.min}`);
      items.forEach((item, i) => out.push(...(f.fields ? editorProblems(f.fields, item as Data, `${here}.${i}.`) : editorProblems([f.field!], { [f.field!.name]: item }, `${here}.${i}.`))));
    } else if (f.widget === 'select') {
      const values = f.multiple ? (value as unknown[]) : [value];
      const offered = f.options!.map(optionValue);
      for (const v of values) if (!offered.includes(v as string)) out.push(`${here}: "${v}" is not one of the editor's choices`);
      if (f.multiple && f.min && values.length < f.min) out.push(`${here}: the editor wants at least ${f.min}`);
    } else if (f.widget === 'number') {
      const n = value as number;
      if (typeof n !== 'number' || (f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max) || (f.value_type === 'int' && !Number.isInteger(n))) out.push(`${here}: the editor refuses ${n}`);
    } else if (f.widget === 'boolean') {
      if (typeof value !== 'boolean') out.push(`${here}: not true or false`);
    } else {
      const text = value as string;
      if (typeof text !== 'string') out.push(`${here}: the editor shows text, the file has ${typeof text}`);
      else {
        if (f.pattern && !new RegExp(f.pattern[0]).test(text)) out.push(`${here}: the editor's pattern refuses "${text}"`);
        if (f.minlength && [...text.trim()].length < f.minlength) out.push(`${here}: shorter than the editor allows`);
        if (f.type === 'url' && !URL.canParse(text)) out.push(`${here}: not a web address to the editor`);
        if (f.widget === 'datetime' && f.format) {
          const shape = new RegExp(`^${f.format.replace(/YYYY/, '\\d{4}').replace(/MM|DD|HH|mm|ss/g, '\\d{2}').replace('Z', '[+-]\\d{2}:\\d{2}')}$`);
          if (!shape.test(text)) out.push(`${here}: "${text}" is not in the editor's format ${f.format}`);
        }
      }
    }
  }
  return out;
}

describe('every service file, opened in the editor', () => {
  it.each(serviceFiles)('%s: every field in the file has an editor field, and the editor would save it unchanged', (file) => {
    const data = yamlFile(`content/services/${file}`);
    expect(serviceBuilds(data)).toBe(true);
    expect(editorProblems(fieldsOf('services'), data, '')).toEqual([]);
  });

  it('the fuller sample too (contacts, translations, ORUK ids, notes)', () => {
    expect(editorProblems(fieldsOf('services'), fullService, '')).toEqual([]);
  });

  it('offers every organisation, place and category there is, and the site languages for translations', () => {
    const field = (path: string) => path.split('.').reduce<CmsField>((f, name) => f.fields!.find((x) => x.name === name)!, { fields: fieldsOf('services') } as CmsField);
    const values = (f: CmsField) => f.options!.map(optionValue).sort();
    expect(values(field('organization_id'))).toEqual(references.organisations.map((o) => o.id).sort());
    expect(values(field('service_at_locations.location_id'))).toEqual(references.locations.map((l) => l.id).sort());
    expect(values(field('schedules.location_id'))).toEqual(references.locations.map((l) => l.id).sort());
    expect(values(field('categories'))).toEqual(references.categories.map((c) => c.id).sort());
    expect(field('translations').fields!.map((f) => f.name)).toEqual(['pl', 'ro', 'uk', 'ar', 'ur']);
  });
});

describe('translations in the editor', () => {
  it('lets editors translate exactly the parts of an update the site shows translated', () => {
    const translated = fieldsOf('updates').filter((f) => f.i18n).map((f) => f.name).sort();
    expect(translated).toEqual([...Object.keys(updateTranslationSchema.shape), 'body'].sort());
    expect((config as { i18n: { locales: string[] } }).i18n.locales).toEqual(['en', 'pl', 'ro', 'uk', 'ar', 'ur']);
  });
});
