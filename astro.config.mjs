// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import react from '@astrojs/react';
import { resolve } from 'node:path';
import { languageContent } from './src/build/language-content.ts';
import logicalProperties from './src/build/logical-properties.mjs';
import dropCrown from './src/build/drop-crown.mjs';
import unusedCss from './src/build/unused-css.mjs';
import criticalCss from './src/build/critical-css.mjs';
import criticalPartsTrim from './src/build/critical-parts-trim.mjs';
import islandRuntimeFile from './src/build/island-runtime-file.mjs';
import { criticalParts, criticalPrefixes } from './src/styles/critical-parts.mjs';
import nestedNotFound from './src/build/nested-not-found.mjs';
import cmsBundle from './src/build/cms-bundle.mjs';
import orukSummary from './src/build/oruk-summary.mjs';
import { loadContent } from './src/content/load-content.ts';
import contentIntegration from './src/content/integration.ts';
import { readBuildOptions } from './src/content/build-options.ts';

// The content folder: content/, or another council's or a test's (FHP_CONTENT_DIR), and how
// this build runs (its clock, its ORUK feeds: src/content/build-options.ts). This is the only
// place that reads them from the environment; everything else is given them.
const otherContent = process.env.FHP_CONTENT_DIR;
const contentDir = `${resolve(otherContent ?? 'content')}/`;
const build = readBuildOptions(process.env);

// All the council's content is read and checked once, before anything is built: the build
// stops with every problem in it listed together (src/content/load-content.ts). The pages get
// this same content from the virtual module `virtual:fhp/content` (src/content/integration.ts).
const content = loadContent(contentDir);
const { site } = content;

export default defineConfig({
  site: site.service.url,
  ...(otherContent ? { cacheDir: `${otherContent}/../.astro-cache` } : {}),
  trailingSlash: 'always',
  // Four pages at a time: while one page's files are written, the next renders (a 5,000-service
  // directory builds 30,000 pages; one at a time left the build waiting on the disk).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    locales: site.locales.map((l) => l.code),
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentIntegration(contentDir, build, content),
    // Public islands: Preact, kept tiny. Staff and editor tools (src/**/staff/) may use React.
    preact({ include: ['**/src/**/*.tsx'], exclude: ['**/src/**/staff/**'], compat: false }),
    react({ include: ['**/src/**/staff/**/*.tsx'] }),
    nestedNotFound(),
    criticalPartsTrim(),
    islandRuntimeFile(),
    cmsBundle(),
    orukSummary(),
    languageContent(contentDir, site.locales.map((l) => l.code)),
  ],
  vite: {
    css: {
      postcss: {
        plugins: [
          dropCrown(),
          // Only the CSS some page can use: class names written in the code or content, and
          // the few made up while rendering (radios or checkboxes, input widths, diagram parts).
          unusedCss({ sources: ['src', 'functions', contentDir], keep: [/^govuk-(radios|checkboxes)(__|--|$)/, /^govuk-input--width-/, /^fhp-diagram__/] }),
          // The parts inlined in the pages for their first screen (only for `site.scss?…&critical`).
          criticalCss({ parts: criticalParts, prefixes: criticalPrefixes }),
          logicalProperties(),
        ],
      },
      preprocessorOptions: {
        // The council's brand colour and address reach the stylesheet from content/site.yaml.
        scss: { additionalData: `$council-brand-colour: ${site.brand.colour};\n$council-site-address: ${JSON.stringify(site.service.url.replace(/\/$/, ''))};\n`, quietDeps: true },
      },
    },
  },
});
