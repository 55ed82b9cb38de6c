/**
 * Cloudflare's limits on a Worker's static assets, declared once: the build's closing line
 * (src/build/report-assets.ts) and the directory bench both judge a dist/ folder with them.
 * https://developers.cloudflare.com/workers/platform/limits/#static-assets
 */
export const assetLimits = {
  /** Files per Worker version on the Free plan. */
  freeFiles: 20_000,
  /** Files per Worker version on the Paid plan. */
  paidFiles: 100_000,
  /** The largest one file may be. */
  fileBytes: 25 * 1024 * 1024,
} as const;

/** Files Cloudflare reads as settings, not as assets: they do not count. */
export const notAssets = new Set(['_headers', '_redirects', '.assetsignore']);

export type AssetPlan = 'free' | 'paid' | 'too-many';

export function planFor(files: number): AssetPlan {
  if (files <= assetLimits.freeFiles) return 'free';
  if (files <= assetLimits.paidFiles) return 'paid';
  return 'too-many';
}

const number = (n: number) => n.toLocaleString('en-GB');

/** One line a person deploying the site can act on. */
export function planLine(files: number): string {
  const plan = planFor(files);
  if (plan === 'free') return `${number(files)} files: fits Cloudflare's Free plan (${number(assetLimits.freeFiles)} files per Worker version).`;
  if (plan === 'paid') return `${number(files)} files: needs Cloudflare's Paid plan (more than the Free plan's ${number(assetLimits.freeFiles)}; Paid allows ${number(assetLimits.paidFiles)} per Worker version).`;
  return `${number(files)} files: too many for any Cloudflare plan (${number(assetLimits.paidFiles)} files per Worker version on Paid).`;
}
