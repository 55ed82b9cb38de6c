/**
 * The build's last words: how many files it wrote and which Cloudflare plan can serve them
 * (limits in asset-limits.ts). Stops the build if one file is larger than Cloudflare takes.
 * Run by `npm run build` after everything else has written to dist/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assetLimits, notAssets, planLine } from './asset-limits.ts';
import { notPages, servicePageAddresses } from './service-addresses.ts';

/** Every asset file under `dir`, with its size. */
export function assetFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !notAssets.has(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

/** Pages a visitor can open: the HTML files that are pages, and the service pages the Worker puts together. */
export function pageCount(dist: string, files: { path: string }[]): { pages: number; servicePages: number; partsFiles: number } {
  const inParts = (path: string) => path.split(/[\\/]/).some((part) => notPages.has(part));
  const servicePages = servicePageAddresses(dist).length;
  const html = files.filter((file) => file.path.endsWith('.html'));
  return { pages: html.filter((file) => !inParts(file.path)).length + servicePages, servicePages, partsFiles: html.filter((file) => inParts(file.path)).length };
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const files = assetFiles(dist);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const { pages, servicePages, partsFiles } = pageCount(dist, files);
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  console.log(`\nWrote ${pages.toLocaleString('en-GB')} pages (${servicePages.toLocaleString('en-GB')} service pages put together by the Worker from ${partsFiles} files), ${(bytes / 1024 / 1024).toFixed(1)} MB. ${planLine(files.length)}`);
  if (largest.bytes > assetLimits.fileBytes) {
    console.error(`${largest.path} is ${(largest.bytes / 1024 / 1024).toFixed(1)} MB: Cloudflare takes files up to ${assetLimits.fileBytes / 1024 / 1024} MB.`);
    process.exit(1);
  }
}
