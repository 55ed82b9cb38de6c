/**
 * Astro integration: says again, at the end of the build, what each ORUK feed gave
 * (imported, adjusted, skipped), so whoever reads the end of the log sees it. The loader
 * (src/directory/oruk-loader.ts) leaves its summaries on globalThis: the content config and
 * this file are loaded as separate modules in the same process.
 */
export const summariesKey = Symbol.for('fhp.oruk.summaries');

export default function orukSummary() {
  return {
    name: 'oruk-summary',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const { summary, warn } of globalThis[summariesKey] ?? []) (warn ? logger.warn : logger.info).call(logger, summary);
      },
    },
  };
}
