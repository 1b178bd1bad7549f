import type { ReplicationResult } from '../../sim/results.js';
import { packResults, unpackResults } from '../../workers/packing.js';

/**
 * What travels through Redis between `carecap run|compare|size --queue` (the
 * submitter) and `carecap worker`s. Jobs are small: a run id, the seed and a
 * replication range. The scenarios are stored once per run under their own
 * key; each job's results (every replication's values and weekly arrays,
 * packed as doubles) under a key per job, so BullMQ's event
 * stream and job hashes stay small. Everything carries a time-to-live, so a
 * submitter that dies leaves nothing behind for long.
 */

/** The BullMQ queue every worker listens on. */
export const QUEUE_NAME = 'carecap';

/** Seconds a run's scenarios and a job's results live in Redis if nobody removes them. */
export const TTL_SECONDS = 24 * 3600;

/** One job: replications [from, to) of the run's scenarios with one seed. */
export interface QueueJobData {
  run: string;
  seed: number;
  from: number;
  to: number;
}

/** What a worker returns for a job (its results are under resultKey). */
export interface QueueJobReturn {
  worker: string;
  threads: number;
  /** True when the submitter had cancelled the run before this job started. */
  skipped?: boolean;
}

/** A failure reason that starts with this is the model throwing (re-run locally to find the replication). */
export const MODEL_FAILURE = 'model: ';

export const scenariosKey = (run: string) => `carecap:scenarios:${run}`;
export const resultKey = (jobId: string) => `carecap:result:${jobId}`;
export const cancelKey = (run: string) => `carecap:cancelled:${run}`;

/**
 * A batch's results as bytes for Redis: packed doubles (exact), not
 * compressed. gzip at its fastest level shrank them 3.7 times but cost the
 * submitter about 0.25 ms a replication to unpack, as much again as
 * summarising: with many workers the submitter's one thread is the limit,
 * so it is kept to copying (34.5 KB a replication of the default scenario).
 */
export function encodeResults(results: ReplicationResult[][]): Buffer {
  const packed = packResults(results);
  return Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
}

/** The inverse of encodeResults. */
export function decodeResults(bytes: Buffer): ReplicationResult[][] {
  const doubles = new Float64Array(bytes.length / 8);
  new Uint8Array(doubles.buffer).set(bytes); // copy: a Float64Array needs 8-byte alignment
  return unpackResults(doubles);
}
