import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { caseArb, runCase } from './harness.js';

/**
 * Property (issue 14): whatever a user hands carecap (generated scenarios,
 * caseload CSVs, --set paths, batch files, results folders, numbers), every
 * command ends with exit 0, 1 (a model failure naming the replication and
 * how to re-run it), 2 or 130 and a message, never a stack trace, and never
 * damages an existing results folder. `npm test` runs CARECAP_FUZZ_RUNS
 * cases (default 80), shrinking any failure to a small example; `npm run
 * fuzz` runs 10,000 and counts how each ended (test/fuzz/tally.ts).
 */
const runs = Number(process.env.CARECAP_FUZZ_RUNS ?? 80);

describe('every command ends cleanly on generated input', () => {
  test.prop([caseArb], { numRuns: runs, seed: Number(process.env.CARECAP_FUZZ_SEED ?? 20261130) })('exit 0, 1, 2 or 130 with a message, no stack trace, no damage', async (c) => {
    const outcome = await runCase(c);
    expect(outcome.problems, outcome.text.slice(0, 2000)).toEqual([]);
  }, 600_000);
});
