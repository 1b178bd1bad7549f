import type { Scenario } from '../sim/scenario.js';
import type { BatchRunner } from '../capacity/experiment.js';
import { inProcessRunner } from './in-process.js';

/** A runner and how to release it. */
export interface RunnerHandle {
  run: BatchRunner;
  /** Batches that can usefully run at once. */
  concurrency: number;
  workers: number;
  close(): Promise<void>;
}

/**
 * Where replications run: `workers` threads, or this thread when 0.
 * (In-process until the worker pool lands; the pool keeps this signature.)
 */
export async function openRunner(scenarios: readonly Scenario[], seed: number, workers: number): Promise<RunnerHandle> {
  return { run: inProcessRunner(scenarios, seed), concurrency: 1, workers: 0, close: async () => undefined };
}
