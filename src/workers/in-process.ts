import type { Scenario } from '../sim/scenario.js';
import { runBatch } from '../sim/run-batch.js';
import type { BatchRunner } from '../capacity/experiment.js';

/** A runner in this thread (`--workers 0`); yields to the event loop between batches so Ctrl-C is seen. */
export function inProcessRunner(scenarios: readonly Scenario[], seed: number): BatchRunner {
  return async (from, to) => {
    await new Promise((r) => setImmediate(r));
    return runBatch(scenarios, seed, from, to);
  };
}
