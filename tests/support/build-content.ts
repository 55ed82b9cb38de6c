import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the site (astro build only) from a changed copy of content/, optionally at a fixed
 * build time, into a temporary folder. Returns the folder of the built site and what the build said.
 */
export function buildContent(change: (contentDir: string) => void, options: { buildTime?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fhp-build-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  change(join(dir, 'content'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, 'dist')], {
    env: {
      ...process.env,
      FHP_CONTENT_DIR: join(dir, 'content'),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Plain text: CI terminals can make the build's messages coloured.
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...(options.buildTime ? { FHP_BUILD_TIME: options.buildTime } : {}),
    },
    encoding: 'utf8',
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
    dist: join(dir, 'dist'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
