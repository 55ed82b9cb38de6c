import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './site/page-schema.ts';
import { updateSchema } from './updates/schema.ts';
import { contentDir } from './site/config.ts';

/** Long-form pages in every language: content/pages/<locale>/<slug>.md */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}pages` }),
  schema: pageSchema,
});

/** News from the comms team: content/updates/<slug>.md */
const updates = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}updates` }),
  schema: updateSchema,
});

export const collections = { pages, updates };
