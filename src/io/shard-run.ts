import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runExperiment } from '../capacity/experiment.js';
import { BatchFailedError, openRunner } from '../workers/index.js';
import { InputError } from './input-error.js';
import { makeFolder, removeMadeFolders } from './make-folder.js';
import { outputError } from './result-folder.js';
import { Interrupt } from './interrupt.js';
import { readShardHeader, ShardWriter } from './shard-file.js';
import { experimentHash, SHARD_FORMAT_VERSION, shardFileName, shardRange, type ShardHeader, type ShardSpec } from './shard-header.js';
import { hashScenario } from './load-scenario.js';
import { VERSION } from './version.js';

/** What a `--shard i/n` run needs besides the experiment's scenarios. */
export interface ShardRunOptions {
  seed: number;
  replications: number;
  shard: { index: number; count: number };
  workers: number;
  out?: string;
  /** Refused: a shard runs on this machine's threads (spread work with shards or the queue, not both). */
  queue?: string;
}

/**
 * `run|compare … --shard i/n --out DIR`: run this shard's replication indices
 * (shard-header.ts, shardRange) and write DIR/shard-i-of-n.carecap-shard
 * holding every replication's raw results. A shard is all or nothing: Ctrl-C
 * or a failing replication leaves no shard file (exit 130 or 1), since a
 * merge needs every index. `carecap merge` summarises the shards.
 */
export async function runShard(spec: ShardSpec, o: ShardRunOptions, print: (s: string) => void): Promise<number> {
  if (!o.out) throw new InputError(spec.scenarioFile, ['--shard needs --out DIR: the folder the shard file is written to']);
  if (o.queue) throw new InputError(spec.scenarioFile, ['--shard cannot be combined with --queue: a shard runs on this machine\'s threads']);
  const { from, to } = shardRange(o.shard, o.replications);
  let made: string[];
  try {
    made = makeFolder(o.out);
  } catch (err) {
    throw outputError(o.out, err);
  }
  const header: ShardHeader = {
    format: 'carecap-shard', formatVersion: SHARD_FORMAT_VERSION, carecapVersion: VERSION, experimentHash: experimentHash(spec),
    scenarioHash: hashScenario(spec.scenarios[0]), seed: o.seed, replications: o.replications, shard: o.shard, from, to, workers: o.workers, spec,
  };
  await guardOtherExperiment(join(o.out, shardFileName(o.shard)), header);
  const started = performance.now();
  const handle = await openRunner(spec.scenarios, o.seed, o.workers);
  const writer = new ShardWriter(join(o.out, shardFileName(o.shard)), header);
  const interrupt = new Interrupt(() => writer.abandon(), false);
  try {
    const batchSize = Math.max(1, Math.min(50, Math.ceil((to - from) / (4 * handle.concurrency))));
    const outcome = await runExperiment(handle.run, { from, to, batchSize, concurrency: handle.concurrency, shouldStop: () => interrupt.requested }, (_, results) => writer.add(results));
    if (outcome.stopped) {
      writer.abandon();
      removeMadeFolders(made);
      process.stderr.write(`carecap: stopped; shard ${o.shard.index}/${o.shard.count} not written (a shard holds all its replications or none)\n`);
      return interrupt.exitStatus; // 130 after Ctrl-C, 143 after SIGTERM (a batch scheduler's stop), as every command
    }
    await writer.finish();
  } catch (err) {
    writer.abandon();
    removeMadeFolders(made);
    // A full disk or a folder gone while writing is the folder's problem, said as for every output (exit 2).
    if (!(err instanceof BatchFailedError)) throw outputError(o.out, err);
    process.stderr.write(`carecap: ${err.message}\n  no shard written; find the failing replication with: carecap run <scenario> --seed ${o.seed} --replication I (I from ${err.from} to ${err.to - 1})\n`);
    return 1;
  } finally {
    interrupt.dispose();
    await handle.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // More shards than replications leaves some shards empty: said so, not "replications 0..-1".
  const held = to > from ? `replications ${from}..${to - 1}` : 'no replication (more shards than replications: this one is empty, and merge accepts it)';
  print(`Shard ${o.shard.index}/${o.shard.count}: ${held}, of ${o.replications} in all, seed ${o.seed}, ${seconds} s → ${writer.path}`);
  return 0;
}

/**
 * A shard file already there from another experiment (another scenario, option set, seed or replication count) is
 * refused, not replaced: the docs' recipe shares one folder among many jobs, and a second experiment, or a re-run with
 * other settings, replaced the first one's shards without a word (hostile review 7). The same experiment's shard (a
 * retried job) and a file that cannot be read as a shard (a torn write, which merge refuses) are replaced.
 */
async function guardOtherExperiment(path: string, header: ShardHeader): Promise<void> {
  if (!existsSync(path)) return;
  let old: Partial<ShardHeader>;
  try {
    old = (await readShardHeader(path)) as Partial<ShardHeader>;
  } catch {
    return;
  }
  if (old?.format !== 'carecap-shard') return;
  if (old.experimentHash === header.experimentHash && old.seed === header.seed && old.replications === header.replications) return;
  throw new InputError(path, [`holds shard ${header.shard.index}/${header.shard.count} of another experiment (seed ${old.seed}, ${old.replications} replications${old.experimentHash === header.experimentHash ? '' : ', other scenarios or options'}): this run would replace it. Write each experiment's shards to a folder of its own, or remove the file`]);
}
