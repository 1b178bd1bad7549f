import { availableParallelism } from 'node:os';
import { catalogueOf, runReplication } from '../../sim/run-replication.js';
import type { Scenario } from '../../sim/scenario.js';
import { Summariser } from '../../capacity/summarise.js';
import { digestScenario } from '../../capacity/digest.js';
import type { RunDocument } from '../../capacity/result-document.js';
import type { PoolOptions } from '../../workers/index.js';
import { openRunnerOrQueue, QUEUE_BATCH_MAX, QUEUE_BATCH_WORKERS } from '../queue/open-runner.js';
import { runShard } from '../shard-run.js';
import { InputError } from '../input-error.js';
import { loadScenario, type LoadedScenario } from '../load-scenario.js';
import { RunOutput } from '../run-output.js';
import { ProgressBar } from '../progress.js';
import { Interrupt } from '../interrupt.js';
import { runRounds, PRECISION_FIGURES, type RoundsOutcome } from '../run-rounds.js';
import { VERSION } from '../version.js';
import { formatValue } from '../../report/format.js';
import type { Unit } from '../../sim/results.js';

/** Options of `carecap run` (see docs/running.md). */
export interface RunOptions {
  replications: number;
  seed: number;
  out?: string;
  json: boolean;
  set: string[];
  /** Worker threads; 0 runs in this thread. Default: the machine's cores. */
  workers?: number;
  /** Replications per batch; default from the replication and worker counts. */
  batchSize?: number;
  /** Relative 95% half-width target for total cost and spill-overs. */
  precision?: number;
  maxReplications?: number;
  /** Re-run this replication alone, in this thread, and print its figures. */
  replication?: number;
  /** Run only shard i of n and write a shard file (docs/scale-out.md). */
  shard?: { index: number; count: number };
  /** Redis URL: run the batches as jobs on `carecap worker` processes (docs/scale-out.md). */
  queue?: string;
  /** Test-only fault injection for the worker pool. */
  pool?: PoolOptions;
}

/** Exit statuses of `carecap run`. */
export const EXIT = { ok: 0, failed: 1, badInput: 2, interrupted: 130 } as const;

/** Batch size by default: about eight batches per worker, 10 to 200 replications each. */
export function defaultBatchSize(replications: number, workers: number): number {
  return Math.min(200, Math.max(10, Math.ceil(replications / (Math.max(1, workers) * 8))));
}

/** `carecap run`: run a scenario's replications, summarise them in order, write the run folder. */
export async function runCommand(file: string, o: RunOptions, print: (s: string) => void): Promise<number> {
  const loaded = loadScenario(file, o.set);
  if (o.replication !== undefined) return replayOne(loaded.scenario, o.seed, o.replication, o.json, print);
  if (o.shard) {
    if (o.precision) throw new InputError(file, ['--shard cannot be combined with --precision (its rounds depend on every earlier result)']);
    return runShard({ kind: 'run', scenarioFile: loaded.file, scenarios: [loaded.scenario] }, { ...o, workers: o.workers ?? availableParallelism(), shard: o.shard }, print);
  }
  const workers = o.workers ?? availableParallelism();
  const maxReplications = o.maxReplications ?? 20_000;
  // Through a queue, batches are sized as if for QUEUE_BATCH_WORKERS threads: few enough jobs to keep Redis quiet.
  const firstRound = o.precision ? Math.min(o.replications, maxReplications) : o.replications;
  const batchSize = o.batchSize ?? (o.queue ? Math.min(QUEUE_BATCH_MAX, defaultBatchSize(firstRound, QUEUE_BATCH_WORKERS)) : defaultBatchSize(firstRound, workers));
  const catalogue = catalogueOf(loaded.scenario);
  const summary = new Summariser(catalogue);
  const started = performance.now();
  const handle = await openRunnerOrQueue([loaded.scenario], o.seed, workers, o.queue, o.pool);
  let output: RunOutput | undefined;
  try {
    output = o.out ? new RunOutput(o.out, catalogue) : undefined;
  } catch (err) {
    await handle.close(); // live threads would keep the process from exiting
    throw err;
  }
  const interrupt = new Interrupt(() => output?.abandon());
  const bar = new ProgressBar(o.replications);
  let outcome: RoundsOutcome;
  try {
    outcome = await runRounds({
      scenario: loaded.scenario, seed: o.seed, run: handle.run, concurrency: handle.concurrency, batchSize,
      replications: o.replications, precision: o.precision, maxReplications, summary,
      deliver: (r) => output?.addReplication(r),
      shouldStop: () => interrupt.requested,
      onProgress: (done, total) => { bar.setTotal(total); bar.update(done); },
    });
  } catch (err) {
    output?.abandon();
    interrupt.dispose();
    throw err;
  } finally {
    bar.done();
    await handle.close();
  }
  const doc = runDocument(loaded, o, handle.workers, summary, outcome, performance.now() - started);
  try {
    await output?.finish(doc);
  } catch (err) {
    output?.abandon(); // never leave a staging folder behind
    throw err;
  } finally {
    interrupt.dispose();
  }
  reportFailure(outcome, file, o);
  if (o.json) print(JSON.stringify(doc));
  else print(formatRunSummary(doc, outcome, o.out));
  if (interrupt.requested) return EXIT.interrupted;
  return outcome.failure ? EXIT.failed : EXIT.ok;
}

