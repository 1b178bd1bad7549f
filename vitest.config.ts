import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Theory tests run thousands of replications; 2-core CI machines are shared.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
