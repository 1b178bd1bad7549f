import { createReadStream, createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import { once } from 'node:events';
import type { ReplicationResult } from '../sim/results.js';
import { packResults, unpackResults } from '../workers/packing.js';
import type { ShardHeader } from './shard-header.js';

/**
 * A shard file: gzip of a sequence of frames, each a 4-byte little-endian
 * length and that many bytes. Frame 0 is the header as JSON; every further
 * frame is one replication's raw results (values and weekly arrays of every
 * scenario of the experiment), packed as doubles by packResults, so the
 * merge replays exactly the numbers a one-machine run would have summarised.
 * Written and read as streams: a shard of 10,000 replications of the
 * default scenario (~300 MB of doubles) never sits in memory.
 */

/** Writes a shard to `path.partial`, renamed to `path` once complete. */
export class ShardWriter {
  private readonly file: WriteStream;
  private readonly gzip: Gzip;
  private written = 0;
  private failure: Error | undefined;

  constructor(readonly path: string, header: ShardHeader) {
    // 'w': a .partial left by a run killed outright is simply overwritten.
    this.file = createWriteStream(`${path}.partial`, { flags: 'w' });
    this.file.on('error', (err) => (this.failure ??= err)); // reported by finish()
    this.gzip = createGzip();
    this.gzip.pipe(this.file);
    this.frame(Buffer.from(JSON.stringify(header), 'utf8'));
  }

  /** Appends one replication: results[k] is scenario k's result of that replication. */
  add(results: readonly ReplicationResult[]): void {
    const packed = packResults(results.map((r) => [r]));
    this.frame(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength));
    this.written++;
  }

  /** Replications added. */
  get count(): number {
    return this.written;
  }

  /** Flushes, closes and renames the file into place. */
  async finish(): Promise<void> {
    this.gzip.end();
    if (!this.file.closed) await once(this.file, 'close');
    // The file system's own error (with its code: ENOSPC …), which the command reports as bad output (exit 2).
    if (this.failure) throw this.failure;
    renameSync(`${this.path}.partial`, this.path);
  }

  /** Drops the unfinished file (synchronous: safe in a signal handler). */
  abandon(): void {
    this.gzip.destroy();
    this.file.destroy();
    rmSync(`${this.path}.partial`, { force: true });
  }

  private frame(bytes: Buffer): void {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    // Write's return value is ignored: gzip runs far faster than replications arrive, so little queues.
    this.gzip.write(length);
    this.gzip.write(bytes);
  }
}

/** Frames of a gzip stream of length-prefixed frames, as they arrive. */
async function* frames(path: string): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path).pipe(createGunzip())) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32LE(0)) {
      const end = 4 + pending.readUInt32LE(0);
      yield pending.subarray(4, end);
      pending = pending.subarray(end);
    }
  }
  if (pending.length) throw new Error(`${pending.length} bytes after the last whole frame (the file is truncated)`);
}

/** The header of a shard file (only the first frame is read). */
export async function readShardHeader(path: string): Promise<unknown> {
  for await (const frame of frames(path)) return JSON.parse(frame.toString('utf8'));
  throw new Error('the file is empty');
}

/** Every replication of a shard, in file order; each item holds one result per scenario. */
export async function* readShardReplications(path: string): AsyncGenerator<ReplicationResult[]> {
  let first = true;
  for await (const frame of frames(path)) {
    if (first) {
      first = false;
      continue;
    }
    const doubles = new Float64Array(frame.length / 8);
    new Uint8Array(doubles.buffer).set(frame); // copy: a Float64Array needs 8-byte alignment
    yield unpackResults(doubles).map((perScenario) => perScenario[0]);
  }
}
