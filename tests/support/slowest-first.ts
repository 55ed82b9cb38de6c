import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Two test files run at a time; the suite ends when the slower of the two queues does. So the
 * longest files start first and the short ones fill in around them (longest processing time
 * first), not whatever vitest's default puts first on a clean clone (its cache of durations
 * is empty there, so it goes by project name, then file size: the biggest browser test, every
 * page, started six minutes in and ran on alone at the end).
 *
 * Seconds each file took in a clean-clone CI run on this 2-core machine (2 December 2026,
 * two at a time); files not listed are short. Vitest's own timings, when it has them from an
 * earlier run here, come first: they are this machine's latest.
 */
export const measuredSeconds: Record<string, number> = {
  'tests/e2e/every-page.test.ts': 163,
  'tests/e2e/directory.test.ts': 124,
  'tests/e2e/layout-shift.test.ts': 115,
  'tests/e2e/worried.test.ts': 111,
  'tests/e2e/critical-css.test.ts': 95,
  'tests/e2e/forms.test.ts': 84,
  'tests/e2e/first-screen.test.ts': 51,
  'tests/unit/scheduled-build.test.ts': 30,
  'tests/e2e/persistence.test.ts': 28,
  'tests/e2e/staff.test.ts': 28,
  'tests/unit/directory-at-scale.test.ts': 27,
  'tests/unit/directory-build.test.ts': 27,
  'tests/e2e/search.test.ts': 25,
  'tests/e2e/editor.test.ts': 22,
  'tests/e2e/shortlist.test.ts': 19,
  'tests/unit/council-languages.test.ts': 17,
  'tests/e2e/thresholds.test.ts': 16,
  'tests/e2e/exit-this-page.test.ts': 14,
  'tests/unit/comms-build-stops.test.ts': 10,
};
const shortFile = 5;

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = `${this.ctx.config.root.replace(/\/$/, '')}/`;
    const seconds = (spec: TestSpecification) => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec);
      if (cached?.duration) return cached.duration / 1000;
      return measuredSeconds[spec.moduleId.replace(root, '')] ?? shortFile;
    };
    return [...files].sort((a, b) => seconds(b) - seconds(a));
  }
}
