import { z } from 'zod';

/** A locale file: nested objects whose leaves are non-empty strings (content/i18n/<locale>.json). */
export type Messages = { [key: string]: string | Messages };
export const messagesSchema: z.ZodType<Messages> = z.lazy(() =>
  z.record(z.string(), z.union([z.string().min(1, 'Empty text'), messagesSchema])),
);

/** Review status per locale (content/i18n/reviews.yaml): a draft until a fluent reviewer signs it off. */
export const reviewSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('source') }),
  z.strictObject({ status: z.literal('draft') }),
  z.strictObject({ status: z.literal('reviewed'), reviewer: z.string().min(2), date: z.iso.date() }),
]);
export const reviewsSchema = z.record(z.string(), reviewSchema);
export type Review = z.infer<typeof reviewSchema>;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Flattens nested messages to dotted keys: { a: { b: 'x' } } -> ['a.b']. */
export function flattenKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flattenKeys(value, `${prefix}${key}.`),
  );
}

/**
 * Keys a locale lacks compared with English. Plural keys are checked per language:
 * English has `x_one`/`x_other`, Polish needs `x_one`, `x_few`, `x_many` and `x_other`.
 */
export function missingKeys(english: Messages, messages: Messages, locale: string): string[] {
  const have = new Set(flattenKeys(messages));
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const needed = new Set<string>();
  for (const key of flattenKeys(english)) {
    if (pluralSuffix.test(key)) {
      const base = key.replace(pluralSuffix, '');
      for (const category of categories) needed.add(`${base}_${category}`);
    } else needed.add(key);
  }
  return [...needed].filter((key) => !have.has(key));
}

/** A grammatical-gender form (an i18next context) that only some languages need: `nth_2_feminine`. */
const genderSuffix = /_(masculine|feminine)$/;

/** Keys a locale has that English does not: usually a typo or a leftover. */
export function unknownKeys(english: Messages, messages: Messages): string[] {
  const base = new Set(flattenKeys(english).map((k) => k.replace(pluralSuffix, '')));
  return flattenKeys(messages).filter((key) => !base.has(key.replace(pluralSuffix, '').replace(genderSuffix, '')));
}
