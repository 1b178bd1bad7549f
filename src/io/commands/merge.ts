import { existsSync, rmSync } from 'node:fs';
import { catalogueOf } from '../../sim/run-replication.js';
import { Summariser } from '../../capacity/summarise.js';
import { Comparison } from '../../capacity/compare.js';
import type { ReplicationResult } from '../../sim/results.js';
import { InputError } from '../input-error.js';
import { hashScenario } from '../load-scenario.js';
import { RunOutput } from '../run-output.js';
import { StagedFolder, writeResultFolder } from '../result-folder.js';
import { differencesTable } from '../result-tables.js';
import { readShardReplications } from '../shard-file.js';
import { coverageProblems, foreignShards, listShardFiles, readHeaders, type ShardOnDisk } from '../shard-check.js';
import { runDocument } from './run.js';
import { compareDocument, discountingOf } from './compare.js';
import { decisionsTable } from '../decision-table.js';

/** Options of `carecap merge`. */
export interface MergeOptions {
  out: string;
}

/**
 * `carecap merge DIR… --out OUT`: check that the shards belong together
 * (format, carecap version, scenario hash, seed, replication count) and hold
 * every index 0 … N − 1 exactly once, then replay their raw results in index
 * order through the one summariser (or comparison), so the folder written is
 * the one a one-machine run with that seed writes. Anything wrong is listed
 * at once, exit 2, nothing written.
 */
export async function mergeCommand(paths: readonly string[], o: MergeOptions, print: (s: string) => void): Promise<number> {
  const started = performance.now();
  const problems: string[] = [];
  const shards = await readHeaders(listShardFiles(paths, problems), problems);
  if (shards.length === 0 && problems.length === 0) problems.push('no shard files given');
  if (shards.length) problems.push(...foreignShards(shards));
  if (problems.length === 0) problems.push(...coverageProblems(shards, shards[0].header.replications));
  if (problems.length) throw new InputError('carecap merge', problems);
  const ordered = [...shards].sort((a, b) => a.header.from - b.header.from);
  const { header } = ordered[0];
  const workers = Math.max(...ordered.map((s) => s.header.workers));
  const wallMs = () => performance.now() - started;
  let cleanUp = (): void => undefined;
  const release = stopOnSignal(() => cleanUp());
  try {
    await mergeInto(o.out, ordered, header, workers, wallMs, (f) => (cleanUp = f));
  } finally {
    release();
  }
  print(`Merged ${ordered.length} shard${ordered.length === 1 ? '' : 's'}: replications 0..${header.replications - 1}, seed ${header.seed} → ${o.out}/`);
  return 0;
}

/**
 * A signal stops a merge at once: a merge is written whole or not at all, so
 * there is nothing partial to keep. Its staging and lock are removed, the
 * folder's earlier results stay as they were, and it says so (it stopped
 * without a word, exit 143: hostile review 3).
 */
function stopOnSignal(cleanUp: () => void): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      cleanUp();
      process.stderr.write(`\nStopped (${signal}): the merge wrote nothing; any earlier results in the folder are as they were\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}

/** Replays the shards into the output folder; `onOpen` is given what a signal must undo once the folder is open. */
async function mergeInto(out: string, ordered: ShardOnDisk[], header: ShardOnDisk['header'], workers: number, wallMs: () => number, onOpen: (abandon: () => void) => void): Promise<void> {
  if (header.spec.kind === 'run') {
    const scenario = header.spec.scenarios[0];
    const loaded = { scenario, file: header.spec.scenarioFile, hash: hashScenario(scenario) };
    const summary = new Summariser(catalogueOf(scenario));
    const existed = existsSync(out);
    const output = new RunOutput(out, summary.catalogue);
    onOpen(() => {
      output.abandon();
      if (!existed) rmSync(out, { recursive: true, force: true });
    });
    try {
      await replay(ordered, (results) => { summary.add(results[0]); output.addReplication(results[0]); });
      await output.finish(runDocument(loaded, header, workers, summary, { delivered: header.replications, stopped: false }, wallMs()));
    } catch (err) {
      output.abandon();
      if (!existed) rmSync(out, { recursive: true, force: true }); // a damaged shard leaves no trace
      throw err;
    }
  } else {
    const catalogues = header.spec.scenarios.map(catalogueOf);
    const comparison = new Comparison(catalogues[0], catalogues.slice(1), discountingOf(header.spec));
    await replay(ordered, (results) => comparison.add(results));
    const doc = compareDocument(header.spec, comparison, { seed: header.seed, replications: header.replications, workers, wallMs: wallMs(), partial: false });
    const folder = StagedFolder.open(out);
    onOpen(() => folder.abandon());
    await writeResultFolder(folder, doc, { 'differences.csv': differencesTable(doc), 'decisions.csv': decisionsTable(doc) });
  }
}

/** Feeds every replication of the shards, in index order, checking each holds what its header says. */
async function replay(shards: readonly ShardOnDisk[], add: (results: ReplicationResult[]) => void): Promise<void> {
  for (const { path, header } of shards) {
    let expected = header.from;
    try {
      for await (const results of readShardReplications(path)) {
        if (results.length !== header.spec.scenarios.length || results.some((r) => r.replication !== expected)) {
          throw new Error(`replication ${expected} expected, found ${results[0]?.replication}`);
        }
        add(results);
        expected++;
      }
    } catch (err) {
      throw new InputError(path, [`damaged shard: ${(err as Error).message}`]);
    }
    if (expected !== header.to) throw new InputError(path, [`damaged shard: holds replications ${header.from}..${expected - 1}, its header says ${header.from}..${header.to - 1}`]);
  }
}
