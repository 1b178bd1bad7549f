import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built CLI (npm test builds first), as a user runs it.
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'carecap-unknown-'));

describe('a mistyped option is named as typed, before any required option is missed', () => {
  it('--sed for --seed: the typo and the nearest option, not "required option --seed not specified"', () => {
    const r = cli('run', 'scenarios/test/hub-loss.yaml', '--sed', '1', '--out', join(dir, 'a'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--sed' (Did you mean --seed?)");
    expect(r.stderr).not.toContain('required option');
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it('a transposition and an option with =value are matched; a word far from every option gets no guess', () => {
    expect(cli('compare', '--batch', 'x.yaml', '--seed', '1', '--replciations=5').stderr).toContain("unknown option '--replciations' (Did you mean --replications?)");
    const far = cli('size', 'scenarios/test/hub-loss.yaml', '--seed', '1', '--zzzz');
    expect(far.status).toBe(2);
    expect(far.stderr).toMatch(/unknown option '--zzzz'\s*$/);
  });

  it('known options written as --name=value still run', () => {
    const r = cli('run', 'scenarios/test/hub-loss.yaml', '--seed=1', '-r', '2', '--workers=1', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).provenance.replications).toBe(2);
  });
});
