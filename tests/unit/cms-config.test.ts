import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { alertSchema } from '../../src/alerts/schema.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import type { CmsField } from '../../src/cms/fields.ts';
import { minimalServiceSchema } from '../../src/cms/service-schema.ts';
import { siteConfigSchema } from '../../src/site/config-schema.ts';
import { updateSchema, updateTranslationSchema } from '../../src/updates/schema.ts';

/**
 * The editor must ask for what the build checks: if a schema changes and the editor does
 * not follow, editors could save files that stop the build. These tests try the editor's
 * field rules against the zod schemas with real content as the starting point.
 */
type Data = Record<string, unknown>;
const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Data;
const config = cmsConfig();
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const fieldsOf = (name: string): CmsField[] => {
  const c = collection(name) as { fields?: CmsField[]; files?: { fields: CmsField[] }[] };
  return c.fields ?? c.files![0]!.fields;
};

const cases: [string, z.ZodType, Data][] = [
  ['updates', updateSchema, frontMatter('content/updates/threshold-guidance-review.md')],
  ['alerts', alertSchema, parse(readFileSync('content/alerts/christmas-eve-early-close.yaml', 'utf8'))],
  ['services', minimalServiceSchema, { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6', name: 'Eastfield Family Hub', description: 'Drop-in advice for families.', status: 'active' }],
  ['settings', siteConfigSchema, parse(readFileSync('content/site.yaml', 'utf8'))],
];

const clone = <T>(v: T): T => structuredClone(v);
const at = (data: Data, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Data)?.[k as string], data);
function setAt(data: Data, path: (string | number)[], value: unknown) {
  const parent = at(data, path.slice(0, -1)) as Data;
  if (value === undefined) delete parent[path.at(-1) as string];
  else parent[path.at(-1) as string] = value;
}
const accepts = (schema: z.ZodType, data: unknown) => schema.safeParse(data).success;

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

describe.each(cases)('the editor fields for %s match the schema the build uses', (name, schema, sample) => {
  it('starts from a sample the build accepts', () => {
    expect(schema.safeParse(sample).error?.issues).toBeUndefined();
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
      for (const option of field.options!) {
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
        // An end must still come after a start: move both together.
        if (name === 'alerts') setAt(data, ['ends'], path.join('.') === 'ends' ? stored : '2099-01-01T00:00:00+00:00');
        if (name === 'alerts' && path.join('.') === 'ends') setAt(data, ['starts'], '2000-01-01T00:00:00+00:00');
        if (!accepts(schema, data)) wrong.push(`${path.join('.')}: the build refuses "${stored}", which the editor saves`);
        if (!pattern?.test(stored)) wrong.push(`${path.join('.')}: the editor's own check refuses "${stored}"`);
      }
      if (pattern) {
        const data = clone(sample);
        setAt(data, path, '22/11/2026 3pm');
        if (accepts(schema, data) !== pattern.test('22/11/2026 3pm')) wrong.push(`${path.join('.')}: editor and build disagree about "22/11/2026 3pm"`);
      }
      if (field.minlength) {
        const data = clone(sample);
        setAt(data, path, 'x'.repeat(field.minlength - 1));
        if (accepts(schema, data)) wrong.push(`${path.join('.')}: the build accepts text shorter than the editor allows`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('translations in the editor', () => {
  it('lets editors translate exactly the parts of an update the site shows translated', () => {
    const translated = fieldsOf('updates').filter((f) => f.i18n).map((f) => f.name).sort();
    expect(translated).toEqual([...Object.keys(updateTranslationSchema.shape), 'body'].sort());
    expect((config as { i18n: { locales: string[] } }).i18n.locales).toEqual(['en', 'pl', 'ro', 'uk', 'ar', 'ur']);
  });
});
