import { defineConfig } from 'vitest/config';

// Three projects, so each kind of test can run alone:
// - unit: the source, fast, no build needed (`npm run test:unit`);
// - package: the built dist/ (the CLI, import/require of the package, the
//   native-binding checks); refuses to run on a build older than the source;
// - browser: the learner page in Debian's Chromium.
// `npm test` builds, type-checks and runs all three.

/** Tests that run the built package or its CLI rather than the source. */
const PACKAGE_TESTS = [
  'tests/package/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/**/*.cli.test.ts',
  'tests/corpus/parallel.test.ts',
  'tests/hardening/cli.test.ts',
  'tests/hardening/missingBinding.test.ts',
  'tests/strip/noSegmenter.test.ts',
];
const BROWSER_TESTS = ['tests/**/*.browser.test.ts'];

const shared = {
  // nodejieba loads its dictionary in about a second per worker process.
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // The test files of one worker share their modules: the segmenter
          // and the reading tables load once per worker, not once per file
          // (CPU time of the project 111 s → 44 s). So a unit test must not
          // depend on process-global state that another file may have set
          // (user words: each test adds its own), nor mock modules.
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: [...PACKAGE_TESTS, ...BROWSER_TESTS],
        },
      },
      {
        test: {
          ...shared,
          name: 'package',
          include: PACKAGE_TESTS,
          globalSetup: ['tests/support/requireFreshBuild.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: BROWSER_TESTS,
        },
      },
    ],
  },
});
