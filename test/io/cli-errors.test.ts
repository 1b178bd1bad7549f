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

  it('the wrong kind of file says what it is and what to do with it', () => {
    const batch = cli('run', 'scenarios/options/seeds-choices.yaml', '--seed', '1');
    expect(batch.status).toBe(2);
    expect(batch.stderr).toContain('scenarios/options/seeds-choices.yaml: this is a compare batch file (baseline and options), not a scenario: give it to compare as `--batch scenarios/options/seeds-choices.yaml`');
    const noFlag = cli('compare', 'scenarios/options/seeds-choices.yaml', '--seed', '1');
    expect(noFlag.status).toBe(2);
    expect(noFlag.stderr).toContain('this is a compare batch file');
    const csv = cli('run', 'scenarios/leicestershire-caseload.csv', '--seed', '1');
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain("scenarios/leicestershire-caseload.csv: this is a CSV file, not a scenario: a caseload CSV is named in a scenario's `caseload:` field");
  });

  it('an empty --out (an unset variable) is refused, not a run that writes nothing', () => {
    const r = cli('run', 'scenarios/test/hub-loss.yaml', '--seed', '1', '-r', '2', '--out', '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected a folder name, got an empty one');
    expect(r.stdout).toBe('');
  });
});
