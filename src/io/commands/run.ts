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
import { runTable } from '../run-table.js';
import { Interrupt } from '../interrupt.js';
import { StoppedEarly } from '../command-failure.js';
import { runRounds, PRECISION_FIGURES, type RoundsOutcome } from '../run-rounds.js';
import { VERSION } from '../version.js';
import { EXIT } from '../exit-status.js';
import { warnSafe } from '../terminal-text.js';
import { countOf, formatDate, formatNumber } from '../../report/format.js';
import { rerunCommand } from '../rerun-command.js';

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

export { EXIT } from '../exit-status.js';

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
  checkTargets(loaded, catalogue.scalars.map((s) => s.id));
  const summary = new Summariser(catalogue);
  const started = performance.now();
  const handle = await openRunnerOrQueue([loaded.scenario], o.seed, workers, o.queue, o.pool);
  let output: RunOutput | undefined;
  // The signal policy is in force before the folder is made, so a Ctrl-C at any moment after cannot leave it behind empty.
  const interrupt = new Interrupt(() => output?.abandon());
  try {
    output = o.out ? new RunOutput(o.out, catalogue) : undefined;
  } catch (err) {
    interrupt.dispose();
    await handle.close(); // live threads would keep the process from exiting
    throw err;
  }
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
  if (outcome.delivered === 0 && interrupt.requested) {
    output?.abandon(); // the folder's previous results stay as they were; a folder made for this run goes again
    interrupt.dispose();
    throw new StoppedEarly(interrupt.exitStatus, 'replication');
  }
  const doc = runDocument(loaded, o, handle.workers, summary, outcome, performance.now() - started);
  try {
    if (outcome.delivered > 0) await output?.finish(doc);
    else output?.abandon(); // nothing finished: the folder's previous results stay as they were
  } catch (err) {
    output?.abandon(); // never leave a staging folder behind
    throw err;
  } finally {
    interrupt.dispose();
  }
  reportFailure(outcome, file, o);
  if (o.json) print(JSON.stringify(doc));
  else print(formatRunSummary(doc, outcome, outcome.delivered > 0 ? o.out : undefined));
  // A Ctrl-C after the last replication was under way stopped nothing: the result is whole (partial: false), and
  // 130 would tell a script it is partial (docs/running.md; hostile review 7).
  if (interrupt.requested && outcome.stopped) return interrupt.exitStatus;
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
    // The scenario's targets travel with the results so `carecap report` can colour against them (docs/results.md).
    ...targetsPart(loaded),
  };
}

function targetsPart(loaded: LoadedScenario): object {
  return loaded.scenario.reporting ? { reporting: loaded.scenario.reporting } : {};
}

/** The command that re-runs one replication alone, as printed after a failure. */
export function replayCommand(file: string, o: RunOptions, replication: number): string {
  return rerunCommand(file, o.set, o.seed, replication);
}

function reportFailure(outcome: RoundsOutcome, file: string, o: RunOptions): void {
  const f = outcome.failure;
  if (!f) return;
  warnSafe(
    `carecap: replication ${f.replication} (seed ${f.seed}) failed: ${f.message}\n` +
      `  results are partial: ${outcome.delivered > 0 ? `replications 0..${outcome.delivered - 1} finished before it` : 'no replication finished before it'}\n` +
      `  re-run it alone with: ${replayCommand(file, o, f.replication)}\n`,
  );
}

/** `--replication I`: one replication in this thread, its figures printed (a failure's message on stderr; its stack with CARECAP_DEBUG). */
function replayOne(scenario: Scenario, seed: number, replication: number, json: boolean, print: (s: string) => void): number {
  const catalogue = catalogueOf(scenario);
  let result;
  try {
    result = runReplication(scenario, seed, replication);
  } catch (err) {
    const e = err as Error;
    warnSafe(`carecap: replication ${replication} (seed ${seed}) failed: ${e?.message ?? err}${process.env.CARECAP_DEBUG ? `\n${e?.stack}` : '\n  (set CARECAP_DEBUG=1 to see where in the model)'}`);
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

/** Every `reporting.targets[i].figure` must name a figure of this scenario (checked before anything runs or is written). */
function checkTargets(loaded: LoadedScenario, ids: string[]): void {
  const problems = (loaded.scenario.reporting?.targets ?? []).flatMap((t, i) =>
    ids.includes(t.figure) ? [] : [`reporting.targets.${i}.figure: no figure "${t.figure}" (figure ids are in summary.csv and docs/results.md)`]);
  if (problems.length) throw new InputError(loaded.file, problems);
}

function formatRunSummary(doc: RunDocument, outcome: RoundsOutcome, out?: string): string {
  const p = doc.provenance;
  // The period every total is over, so "total cost" is never read without its years.
  const period = `${formatNumber(doc.scenario.horizonYears)} year${doc.scenario.horizonYears === 1 ? '' : 's'} from ${formatDate(doc.weekStarts[0] ?? doc.scenario.startDate)}`;
  const head = `${p.scenarioName}: ${period}, ${countOf(p.replications, 'replication')}, seed ${p.seed}, ${countOf(p.workers, 'worker')}, ${(p.wallMs / 1000).toFixed(1)} s${p.partial ? ' (PARTIAL)' : ''}`;
  // One replication is one possible future: no interval, no spread. Said before the table, so no one reads it as an estimate.
  // None finished (the first failed): no figures at all, so no table and no word of "one replication".
  if (p.replications === 0) return [head, 'No replication finished, so there are no figures: the failure above says why.'].join('\n');
  const one = p.replications < 2 ? 'One replication: no interval or spread can be estimated, so each figure below is one possible future, not an estimate (run at least 2; the default is 1,000).' : '';
  return [head, one, ...runTable(doc), precisionLine(doc, outcome), out ? `Results in ${out}/ (results.json, summary.csv, replications.csv, weekly.csv, results.xlsx, report.html)` : ''].filter((l) => l !== '').join('\n');
}

function precisionLine(doc: RunDocument, outcome: RoundsOutcome): string {
  const pr = doc.precision;
  if (!pr) return '';
  const achieved = PRECISION_FIGURES.map((id) => `${id} ±${((pr.achieved[id] ?? Infinity) * 100).toPrecision(3)}%`).join(', ');
  const verdict = pr.met ? `reached with ${countOf(outcome.delivered, 'replication')}` : `not reached after ${countOf(outcome.delivered, 'replication')}`;
  return `Precision target ±${(pr.target * 100).toPrecision(3)}% ${verdict} (${achieved})`;
}
