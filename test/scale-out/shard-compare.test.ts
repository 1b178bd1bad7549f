import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fourBeds, HUB_LOSS, resultsWithoutRunTimes, tempDir } from './helpers.js';

describe('carecap compare --shard and carecap merge', () => {
  it('two shards of a comparison merge to the files a one-machine compare writes', async () => {
    const root = tempDir();
    const option = fourBeds(root);
    const common = ['compare', HUB_LOSS, option, '--seed', '5', '-r', '23', '--set', 'horizonYears=2', '--workers', '0'];
    expect((await cli([...common, '--out', join(root, 'one')])).code).toBe(0);
    for (const shard of ['0/2', '1/2']) {
      const r = await cli([...common, '--shard', shard, '--out', join(root, 'shards')]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const merged = join(root, 'merged');
    expect((await cli(['merge', join(root, 'shards'), '--out', merged])).code).toBe(0);
    for (const f of ['summary.csv', 'differences.csv']) expect(readFileSync(join(merged, f)), f).toEqual(readFileSync(join(root, 'one', f)));
    expect(resultsWithoutRunTimes(merged)).toEqual(resultsWithoutRunTimes(join(root, 'one')));
    rmSync(root, { recursive: true, force: true });
  });
});
