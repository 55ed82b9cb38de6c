import type { Loader } from 'astro/loaders';
import { site } from '../site/config.ts';
import { loadDirectory } from './load.ts';
import { readFeed } from './oruk-feed.ts';
import { fromOruk } from './oruk-import.ts';

/** Where to import from: ORUK_FEED, else content/site.yaml directory.orukFeed, else nowhere. */
export const feedSource = () => process.env.ORUK_FEED || site.directory.orukFeed;

/**
 * An Astro content-layer loader for an ORUK 3.0 feed. A record that fails is reported with
 * its id and field and skipped, so the rest still build; ORUK_STRICT=1 stops the build instead.
 */
export function orukLoader(): Loader {
  return {
    name: 'oruk-feed',
    async load({ store, logger }) {
      store.clear();
      const source = feedSource();
      if (!source) return;
      const strict = process.env.ORUK_STRICT === '1';
      const { categories } = loadDirectory();
      let records: unknown[];
      try {
        records = await readFeed(source);
      } catch (error) {
        const message = `ORUK feed ${source} could not be read: ${(error as Error).message}`;
        if (strict) throw new Error(message);
        logger.warn(`${message}. Building without it.`);
        return;
      }
      const failures: string[] = [];
      for (const raw of records) {
        const result = fromOruk(raw, categories);
        const id = String((raw as { id?: unknown })?.id ?? '(no id)');
        if (!result.ok) {
          failures.push(`ORUK record ${id}:\n  - ${result.problems.join('\n  - ')}`);
          continue;
        }
        for (const note of result.value.notes) logger.info(`ORUK record ${id}: ${note}`);
        store.set({ id: result.value.service.id, data: result.value as unknown as Record<string, unknown> });
      }
      if (failures.length && strict) throw new Error(`ORUK_STRICT=1 and ${failures.length} record(s) are not valid:\n${failures.join('\n')}`);
      for (const f of failures) logger.warn(`${f}\n  (skipped; set ORUK_STRICT=1 to stop the build instead)`);
      logger.info(`Imported ${records.length - failures.length} of ${records.length} services from ${source}`);
    },
  };
}
