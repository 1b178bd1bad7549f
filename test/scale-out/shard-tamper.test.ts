import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, HUB_LOSS, tempDir } from './helpers.js';

/** A shard file with its header (frame 0: 4-byte little-endian length, then JSON) rewritten by `edit`, the rest kept. */
function editHeader(from: string, to: string, edit: (header: Record<string, any>) => void): void {
  const raw = gunzipSync(readFileSync(from));
  const length = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + length).toString('utf8'));
  edit(header);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(json.length, 0);
  writeFileSync(to, gzipSync(Buffer.concat([prefix, json, raw.subarray(4 + length)])));
}

describe('merge recomputes what a shard header claims', () => {
  const root = tempDir();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeAll(async () => {
    for (const i of [0, 1]) {
      const r = await cli(['run', HUB_LOSS, '--seed', '5', '-r', '6', '--workers', '0', '--shard', `${i}/2`, '--out', join(root, 'run')]);
      expect(r.code).toBe(0);
    }
  });

  it('an edited scenario in a header (hash left as it was) is refused, naming the file; nothing is written', async () => {
    const dir = join(root, 'edited');
    mkdirSync(dir);
    writeFileSync(join(dir, 'shard-0-of-2.carecap-shard'), readFileSync(join(root, 'run', 'shard-0-of-2.carecap-shard')));
    editHeader(join(root, 'run', 'shard-1-of-2.carecap-shard'), join(dir, 'shard-1-of-2.carecap-shard'), (h) => { h.spec.scenarios[0].services.hub.beds = 30; });
    const r = await cli(['merge', dir, '--out', join(root, 'edited-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shard-1-of-2\.carecap-shard: cannot be read as a shard \(its header's hashes do not match the scenarios it carries/);
    expect(existsSync(join(root, 'edited-out'))).toBe(false);
  });

  it('a replication frame whose counts were edited (1e300 replications) is a damaged shard, exit 2, not an out-of-memory abort', async () => {
    const dir = join(root, 'counts');
    mkdirSync(dir);
    const raw = gunzipSync(readFileSync(join(root, 'run', 'shard-0-of-2.carecap-shard')));
    const first = 4 + raw.readUInt32LE(0); // frame 1 starts after the header frame
    const edited = Buffer.from(raw);
    edited.writeDoubleLE(1e300, first + 4 + 8); // frame length, then [scenarios, count, …]: the count
    writeFileSync(join(dir, 'shard-0-of-2.carecap-shard'), gzipSync(edited));
    writeFileSync(join(dir, 'shard-1-of-2.carecap-shard'), readFileSync(join(root, 'run', 'shard-1-of-2.carecap-shard')));
    const r = await cli(['merge', dir, '--out', join(root, 'counts-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shard-0-of-2\.carecap-shard: damaged shard: damaged results: replication count 1e\+300/);
    expect(existsSync(join(root, 'counts-out'))).toBe(false);
  });

  it('a pipe given as a shard is refused at once, not read for ever', async () => {
    const fifo = join(root, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const r = await cli(['merge', fifo, '--out', join(root, 'pipe-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${fifo}: not a regular file (a device, pipe or socket), so not a shard`);
  });

  it('the unedited shards merge (the hashes recompute from the JSON they carry)', async () => {
    const r = await cli(['merge', join(root, 'run'), '--out', join(root, 'run-out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('shards of a comparison run at two discount rates are refused as foreign', async () => {
    const dir = join(root, 'rates');
    for (const [i, rate] of [[0, '0.035'], [1, '0.05']] as const) {
      const r = await cli(['compare', HUB_LOSS, HUB_LOSS, '--seed', '5', '-r', '4', '--workers', '0', '--shard', `${i}/2`, '--discount-rate', rate, '--out', dir]);
      expect(r.code, r.stderr).toBe(0);
    }
    const r = await cli(['merge', dir, '--out', join(root, 'rates-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/foreign shard: --discount-rate 0.05, the other shards have 0.035|foreign shard: --discount-rate 0.035, the other shards have 0.05/);
    expect(existsSync(join(root, 'rates-out'))).toBe(false);
  });
});
