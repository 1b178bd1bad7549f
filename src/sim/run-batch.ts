import type { Scenario } from './scenario.js';
import type { ReplicationResult } from './results.js';
import { runReplication } from './run-replication.js';

/**
 * Run replications [from, to) of each scenario with one seed. The single
 * entry point shared by the in-process runner, the worker and the tests.
 */
export function runBatch(scenarios: readonly Scenario[], seed: number, from: number, to: number): ReplicationResult[][] {
  return scenarios.map((s) => {
    const out: ReplicationResult[] = [];
    for (let r = from; r < to; r++) out.push(runReplication(s, seed, r));
    return out;
  });
}
