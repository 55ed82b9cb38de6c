/**
 * The moment the site is built. Every "is this live yet?" decision at build time uses it,
 * so a test (or a rebuild of an old day) can fix the clock: FHP_BUILD_TIME=2026-11-22T09:00:00Z.
 */
export function readBuildTime(value = process.env.FHP_BUILD_TIME): Date {
  if (value === undefined || value === '') return new Date();
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new Error(`FHP_BUILD_TIME is not a date and time: "${value}"`);
  return time;
}

export const buildTime = readBuildTime();
