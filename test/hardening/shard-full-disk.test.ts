import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

describe('a shard written to a full disk', () => {
  it.runIf(existsSync('/dev/full'))('is exit 2 naming the folder and the reason, with no shard or partial file left', () => {
    const out = join(tempDir(), 'shards');
    mkdirSync(out);
    // The shard is written to <name>.partial: pointed at /dev/full, every write fails with ENOSPC, as on a full disk.
    symlinkSync('/dev/full', join(out, 'shard-0-of-1.carecap-shard.partial'));
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'run', 'scenarios/test/hub-loss.yaml', '-s', '1', '-r', '20', '-w', '0', '--shard', '0/1', '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${out}: cannot write results here (ENOSPC: the disk is full)`);
    expect(r.stderr).not.toContain('internal error');
    expect(readdirSync(out)).toEqual([]);
  });
});
