import { availableParallelism } from 'node:os';
import { cpuMsSince, measure, peakRssMb } from './measure.js';
import { runEngineHeap, runEngineLoss } from './engine-loss.js';
import { runHandLoop } from './hand-loop.js';
import { LOSS_CASES, lossCaseOf } from './loss-cases.js';
import { measureRegion } from './region.js';
import { loadScenario } from '../src/io/load-scenario.js';
import { catalogueOf, runReplication } from '../src/sim/run-replication.js';
import { Summariser } from '../src/capacity/summarise.js';

/**
 * One benchmark case in a fresh process (bench/run.ts spawns one per case),
 * so each case's peak RSS is its own. Prints one JSON line.
 */
const HUB_LOSS = 'scenarios/test/hub-loss.yaml';
const OUTREACH = 'scenarios/test/outreach-queue.yaml';
const DEFAULT = 'scenarios/leicestershire.yaml';
/** Replications of the scaling comparison: long enough that pool start-up is small beside it. */
const SCALING_REPLICATIONS = 2000;
/** Replications of the region case (about 15,000 events each). */
const REGION_REPLICATIONS = 200;

const cases: Record<string, () => Promise<object>> = {
  'engine-loss': async () => {
    const started = performance.now();
    const { events, blocking } = runEngineLoss(1000);
    const wallMs = Math.round(performance.now() - started);
    return { replications: 1000, events, wallMs, eventsPerSec: Math.round((events / wallMs) * 1000), workers: 0, blocking };
  },
  'engine-heap': async () => {
    runEngineHeap(800, 5); // warm up the JIT, as the model's cases are warm after their first batches
    const started = performance.now();
    const { events } = runEngineHeap(800, 40);
    const wallMs = Math.round(performance.now() - started);
    return { replications: 40, pending: 800, events, wallMs, eventsPerSec: Math.round((events / wallMs) * 1000), workers: 0 };
  },
  'hub-loss': async () => ({ ...(await measure(HUB_LOSS, 1000, 0)), workers: 0 }),
  'outreach-queue': async () => ({ ...(await measure(OUTREACH, 1000, 0)), workers: 0 }),
  'default-10k': async () => {
    const workers = availableParallelism();
    return { ...(await measure(DEFAULT, 10_000, workers)), workers };
  },
  'region': async () => ({ ...(await measureRegion(REGION_REPLICATIONS, 0)), workers: 0 }),
  'scaling-1': async () => ({ ...(await measure(DEFAULT, SCALING_REPLICATIONS, 1)), workers: 1 }),
  'scaling-2': async () => ({ ...(await measure(DEFAULT, SCALING_REPLICATIONS, 2)), workers: 2 }),
};

// Each loss case twice: through carecap in this thread, and the hand-written loop (bench/hand-loop.ts).
for (const [name, { file, replications }] of Object.entries(LOSS_CASES)) {
  cases[`${name}:carecap`] = async () => ({ ...(await measure(file, replications, 0)), workers: 0 });
  // carecap's summaries alone: the same replications' results made untimed, then summarised as `run` summarises them
  // (every figure's moments and percentiles, every weekly band), in a fresh process as the timed run is. No model,
  // however fast, makes carecap's figures in less, so the hand loop's time over this is the highest ratio reachable.
  cases[`${name}:summary`] = async () => {
    const { scenario } = loadScenario(file);
    const results = Array.from({ length: replications }, (_, i) => runReplication(scenario, 20260401, i));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = new Summariser(catalogueOf(scenario));
    for (const r of results) summary.add(r);
    summary.figures();
    summary.series();
    return { replications, wallMs: Math.round(performance.now() - started), cpuMs: cpuMsSince(cpu), figures: catalogueOf(scenario).scalars.length, workers: 0 };
  };
  cases[`${name}:hand`] = async () => {
    const model = lossCaseOf(file);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { events, blocking } = runHandLoop(model, replications, 20260401);
    const wallMs = performance.now() - started;
    return { replications, events, wallMs: Math.round(wallMs), eventsPerSec: Math.round(events / (wallMs / 1000)), cpuMs: cpuMsSince(cpu), workers: 0, blocking };
  };
}

const name = process.argv[2] ?? '';
const run = cases[name];
if (!run) {
  process.stderr.write(`bench/case: unknown case "${name}" (one of ${Object.keys(cases).join(', ')})\n`);
  process.exit(2);
}
const result = await run();
process.stdout.write(`${JSON.stringify({ case: name, ...result, peakRssMb: peakRssMb() })}\n`);
