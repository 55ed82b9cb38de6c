import { z } from 'zod';

/**
 * The directory's content model, shaped like Open Referral UK 3.0 (field names as in
 * schema/service.json) so data can flow in from and out to other ORUK systems. Nested
 * ids are optional here: an editor should not have to invent uuids for a schedule; the
 * export makes stable ones from the service id.
 */

const uuid = z.uuid('Use an id like "3f7b145d-84af-42d7-8fae-eaca714b02b2"');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, like "mental-health"');
const isoDate = z.iso.date('Use a date like 2026-11-22');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'Use a 24-hour time like "09:30"');
const phoneNumber = z.string().regex(/^[0-9 +]{3,20}$/, 'Use digits and spaces only, like "0113 496 0123"');
const age = z.number().int().min(0).max(120);

export const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const deliveryModes = ['in-person', 'online', 'phone'] as const;
export const referralRoutes = ['self', 'professional'] as const;

/** Words a council has in another language (any locale may be missing). */
const translation = z.strictObject({ name: z.string().min(2).optional(), description: z.string().min(10).optional() });

export const scheduleSchema = z.strictObject({
  id: uuid.optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).default('WEEKLY'),
  byday: z
    .string()
    .regex(/^(-?\d?(MO|TU|WE|TH|FR|SA|SU))(,-?\d?(MO|TU|WE|TH|FR|SA|SU))*$/, 'Use iCal day codes joined by commas, like "MO,WE,FR"'),
  opens_at: time,
  closes_at: time,
  description: z.string().optional(),
  location_id: uuid.optional(),
}).refine((s) => s.opens_at < s.closes_at, { message: 'closes_at must be after opens_at', path: ['closes_at'] });

export const costOptionSchema = z.strictObject({
  id: uuid.optional(),
  option: z.string().min(2),
  amount: z.number().min(0),
  amount_description: z.string().optional(),
});

export const phoneSchema = z.strictObject({ id: uuid.optional(), number: phoneNumber, description: z.string().optional() });

export const contactSchema = z.strictObject({
  id: uuid.optional(),
  name: z.string().min(2),
  title: z.string().optional(),
  phones: z.array(phoneSchema).default([]),
});

export const languageSchema = z.strictObject({
  id: uuid.optional(),
  name: z.string().min(2),
  code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, 'Use a language code like "pl" or "bn"'),
  note: z.string().optional(),
});

const serviceFields = z.strictObject({
  id: uuid,
  name: z.string().min(2),
  description: z.string().min(20, 'Describe the service in at least a sentence'),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  url: z.url().optional(),
  email: z.email().optional(),
  organization_id: uuid,
  minimum_age: age.optional(),
  maximum_age: age.optional(),
  eligibility_description: z.string().optional(),
  /** When the council last checked this entry with the provider (ORUK: assured_date). */
  assured_date: isoDate,
  categories: z.array(slug).min(1, 'Give at least one category'),
  delivery: z.array(z.enum(deliveryModes)).min(1, 'Say how people use the service: in-person, online or phone'),
  referral: z.array(z.enum(referralRoutes)).min(1, 'Say who can refer: self, professional or both'),
  service_areas: z.array(z.strictObject({ id: uuid.optional(), name: z.string().min(2) })).default([]),
  service_at_locations: z.array(z.strictObject({ id: uuid.optional(), location_id: uuid })).default([]),
  schedules: z.array(scheduleSchema).default([]),
  languages: z.array(languageSchema).min(1, 'Name at least one language the service is given in'),
  cost_options: z.array(costOptionSchema).default([]),
  phones: z.array(phoneSchema).default([]),
  contacts: z.array(contactSchema).default([]),
  translations: z.partialRecord(z.string().regex(/^[a-z]{2,3}$/), translation).default({}),
});

const agesInOrder: [(s: { minimum_age?: number; maximum_age?: number }) => boolean, { message: string; path: string[] }] = [
  (s) => s.minimum_age === undefined || s.maximum_age === undefined || s.minimum_age <= s.maximum_age,
  { message: 'maximum_age must not be less than minimum_age', path: ['maximum_age'] },
];

/** A service an editor writes in content/services/: every fact the service page shows. */
export const serviceSchema = serviceFields.refine(...agesInOrder);

/**
 * A service imported from another ORUK feed, once converted: ORUK cannot say who may refer,
 * and many feeds name no languages or none of our categories, so those may be empty.
 */
export const importedServiceSchema = serviceFields
  .extend({ categories: z.array(slug), referral: z.array(z.enum(referralRoutes)), languages: z.array(languageSchema) })
  .refine(...agesInOrder);

export const organisationSchema = z.strictObject({
  id: uuid,
  name: z.string().min(2),
  description: z.string().min(10),
  email: z.email().optional(),
  website: z.url().optional(),
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** A place (ORUK location with its first address); imported places may lack a map position. */
export const locationSchema = z.strictObject({
  id: uuid,
  location_type: z.enum(['physical', 'postal', 'virtual']).default('physical'),
  name: z.string().min(2),
  description: z.string().optional(),
  latitude: latitude.optional(),
  longitude: longitude.optional(),
  address_1: z.string().min(2),
  city: z.string().min(2),
  state_province: z.string().min(1),
  postal_code: z.string().min(2),
  accessibility: z.string().optional(),
});

/** A place an editor writes in content/directory/locations/: always on the map, UK postcode. */
export const localLocationSchema = locationSchema.extend({
  latitude,
  longitude,
  postal_code: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, 'Use a UK postcode in capitals, like "NB1 2AB"'),
});

/** A category (ORUK taxonomy term): a slug for addresses, a uuid for ORUK, names in every language. */
export const categorySchema = z.strictObject({
  id: slug,
  uuid,
  name: z.record(z.string(), z.string().min(2)),
});
export const categoriesSchema = z.strictObject({ categories: z.array(categorySchema).min(1) });

export type Service = z.infer<typeof importedServiceSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Category = z.infer<typeof categorySchema>;
