// Mutation testing for the pure layers (issue 18). Run with `npm run mutate`; it is slow (about
// 4,100 mutants once static ones are ignored, several hours on a 2-core machine: a chunk of 250 to
// 550 mutants took 15 minutes on 30 November 2026), so it is not part of `npm test` or CI.
// Incremental mode keeps results in reports/stryker-incremental.json so that a later run
// re-tests only the mutants whose code or covering tests changed. See docs/testing.md.
// `npm run mutate:chunks` (scripts/mutate-chunks.mjs) runs one chunk of files at a time: it sets
// CARECAP_MUTATION_CHUNK and CARECAP_MUTATE, and each chunk keeps its own incremental file and report.
const chunk = process.env.CARECAP_MUTATION_CHUNK;
const name = chunk ?? 'mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants, evaluated once at import) need every test for each
  // mutant: on 30 November 2026, 2,547 of 6,636 mutants, estimated by Stryker at 87% of the run
  // time (about a day here). They are reported as ignored, not counted in the score (docs/testing.md).
  ignoreStatic: true,
  mutate: chunk ? process.env.CARECAP_MUTATE.split(',') : ['src/sim/**/*.ts', 'src/capacity/**/*.ts'],
  incremental: true,
  incrementalFile: chunk ? `reports/inc-${chunk}.json` : 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 85, break: null },
  // A mutant that makes a run loop for ever times out after 1.5 × its tests' normal time + 10 s.
  timeoutMS: 10_000,
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
