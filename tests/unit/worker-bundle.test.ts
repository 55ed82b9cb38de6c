import { describe, expect, it } from 'vitest';
import { workerBudget, workerBundleSize } from '../size/worker-bundle.ts';

describe('the Worker bundle', () => {
  it(`stays within ${workerBudget / 1024} kB gzip (it bundles no language's words)`, () => {
    const { gzip, raw } = workerBundleSize();
    expect(gzip, `${raw} bytes raw`).toBeGreaterThan(1000);
    expect(gzip).toBeLessThanOrEqual(workerBudget);
  });
});
