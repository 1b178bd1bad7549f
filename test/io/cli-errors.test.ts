import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built CLI (npm test builds first), as a user runs it.
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'carecap-cli-'));

describe('bad input: a clear message naming the file and the rule, exit 2, nothing written', () => {
  it('a scenario file that is not there', () => {
    const r = cli('run', join(dir, 'nope.yaml'), '--seed', '1', '--out', join(dir, 'out1'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml: cannot read the scenario \(ENOENT\)/);
    expect(existsSync(join(dir, 'out1'))).toBe(false);
  });

  it('a scenario that is not YAML', () => {
    const f = join(dir, 'bad.yaml');
    writeFileSync(f, 'name: [\n');
    const r = cli('run', f, '--seed', '1', '--out', join(dir, 'out2'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml: not valid YAML: .*line 2/);
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });

  it('an override that breaks the schema names the field', () => {
    const r = cli('run', 'scenarios/test/hub-loss.yaml', '--seed', '1', '--set', 'services.hub.beds=-1', '--out', join(dir, 'out3'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/hub-loss\.yaml: services\.hub\.beds: /);
    expect(existsSync(join(dir, 'out3'))).toBe(false);
  });

  it('a run without a seed (there is no default seed)', () => {
    const r = cli('run', 'scenarios/test/hub-loss.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--seed/);
  });

  it('a report of a folder without results', () => {
    const r = cli('report', join(dir, 'empty'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/results\.json: cannot read results/);
  });
});
