import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/sim and src/capacity: only those that
// import that code in-process. CLI, worker and report tests run the compiled dist/ build
// (which Stryker does not rebuild per mutant), so they could not kill a mutant and only cost time.
export default defineConfig({
  test: {
    include: ['test/sim/**/*.test.ts', 'test/capacity/**/*.test.ts', 'test/audit/**/*.test.ts', 'test/identities/**/*.test.ts'],
    // Left out because they cannot kill a mutant or cost far more than they kill (docs/testing.md):
    // compare-command runs the CLI layer end to end; monotonicity, theory and wait-occupancy-theory
    // are statistical checks of the model against queueing theory that run thousands of replications
    // each (several seconds, many times that under Stryker's instrumentation, for every mutant of the
    // model they cover). They stay in `npm test`; the exact tests (event logs, the auditor,
    // identities) are the ones that kill the model's mutants.
    exclude: [
      'test/capacity/compare-command.test.ts',
      'test/sim/monotonicity.test.ts',
      'test/sim/theory.test.ts',
      'test/sim/wait-occupancy-theory.test.ts',
    ],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
