import { z } from 'zod';

/**
 * The directory's content model, shaped like Open Referral UK 3.0 (field names as in
 * schema/service.json) so data can flow in from and out to other ORUK systems. Nested
 * ids are optional here: an editor should not have to invent uuids for a schedule; the
 * export makes stable ones from the service id.
 *
 * Titles, descriptions and `cms…` keys in `.meta()` are for the editor at /admin/ only
 * (src/cms/fields.ts turns this schema into its fields); they change nothing the build checks.
 * `cmsChoices` names a list of known values (organisations, places, categories, languages of
 * the site) that src/cms/config.ts reads from content/directory/ and site.yaml.
 */

const uuid = z.uuid('Use an id like "3f7b145d-84af-42d7-8fae-eaca714b02b2"');
/** Other directories' ids: UUID-shaped, though not always RFC 4122 (like 93657689-252d-5a77-de87-42ca43452b0e). */
const anyUuid = z.guid('Use an id shaped like a UUID, like "3f7b145d-84af-42d7-8fae-eaca714b02b2"');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, like "mental-health"');
const isoDate = z.iso.date('Use a date like 2026-11-22');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'Use a 24-hour time like "09:30"');
const phoneNumber = z.string().regex(/^[0-9 +]{3,20}$/, 'Use digits and spaces only, like "0113 496 0123"');
const age = z.number().int().min(0).max(120);
/** ORUK's id for a part of a service (a phone, a schedule…): editors may leave it out. */
const partId = uuid.optional().meta({ title: 'ORUK id', description: 'Optional. Leave empty: the Open Referral export makes a stable one.' });
const locationRef = uuid.meta({ title: 'Place', description: 'Places are in content/directory/locations/.', cmsChoices: 'locations' });

export const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const deliveryModes = ['in-person', 'online', 'phone'] as const;
export const referralRoutes = ['self', 'professional'] as const;

/** Words a council has in another language (any locale may be missing). */
const translation = z.strictObject({
  name: z.string().min(2).optional().meta({ title: 'Name' }),
  description: z.string().min(10).optional().meta({ title: 'Description', cmsWidget: 'text' }),
});

// Not in the editor: closes_at after opens_at compares two fields, which the editor cannot
// check. The build stops naming the file and field (schedules.<n>.closes_at).
export const scheduleSchema = z.strictObject({
  id: partId,
  freq: z.enum(['WEEKLY', 'MONTHLY']).default('WEEKLY').meta({ title: 'How often', description: 'WEEKLY, or MONTHLY with a week number in the days (1TU: first Tuesday).' }),
  byday: z
    .string()
    .regex(/^(-?\d?(MO|TU|WE|TH|FR|SA|SU))(,-?\d?(MO|TU|WE|TH|FR|SA|SU))*$/, 'Use iCal day codes joined by commas, like "MO,WE,FR"')
    .meta({ title: 'Days', description: 'iCal day codes joined by commas, like MO,WE,FR. 1TU: first Tuesday of the month; -1FR: last Friday.' }),
  opens_at: time.meta({ title: 'Opens at', description: '24-hour time, like 09:30.', cmsWidget: 'time' }),
  closes_at: time.meta({ title: 'Closes at', description: '24-hour time, after the opening time.', cmsWidget: 'time' }),
  description: z.string().optional().meta({ title: 'Note', description: 'Optional, like "term time only".' }),
  location_id: locationRef.optional().meta({ description: 'Optional: where this session is held, if the service has more than one place.' }),
}).refine((s) => s.opens_at < s.closes_at, { message: 'closes_at must be after opens_at', path: ['closes_at'] });

export const costOptionSchema = z.strictObject({
  id: partId,
  option: z.string().min(2).meta({ title: 'What the cost is for', description: 'Like "Per session".' }),
  amount: z.number().min(0).meta({ title: 'Amount in pounds', description: 'The most it costs. 0 if it can be free.' }),
  amount_description: z.string().optional().meta({ title: 'About the cost', description: 'Optional, like "Free for parents on benefits".' }),
});

export const phoneSchema = z.strictObject({
  id: partId,
  number: phoneNumber.meta({ title: 'Phone number', description: 'Digits and spaces only, like 0113 496 0123.' }),
  description: z.string().optional().meta({ title: 'Note', description: 'Optional, like "text only".' }),
});

export const contactSchema = z.strictObject({
  id: partId,
  name: z.string().min(2).meta({ title: 'Name' }),
  title: z.string().optional().meta({ title: 'Job title' }),
  phones: z.array(phoneSchema).default([]).meta({ title: 'Phone numbers' }),
});

export const languageSchema = z.strictObject({
  id: partId,
  name: z.string().min(2).meta({ title: 'Language', description: 'In English, like Polish.' }),
  code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, 'Use a language code like "pl" or "bn"').meta({ title: 'Language code', description: 'Like pl, ur or bn.' }),
  note: z.string().optional().meta({ title: 'Note' }),
});

