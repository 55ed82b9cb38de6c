import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { pageSchema } from './site/page-schema.ts';
import { guideSchema } from './guides/schema.ts';
import { updateSchema, updateTranslationSchema } from './updates/schema.ts';
import { build, content, contentDir } from 'virtual:fhp/content';
import { offeredLocaleGlob } from './site/offered.ts';
import { datesToText } from './site/formats.ts';
import { orukLoader } from './directory/oruk-loader.ts';

/** The languages the site offers (content/site.yaml `locales`): content in any other is left out. */
const codes = content.site.locales.map((l) => l.code);

/** Long-form pages in every language: content/pages/<locale>/<slug>.md (languages the site offers) */
const pages = defineCollection({
  loader: glob({ pattern: offeredLocaleGlob('*.md', codes), base: `${contentDir}pages` }),
  schema: pageSchema,
});

/** News from the comms team, in English: content/updates/<slug>.md */
const updates = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}updates` }),
  schema: z.preprocess(datesToText, updateSchema),
});

/** Translations of updates: content/updates/<locale>/<slug>.md (any may be missing). */
const updateTranslations = defineCollection({
  loader: glob({ pattern: offeredLocaleGlob('*.md', codes), base: `${contentDir}updates` }),
  schema: updateTranslationSchema,
});

/** Guides for families in every language: content/guides/<locale>/<slug>.md */
const guides = defineCollection({
  loader: glob({ pattern: offeredLocaleGlob('*.md', codes), base: `${contentDir}guides` }),
  schema: guideSchema,
});

/** Services imported from an Open Referral UK feed (ORUK_FEED or site.yaml), already checked. */
const orukServices = defineCollection({ loader: orukLoader(content.site, content.directory, build) });

export const collections = { pages, updates, updateTranslations, guides, orukServices };
