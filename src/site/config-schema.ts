import { z } from 'zod';

/** Site configuration: one council's name, numbers, hours and brand (content/site.yaml). */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like "08:30"');
const phone = z.string().regex(/^[0-9 +]{3,20}$/, 'Use digits and spaces only, like "0113 496 0123"');
const isoDate = z.iso.date('Use a date like 2026-12-25');

const opening = z
  .object({ opens: time, closes: time })
  .refine((d) => d.opens < d.closes, 'The closing time must be after the opening time');

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/** Relative luminance and contrast per WCAG 2.2 (1.4.3). */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

export const localeSchema = z.object({
  code: z.string().regex(/^[a-z]{2,3}$/, 'Use a language code like "pl"'),
  /** The language's name in that language, as the language switcher shows it. */
  name: z.string().min(1),
  dir: z.enum(['ltr', 'rtl']),
});

export const siteConfigSchema = z.strictObject({
  demo: z.boolean(),
  council: z.strictObject({ name: z.string().min(2), website: z.url() }),
  service: z.strictObject({ name: z.string().min(2), url: z.url({ protocol: /^https$/ }), shortName: z.string().min(2) }),
  contact: z.strictObject({
    phone,
    email: z.email(),
    officeHours: z.partialRecord(z.enum(weekdays), opening),
    outOfHours: z.strictObject({ phone }),
    bankHolidays: z.array(isoDate),
    timeZone: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'Use a time zone like "Europe/London"'),
  }),
  emergency: z.strictObject({ phone }),
  nspcc: z.strictObject({ name: z.string().min(2), phone, email: z.email() }),
  /** Domestic abuse helplines, national first: `free` and `allDay` add "Free" and "Open 24 hours" in each language. */
  domesticAbuse: z
    .array(z.strictObject({ name: z.string().min(2), phone, free: z.boolean().default(false), allDay: z.boolean().default(false) }))
    .min(1, 'List at least one domestic abuse helpline, like the National Domestic Abuse Helpline'),
  exitThisPage: z.strictObject({ url: z.url({ protocol: /^https$/ }) }),
  brand: z.strictObject({
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like "#0b5a63"')
      .refine((c) => contrastWithWhite(c) >= 4.5, 'White text on this colour is too hard to read (contrast below 4.5:1)'),
  }),
  /** The service directory: when an entry counts as out of date, and where to import ORUK data from. */
  directory: z
    .strictObject({
      staleAfterDays: z.int().min(30, 'Use at least 30 days').max(1095, 'Use at most 1095 days (3 years)'),
      orukFeed: z.string().min(1).optional(),
      /** More than one feed (the council's directory and a voluntary-sector one): merged in this order. */
      orukFeeds: z.array(z.string().min(1)).optional(),
      /** The name of the council's category list (taxonomy) in the Open Referral UK data it publishes and imports. */
      taxonomy: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, numbers and dashes, like "eastvale-family-help-categories"').default('family-help-categories'),
    })
    .default({ staleAfterDays: 365, taxonomy: 'family-help-categories' }),
  /** Who to tell about a security problem with the site: /.well-known/security.txt (RFC 9116). */
  security: z.strictObject({
    contact: z.string().regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+|tel:\+?[0-9-]+)$/, 'Use an address like "mailto:security@eastvale.example" or "https://eastvale.example/report-a-vulnerability"'),
    expires: isoDate,
  }),
  /** The editor at /admin/: the GitHub repository (owner/name) and branch it saves changes to. */
  editor: z.strictObject({
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'Use the GitHub repository as owner/name, like "eastvale-council/family-help-point"'),
    branch: z.string().min(1).default('main'),
  }),
  /** Online requests: the version of the consent wording people agree to (recorded with each request). */
  requests: z
    .strictObject({
      consentVersion: z.string().regex(/^[\w.-]{1,40}$/, 'Use letters, numbers, dots and dashes, like "2026-11-01"'),
    })
    .default({ consentVersion: '1' }),
  locales: z
    .array(localeSchema)
    .min(1)
    .refine((l) => l[0]?.code === 'en', 'English ("en") must come first: it is the default language')
    .refine((l) => new Set(l.map((x) => x.code)).size === l.length, 'Each language may appear only once'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Locale = z.infer<typeof localeSchema>;