// Not in the editor: that organization_id, location_id and categories name things that exist
// is checked by the build (references.ts); the editor offers only the ones that existed when
// the site was last built.
const serviceFields = z.strictObject({
  id: uuid.meta({ title: 'ID', description: 'Made for you. Never change it: other systems link to it.', cmsWidget: 'uuid' }),
  name: z.string().min(2).meta({ title: 'Name of the service' }),
  description: z
    .string()
    .min(20, 'Describe the service in at least a sentence')
    .meta({ title: 'Description', description: 'What the service does and who it is for, in plain words.', cmsWidget: 'text' }),
  status: z
    .enum(['active', 'inactive', 'defunct', 'temporarily closed'])
    .meta({ title: 'Status', description: 'Only active services are listed on the site. defunct: closed for good.' }),
  url: z.url().optional().meta({ title: 'Website', description: 'Optional. The full address, like https://www.example.org/.' }),
  email: z.email().optional().meta({ title: 'Email', description: 'Optional.' }),
  organization_id: uuid.meta({ title: 'Run by', description: 'Organisations are in content/directory/organisations/.', cmsChoices: 'organisations' }),
  minimum_age: age.optional().meta({ title: 'Youngest age', description: 'Optional: leave empty for no lower limit. 0 for babies.' }),
  // Not in the editor: maximum_age not less than minimum_age compares two fields; the build
  // stops naming the file and field.
  maximum_age: age.optional().meta({ title: 'Oldest age', description: 'Optional: leave empty for no upper limit. Not less than the youngest age.' }),
  eligibility_description: z.string().optional().meta({ title: 'Who can use it', description: 'Optional, in plain words.', cmsWidget: 'text' }),
  /** When the council last checked this entry with the provider (ORUK: assured_date). */
  // Optional only for imported records that give no date: the page then says it is not known.
  assured_date: isoDate.optional().meta({ title: 'Last checked with the provider', description: 'The day you last checked this entry with the provider.' }),
  categories: z.array(slug).min(1, 'Give at least one category').meta({ title: 'Categories', cmsChoices: 'categories' }),
  delivery: z.array(z.enum(deliveryModes)).min(1, 'Say how people use the service: in-person, online or phone').meta({ title: 'How people use it' }),
  referral: z.array(z.enum(referralRoutes)).min(1, 'Say who can refer: self, professional or both').meta({ title: 'Who can refer', description: 'self: people can contact the service themselves.' }),
  service_areas: z
    .array(z.strictObject({ id: partId, name: z.string().min(2).meta({ title: 'Area' }) }))
    .default([])
    .meta({ title: 'Areas served' }),
  service_at_locations: z.array(z.strictObject({ id: partId, location_id: locationRef })).default([]).meta({ title: 'Places' }),
  schedules: z.array(scheduleSchema).default([]).meta({ title: 'Opening times' }),
  languages: z.array(languageSchema).min(1, 'Name at least one language the service is given in').meta({ title: 'Languages staff speak', description: 'At least one. Interpreters are always available.' }),
  cost_options: z.array(costOptionSchema).default([]).meta({ title: 'Costs', description: 'Leave empty for a free service.' }),
  phones: z.array(phoneSchema).default([]).meta({ title: 'Phone numbers' }),
  contacts: z.array(contactSchema).default([]).meta({ title: 'Named contacts' }),
  // The editor offers one group per language of the site; the build accepts any language code.
  translations: z
    .partialRecord(z.string().regex(/^[a-z]{2,3}$/), translation)
    .default({})
    .meta({ title: 'Other languages', description: 'Optional. Where a language has none, the English name and description are shown.', cmsChoices: 'translationLocales' }),
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
  .extend({
    id: anyUuid,
    organization_id: anyUuid,
    // Imported descriptions can be short; HTML ones keep a safe formatted copy (safe-html.ts) beside the plain words.
    description: z.string(),
    description_html: z.string().optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    categories: z.array(slug),
    referral: z.array(z.enum(referralRoutes)),
    languages: z.array(languageSchema),
    service_at_locations: z.array(z.strictObject({ id: anyUuid.optional(), location_id: anyUuid })).default([]),
  })
  .refine(...agesInOrder);

export const organisationSchema = z.strictObject({
  id: uuid,
  name: z.string().min(2),
  description: z.string().min(10),
  email: z.email().optional(),
  website: z.url().optional(),
});

/** An organisation from another directory's feed: any UUID-shaped id, any description. */
export const importedOrganisationSchema = organisationSchema.extend({ id: anyUuid, description: z.string(), website: z.url({ protocol: /^https?$/ }).optional() });

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** A place (ORUK location with its first address); imported places may lack a map position. */
export const locationSchema = z.strictObject({
  id: anyUuid,
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
  id: uuid,
  latitude,
  longitude,
  postal_code: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, 'Use a UK postcode in capitals, like "NB1 2AB"'),
});

/** Words people search with for a need, in one language: a few, each said once. */
const searchWords = z
  .array(z.string().trim().min(2, 'Give words of at least 2 letters').max(60))
  .min(1, 'Give at least one word')
  .max(20, 'Give at most 20 words: the most common ones')
  .refine((w) => new Set(w.map((x) => x.toLocaleLowerCase())).size === w.length, 'Give each word once');

/** A category (ORUK taxonomy term): a slug for addresses, a uuid for ORUK, names and search words in every language. */
export const categorySchema = z.strictObject({
  id: slug,
  uuid,
  name: z.record(z.string(), z.string().min(2)),
  words: z.record(z.string().regex(/^[a-z]{2,3}$/), searchWords),
});
export const categoriesSchema = z.strictObject({ categories: z.array(categorySchema).min(1) });

export type Service = z.infer<typeof importedServiceSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Category = z.infer<typeof categorySchema>;
