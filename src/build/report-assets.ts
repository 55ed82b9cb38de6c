/**
 * The build's last words: how many files it wrote and which Cloudflare plan can serve them
 * (limits in asset-limits.ts). Stops the build if one file is larger than Cloudflare takes.
 * Run by `npm run build` after everything else has written to dist/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assetLimits, notAssets, planLine } from './asset-limits.ts';

/** Every asset file under `dir`, with its size. */
export function assetFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !notAssets.has(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const files = assetFiles(dist);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const pages = files.filter((file) => file.path.endsWith('.html')).length;
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  console.log(`\nWrote ${pages.toLocaleString('en-GB')} pages, ${(bytes / 1024 / 1024).toFixed(1)} MB. ${planLine(files.length)}`);
  if (largest.bytes > assetLimits.fileBytes) {
    console.error(`${largest.path} is ${(largest.bytes / 1024 / 1024).toFixed(1)} MB: Cloudflare takes files up to ${assetLimits.fileBytes / 1024 / 1024} MB.`);
    process.exit(1);
  }
}
