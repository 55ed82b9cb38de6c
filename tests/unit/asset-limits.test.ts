import { describe, expect, it } from 'vitest';
import { planFor, planLine } from '../../src/build/asset-limits.ts';

describe("Cloudflare's static-asset plans", () => {
  it('names the plan a site of so many files needs, at each limit', () => {
    expect([1, 20_000, 20_001, 100_000, 100_001].map(planFor)).toEqual(['free', 'free', 'paid', 'paid', 'too-many']);
  });

  it('says it in one line a person deploying the site can act on', () => {
    expect(planLine(2_198)).toBe("2,198 files: fits Cloudflare's Free plan (20,000 files per Worker version).");
    expect(planLine(66_514)).toMatch(/^66,514 files: needs Cloudflare's Paid plan/);
    expect(planLine(120_000)).toMatch(/too many for any Cloudflare plan/);
  });
});
