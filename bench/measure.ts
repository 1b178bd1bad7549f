import { loadScenario } from '../src/io/load-scenario.js';
import type { Scenario } from '../src/sim/scenario.js';
import { catalogueOf } from '../src/sim/run-replication.js';
import { Summariser } from '../src/capacity/summarise.js';
import { runExperiment } from '../src/capacity/experiment.js';
import { openRunner } from '../src/workers/index.js';
import { defaultBatchSize } from '../src/io/commands/run.js';

/** What one timed experiment did. */
export interface Measured {
  replications: number;
  events: number;
  wallMs: number;
  eventsPerSec: number;
  /** CPU time of this process (every thread) over the same span, ms: steadier than wall time on a loaded machine. */
  cpuMs: number;
}

/**
 * Times the path `carecap run` takes minus the files: open the runner (pool
 * start-up included), dispatch batches, summarise every replication in
 * order. Wall time is from opening the runner to the last summary.
 */
export async function measure(file: string, replications: number, workers: number, sets: string[] = []): Promise<Measured> {
  return measureScenario(loadScenario(file, sets).scenario, replications, workers);
}

/** {@link measure} on a scenario already loaded (or built, as the `region` case's). */
export async function measureScenario(scenario: Scenario, replications: number, workers: number): Promise<Measured> {
  const summary = new Summariser(catalogueOf(scenario));
  let events = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const handle = await openRunner([scenario], 20260401, workers);
  try {
    await runExperiment(handle.run, { from: 0, to: replications, batchSize: defaultBatchSize(replications, workers), concurrency: handle.concurrency }, (_, [r]) => {
      summary.add(r);
      events += r.events;
    });
    summary.figures();
    summary.series();
  } finally {
    await handle.close();
  }
  const wallMs = performance.now() - started;
  return { replications, events, wallMs: Math.round(wallMs), eventsPerSec: Math.round(events / (wallMs / 1000)), cpuMs: cpuMsSince(cpu) };
}

/** Peak resident set size of this process so far, in MB (worker threads included: they share it). */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** User and system CPU time of this process since `from` (a `process.cpuUsage()`), in ms. */
export function cpuMsSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return Math.round((d.user + d.system) / 1000);
}
