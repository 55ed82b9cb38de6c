/**
 * How this build runs, apart from the content: the clock it builds at and where its Open
 * Referral UK feeds come from. astro.config.mjs reads them from the environment, once
 * (`readBuildOptions(process.env)`), and the pages and loaders are given them with the content
 * (`virtual:fhp/content`); no other module reads an environment variable.
 *
 * - FHP_BUILD_TIME: the moment the site is built, for every "is this live yet?" decision (a
 *   test, or a rebuild of an old day, fixes the clock: FHP_BUILD_TIME=2026-11-22T09:00:00Z).
 * - ORUK_FEED: feeds to import instead of content/site.yaml's (addresses or files, comma separated).
 * - ORUK_STRICT=1: a record that cannot be imported stops the build instead of being skipped.
 * - ORUK_CACHE_DIR: where the last good copy of each feed is kept (default .cache/oruk).
 */
export interface BuildOptions {
  buildTime: Date;
  /** Feeds named for this build, in place of site.yaml's; undefined when none are. */
  orukFeeds?: string[];
  orukStrict: boolean;
  orukCacheDir: string;
}

/** The moment the site is built: now, or the time given (refused if it is not one). */
export function readBuildTime(value: string | undefined): Date {
  if (value === undefined || value === '') return new Date();
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new Error(`FHP_BUILD_TIME is not a date and time: "${value}"`);
  return time;
}

export function readBuildOptions(env: Record<string, string | undefined>): BuildOptions {
  const feeds = (env.ORUK_FEED ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    buildTime: readBuildTime(env.FHP_BUILD_TIME),
    ...(feeds.length ? { orukFeeds: feeds } : {}),
    orukStrict: env.ORUK_STRICT === '1',
    orukCacheDir: env.ORUK_CACHE_DIR || '.cache/oruk',
  };
}
