import { createHash } from 'node:crypto';
import type { Scenario } from '../sim/scenario.js';
import { hashScenario } from './load-scenario.js';
import { InvalidArgumentError } from 'commander';

/** Version of the shard file layout (shard-file.ts); a merge refuses any other. */
export const SHARD_FORMAT_VERSION = 1;

/** What `carecap merge` needs to write the document a one-machine run would have written. */
export interface ShardSpec {
  kind: 'run' | 'compare';
  /** The scenario (run) or batch/baseline file (compare) as given on the command line. */
  scenarioFile: string;
  /** Validated scenarios: the run's, or the baseline's then each option's. */
  scenarios: Scenario[];
  /** compare only: the baseline's name, each option's name and overrides, the figures shown first. */
  baselineName?: string;
  options?: { name: string; overrides: Record<string, unknown>; description?: string }[];
  keyFigures?: string[];
  /** compare only: the real discount rate a year of the net present values (default 0.035). */
  discountRate?: number;
  /** compare only: the general inflation a year (GDP deflator) cash is deflated by before discounting (default 0.02). */
  deflator?: number;
}

/** Frame 0 of a shard file. */
export interface ShardHeader {
  format: 'carecap-shard';
  formatVersion: number;
  carecapVersion: string;
  /** SHA-256 of the kind, every scenario's hash and the comparison's names: shards of one experiment share it. */
  experimentHash: string;
  /** The run's (or the baseline's) scenario hash, as in results.json provenance. */
  scenarioHash: string;
  seed: number;
  /** Replications of the whole experiment (indices 0 … replications − 1). */
  replications: number;
  shard: { index: number; count: number };
  /** Replication indices held: from … to − 1, in order. */
  from: number;
  to: number;
  /** Worker threads the shard ran on (does not affect any figure). */
  workers: number;
  spec: ShardSpec;
}

/** `--shard i/n`: shard i (0-based, as Kubernetes' JOB_COMPLETION_INDEX) of n. */
export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index < count) || !Number.isSafeInteger(count)) {
    throw new InvalidArgumentError(`expected i/n with 0 ≤ i < n, e.g. 0/4 (shards are numbered from 0), got "${value}"`);
  }
  return { index, count };
}

/** Shard i of n holds the contiguous indices floor(i·N/n) … floor((i+1)·N/n) − 1, so n shards cover 0 … N − 1 once. */
export function shardRange(shard: { index: number; count: number }, replications: number): { from: number; to: number } {
  const at = (i: number) => Math.floor((i * replications) / shard.count);
  return { from: at(shard.index), to: at(shard.index + 1) };
}

/**
 * The hash that says two shards belong to one experiment, and names a comparison's inputs in its provenance: every
 * scenario, the names and overrides, the key figures and the discounting (the file path is left out: machines mount
 * it differently).
 */
export function experimentHash(spec: ShardSpec): string {
  const { kind, scenarios, baselineName, options, keyFigures, discountRate, deflator } = spec;
  const identity = JSON.stringify({ kind, scenarios: scenarios.map(hashScenario), baselineName, options, keyFigures, discountRate, deflator });
  return createHash('sha256').update(identity).digest('hex');
}

/** The shard file's name inside its folder: sorts in shard order. */
export function shardFileName(shard: { index: number; count: number }): string {
  const width = String(shard.count).length;
  return `shard-${String(shard.index).padStart(width, '0')}-of-${shard.count}.carecap-shard`;
}
