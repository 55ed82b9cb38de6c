import type { Loader } from 'astro/loaders';
import type { BuildOptions } from '../content/build-options.ts';
import type { SiteConfig } from '../site/config-schema.ts';
import type { Directory } from './read-directory.ts';
import { readFeed, type FeedRead } from './oruk-feed.ts';
import { fromOruk, type Imported } from './oruk-import.ts';

/**
 * Where to import from: the feeds named for this build (ORUK_FEED, one address or file, or
 * several separated by commas), else content/site.yaml directory.orukFeeds and
 * directory.orukFeed, else nowhere.
 */
export function feedSources(site: SiteConfig, build: Pick<BuildOptions, 'orukFeeds'>): string[] {
  if (build.orukFeeds?.length) return build.orukFeeds;
  return [...new Set([...(site.directory.orukFeeds ?? []), ...(site.directory.orukFeed ? [site.directory.orukFeed] : [])])];
}

interface FeedReport { source: string; read?: FeedRead; imported: Imported[]; skipped: string[]; adjustedBy: Map<string, number>; adjusted: number }

/** The lines the build log ends each feed with: imported N, adjusted M (by reason), skipped K (each with why). */
export function feedSummary(report: FeedReport): string {
  const { source, imported, skipped, adjustedBy, adjusted } = report;
  const lines = [`ORUK feed ${source}: imported ${imported.length}, adjusted ${adjusted}, skipped ${skipped.length}`];
  for (const [reason, count] of [...adjustedBy].sort((a, b) => b[1] - a[1])) lines.push(`  adjusted ${count}: ${reason}`);
  for (const why of skipped) lines.push(`  skipped ${why}`);
  return lines.join('\n');
}

/** Reads and converts every feed; a record another feed already gave, or with no known organisation, is skipped. */
export async function importFeeds(sources: string[], warn: (message: string) => void, local: Pick<Directory, 'categories' | 'organisations'> & { taxonomy: string; cacheDir: string }): Promise<FeedReport[]> {
  const { categories, organisations, taxonomy, cacheDir } = local;
  const reports: FeedReport[] = [];
  const firstFeedOf = new Map<string, string>();
  for (const source of sources) {
    const report: FeedReport = { source, imported: [], skipped: [], adjustedBy: new Map(), adjusted: 0 };
    reports.push(report);
    try {
      report.read = await readFeed(source, { cacheDir });
    } catch (error) {
      throw new Error(`ORUK feed ${source} could not be read: ${(error as Error).message}`);
    }
    for (const w of report.read.warnings) warn(`ORUK feed ${w}`);
    for (const f of report.read.failed) report.skipped.push(`${f.id}: ${f.reason}`);
    for (const raw of report.read.records) {
      const result = fromOruk(raw, categories, taxonomy);
      const id = String((raw as { id?: unknown })?.id ?? '(no id)');
      const name = (raw as { name?: unknown })?.name;
      const label = typeof name === 'string' && name.trim() ? `${id} "${name.trim().slice(0, 60)}"` : id;
      if (!result.ok) {
        report.skipped.push(`${label}: ${result.problems.join('; ')}`);
        continue;
      }
      const first = firstFeedOf.get(result.value.service.id);
      if (first) {
        report.skipped.push(`${label}: already imported from ${first}, which comes first`);
        continue;
      }
      firstFeedOf.set(result.value.service.id, source);
      report.imported.push(result.value);
    }
  }
  // An organisation may come with any service of any feed, or from content/directory/organisations/.
  const knownOrganisations = new Set([...organisations.keys(), ...reports.flatMap((r) => r.imported.flatMap((i) => (i.organisation ? [i.organisation.id] : [])))]);
  for (const report of reports) {
    report.imported = report.imported.filter(({ service }) => {
      if (knownOrganisations.has(service.organization_id)) return true;
      report.skipped.push(`${service.id} "${service.name.slice(0, 60)}": its organisation ${service.organization_id} is in neither the feed nor content/`);
      return false;
    });
    for (const { adjustments } of report.imported) {
      if (adjustments.length) report.adjusted++;
      for (const reason of adjustments) report.adjustedBy.set(reason, (report.adjustedBy.get(reason) ?? 0) + 1);
    }
  }
  return reports;
}

/**
 * An Astro content-layer loader for ORUK 3.0 feeds. A record that cannot be shown is named
 * with why and skipped, so the rest still build; ORUK_STRICT=1 stops the build instead.
 */
export function orukLoader(site: SiteConfig, local: Pick<Directory, 'categories' | 'organisations'>, build: Pick<BuildOptions, 'orukFeeds' | 'orukStrict' | 'orukCacheDir'>): Loader {
  return {
    name: 'oruk-feed',
    async load({ store, logger }) {
      store.clear();
      const sources = feedSources(site, build);
      if (!sources.length) return;
      const strict = build.orukStrict;
      const warnings: string[] = [];
      const reports = await importFeeds(sources, (w) => {
        warnings.push(w);
        logger.warn(w);
      }, { ...local, taxonomy: site.directory.taxonomy, cacheDir: build.orukCacheDir });
      const summaries: { summary: string; warn: boolean }[] = [];
      for (const report of reports) {
        for (const { service, ...rest } of report.imported) store.set({ id: service.id, data: { service, ...rest } as unknown as Record<string, unknown> });
        const summary = { summary: feedSummary(report), warn: report.skipped.length > 0 || !!report.read?.fromCache };
        (summary.warn ? logger.warn : logger.info).call(logger, summary.summary);
        summaries.push(summary);
      }
      // Said again when the build ends (src/build/oruk-summary.mjs).
      (globalThis as Record<symbol, unknown>)[Symbol.for('fhp.oruk.summaries')] = summaries;
      const skipped = reports.flatMap((r) => r.skipped.map((s) => `ORUK record ${s}`));
      if (strict && (skipped.length || reports.some((r) => r.read?.fromCache))) {
        throw new Error(`ORUK_STRICT=1 and ${skipped.length} record(s) could not be imported${reports.some((r) => r.read?.fromCache) ? ' (and a feed could not be reached)' : ''}:\n${[...warnings, ...skipped].join('\n')}`);
      }
      if (skipped.length) logger.warn('Skipped records are left out of the site; set ORUK_STRICT=1 to stop the build instead.');
    },
  };
}
