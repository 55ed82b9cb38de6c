/**
 * From what a form holds to a request the schema can check. The island and the Worker's
 * no-JavaScript handler both go through here, so both send exactly the same request.
 */
import { childRows, forms, isShown, type Values } from './forms.ts';
import type { RequestKind } from './choices.ts';

/** Form entries (as posted, or from FormData) to values: repeated names become lists. */
export function valuesFrom(entries: Iterable<[string, string]>, kind: RequestKind): Values {
  const lists = new Set(forms[kind].sections.flatMap((s) => s.fields.filter((f) => f.type === 'checkboxes').map((f) => f.name)));
  const values: Values = {};
  for (const [name, value] of entries) {
    if (lists.has(name)) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return values;
}

const filled = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '');

/**
 * The request to send. Empty answers are left out (so "optional" means optional), and so
 * are answers to questions that no longer apply, such as contact details after "stay anonymous".
 */
export function toRequest(kind: RequestKind, values: Values, fixed: { language: string; consentVersion: string }): Record<string, unknown> {
  const request: Record<string, unknown> = { kind, language: fixed.language };
  if (typeof values.website === 'string') request.website = values.website;
  for (const field of forms[kind].sections.flatMap((s) => s.fields)) {
    if (!isShown(field, values, kind)) continue;
    if (field.type === 'children') {
      request.children = Array.from({ length: childRows }, (_, i) => ({ name: values[`children.${i}.name`], age: values[`children.${i}.age`] }))
        .filter((child) => filled(child.name) || filled(child.age))
        .map((child) => (filled(child.age) ? child : { name: child.name ?? '' }));
    } else if (field.type === 'consent') {
      if (values[field.name] === 'yes') request.consent = true;
      request.consentVersion = fixed.consentVersion;
    } else if (filled(values[field.name])) request[field.name] = values[field.name];
  }
  return request;
}

/**
 * What the confirmation says next: call 999 first if a child is in danger now, and whether
 * we will contact them (not when they stayed anonymous or said it is not safe; a professional
 * is always asked for a way to reach them).
 */
export function whatHappensNext(request: { kind?: unknown; dangerNow?: unknown; safeToContact?: unknown; anonymous?: unknown }): { dangerNow: boolean; willContact: boolean } {
  const known = request.kind !== undefined; // a replayed send has no request to hand
  return { dangerNow: request.dangerNow === 'yes', willContact: known && request.anonymous !== 'yes' && request.safeToContact !== 'no' };
}

/** The id of the element an error links to: the first input of that answer. */
export function inputId(field: string): string {
  if (field === 'children') return 'children.0.name';
  return field;
}