/** The run's result document (`carecap merge` builds it the same way from run shards). */
export function runDocument(loaded: LoadedScenario, o: Pick<RunOptions, 'seed'>, workers: number, summary: Summariser, outcome: RoundsOutcome, wallMs: number): RunDocument {
  const some = summary.count > 0;
  return {
    kind: 'run',
    provenance: {
      carecapVersion: VERSION, scenarioName: loaded.scenario.name, scenarioHash: loaded.hash, scenarioFile: loaded.file,
      seed: o.seed, replications: outcome.delivered, workers, wallMs: Math.round(wallMs), partial: outcome.stopped,
      writtenAt: new Date().toISOString(),
    },
    scenario: digestScenario(loaded.scenario),
    weekStarts: summary.catalogue.weekStarts,
    figures: some ? summary.figures() : [],
    series: some ? summary.series() : [],
    ...(outcome.precision ? { precision: outcome.precision } : {}),
    failures: outcome.failure ? [outcome.failure] : [],
  };
}

/** The command that re-runs one replication alone, as printed after a failure. */
export function replayCommand(file: string, o: RunOptions, replication: number): string {
  const sets = o.set.map((s) => ` --set ${JSON.stringify(s)}`).join('');
  return `carecap run ${JSON.stringify(file)} --seed ${o.seed}${sets} --replication ${replication}`;
}

function reportFailure(outcome: RoundsOutcome, file: string, o: RunOptions): void {
  const f = outcome.failure;
  if (!f) return;
  process.stderr.write(
    `carecap: replication ${f.replication} (seed ${f.seed}) failed: ${f.message}\n` +
      `  results are partial: replications 0..${outcome.delivered - 1} finished before it\n` +
      `  re-run it alone with: ${replayCommand(file, o, f.replication)}\n`,
  );
}

/** `--replication I`: one replication in this thread, its figures printed (a failure's stack goes to stderr). */
function replayOne(scenario: Scenario, seed: number, replication: number, json: boolean, print: (s: string) => void): number {
  const catalogue = catalogueOf(scenario);
  let result;
  try {
    result = runReplication(scenario, seed, replication);
  } catch (err) {
    process.stderr.write(`carecap: replication ${replication} (seed ${seed}) failed:\n${(err as Error)?.stack ?? err}\n`);
    return EXIT.failed;
  }
  const figures = catalogue.scalars.map((s, i) => ({ id: s.id, label: s.label, unit: s.unit, value: result.values[i] }));
  if (json) {
    print(JSON.stringify({ kind: 'replication', seed, replication, events: result.events, figures }));
    return EXIT.ok;
  }
  const lines = figures.map((f) => `  ${f.id.padEnd(36)} ${String(f.value).padStart(22)}  ${f.unit}`);
  print([`${scenario.name}: replication ${replication}, seed ${seed}, ${result.events} events`, ...lines].join('\n'));
  return EXIT.ok;
}

function formatRunSummary(doc: RunDocument, outcome: RoundsOutcome, out?: string): string {
  const key = ['hub.utilisation', 'hub.shareTimeFull', 'outreach.utilisation', 'outreach.meanWaitDays', 'spillover.count', 'spillover.share', 'ooc.childWeeks', 'stability.breakdowns', 'cost.total'];
  const v = (x: number, unit: Unit) => formatValue(x, unit);
  const unitWord = (u: Unit) => (u === 'GBP' || u === 'share' ? '' : ` ${u}`);
  const lines = doc.figures
    .filter((f) => key.includes(f.id))
    .map((f) => `  ${f.label.padEnd(60)} ${`${v(f.mean, f.unit)}${unitWord(f.unit)}`.padStart(18)}  95% CI ${v(f.ci95[0], f.unit)} to ${v(f.ci95[1], f.unit)}; P10–P90 ${v(f.p10, f.unit)} to ${v(f.p90, f.unit)}`);
  const p = doc.provenance;
  const head = `${p.scenarioName}: ${p.replications} replications, seed ${p.seed}, ${p.workers} workers, ${(p.wallMs / 1000).toFixed(1)} s${p.partial ? ' (PARTIAL)' : ''}`;
  return [head, ...lines, precisionLine(doc, outcome), out ? `Results in ${out}/` : ''].filter((l) => l !== '').join('\n');
}

function precisionLine(doc: RunDocument, outcome: RoundsOutcome): string {
  const pr = doc.precision;
  if (!pr) return '';
  const achieved = PRECISION_FIGURES.map((id) => `${id} ±${((pr.achieved[id] ?? Infinity) * 100).toPrecision(3)}%`).join(', ');
  const verdict = pr.met ? `reached with ${outcome.delivered} replications` : `not reached after ${outcome.delivered} replications`;
  return `Precision target ±${(pr.target * 100).toPrecision(3)}% ${verdict} (${achieved})`;
}
