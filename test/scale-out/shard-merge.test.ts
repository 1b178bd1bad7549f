import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, COMPARED_FILES, DEFAULT_SCENARIO, HUB_LOSS, resultsWithoutRunTimes, tempDir } from './helpers.js';

// 21 replications: 2 shards split them unevenly (10 and 11), 7 evenly (3 each).
const REPLICATIONS = '21';
const SEED = '20260401';

/** Runs shards 0..n-1 of the default scenario into one folder. */
async function shards(n: number, dir: string, seed = SEED, only?: number[]): Promise<void> {
  for (const i of only ?? Array.from({ length: n }, (_, k) => k)) {
    const r = await cli(['run', DEFAULT_SCENARIO, '--seed', seed, '-r', REPLICATIONS, '--workers', '0', '--shard', `${i}/${n}`, '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
}

describe('carecap run --shard and carecap merge (default scenario)', () => {
  const root = tempDir();
  const one = join(root, 'one');

  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeAll(async () => {
    const r = await cli(['run', DEFAULT_SCENARIO, '--seed', SEED, '-r', REPLICATIONS, '--workers', '0', '--out', one]);
    expect(r.code).toBe(0);
  });

  for (const n of [1, 2, 7]) {
    it(`${n} shard${n === 1 ? '' : 's'} merge to the files a one-machine run writes, byte for byte`, async () => {
      const dir = join(root, `shards-${n}`);
      await shards(n, dir);
      expect(readdirSync(dir)).toHaveLength(n);
      const merged = join(root, `merged-${n}`);
      const r = await cli(['merge', dir, '--out', merged]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      for (const f of COMPARED_FILES) expect(readFileSync(join(merged, f)), f).toEqual(readFileSync(join(one, f)));
      expect(resultsWithoutRunTimes(merged)).toEqual(resultsWithoutRunTimes(one));
      expect(existsSync(join(merged, 'report.html'))).toBe(true);
    });
  }

  it('refuses a missing shard, naming the replications no shard holds; nothing is written', async () => {
    const six = [0, 1, 2, 4, 5, 6].map((i) => join(root, 'shards-7', `shard-${i}-of-7.carecap-shard`));
    const out = join(root, 'missing-out');
    const r = await cli(['merge', ...six, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing shard: replications 9..11 are in no shard given');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a duplicated shard, naming both files', async () => {
    const extra = join(root, 'extra');
    mkdirSync(extra);
    copyFileSync(join(root, 'shards-7', 'shard-3-of-7.carecap-shard'), join(extra, 'copy.carecap-shard'));
    const r = await cli(['merge', join(root, 'shards-7'), extra, '--out', join(root, 'dup-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/duplicated replications 9\.\.11: in .*shard-3-of-7\.carecap-shard and .*copy\.carecap-shard/);
    expect(existsSync(join(root, 'dup-out'))).toBe(false);
  });

  it('refuses shards that cover the indices twice over (2 shards and 7 shards of one run)', async () => {
    const r = await cli(['merge', join(root, 'shards-2'), join(root, 'shards-7'), '--out', join(root, 'twice-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('duplicated replications');
  });

  it('refuses a shard from another seed, naming it and the seed', async () => {
    const dir = join(root, 'foreign');
    await shards(2, dir, '99', [1]);
    // With both shards of the usual seed beside it, seed 99 is the odd one out.
    const r = await cli(['merge', join(root, 'shards-2'), dir, '--out', join(root, 'foreign-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/foreign\/shard-1-of-2\.carecap-shard: foreign shard: seed 99, the other shards have 20260401/);
    expect(existsSync(join(root, 'foreign-out'))).toBe(false);
  });

  it('refuses a file that is not a shard, and a damaged shard', async () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'x.carecap-shard'), 'not gzip');
    const r = await cli(['merge', bad, '--out', join(root, 'bad-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.carecap-shard: cannot be read as a shard/);
    const cut = join(root, 'cut');
    mkdirSync(cut);
    const whole = readFileSync(join(root, 'shards-1', 'shard-0-of-1.carecap-shard'));
    writeFileSync(join(cut, 'shard-0-of-1.carecap-shard'), whole.subarray(0, Math.floor(whole.length / 2)));
    const c = await cli(['merge', cut, '--out', join(root, 'cut-out')]);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/damaged shard/);
    expect(existsSync(join(root, 'cut-out'))).toBe(false);
  });

  it("refuses to replace another experiment's shard in a shared folder, and replaces the same experiment's (a retried job)", async () => {
    // Another seed's shard 0/2 was replaced without a word (hostile review 7); the merge only caught it later.
    const out = join(root, 'shared-folder');
    const shard = join(out, 'shard-0-of-2.carecap-shard');
    const run = (seed: string) => cli(['run', HUB_LOSS, '--seed', seed, '-r', '4', '--workers', '0', '--shard', '0/2', '--out', out]);
    expect((await run('1')).code).toBe(0);
    expect((await run('1')).code).toBe(0);
    const first = readFileSync(shard);
    const other = await run('2');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("shard-0-of-2.carecap-shard: holds shard 0/2 of another experiment (seed 1, 4 replications): this run would replace it");
    expect(readFileSync(shard).equals(first)).toBe(true);
  });

  it('refuses --shard without --out, with --precision, and a bad i/n', async () => {
    const noOut = await cli(['run', HUB_LOSS, '--seed', '1', '--shard', '0/2', '--workers', '0']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--shard needs --out DIR');
    const precision = await cli(['run', HUB_LOSS, '--seed', '1', '--shard', '0/2', '--precision', '0.1', '--out', join(root, 'p')]);
    expect(precision.code).toBe(2);
    expect(precision.stderr).toContain('--shard cannot be combined with --precision');
    const bad = await cli(['run', HUB_LOSS, '--seed', '1', '--shard', '2/2', '--out', join(root, 'p')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--shard <i/n>' argument '2/2' is invalid");
    expect(existsSync(join(root, 'p'))).toBe(false);
  });
});
