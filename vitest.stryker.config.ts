import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/sim and src/capacity: only those that
// import that code in-process. CLI, worker and report tests run the compiled dist/ build
// (which Stryker does not rebuild per mutant), so they could not kill a mutant and only cost time.
export default defineConfig({
  test: {
    include: ['test/sim/**/*.test.ts', 'test/capacity/**/*.test.ts', 'test/audit/**/*.test.ts', 'test/identities/**/*.test.ts'],
    // compare-command runs the CLI layer end to end; monotonicity is a slow statistical test
    // (360 replications) whose mutants the exact tests kill first.
    exclude: ['test/capacity/compare-command.test.ts', 'test/sim/monotonicity.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
