import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { rerunCommand, shellQuote } from '../../src/io/rerun-command.js';

/**
 * The re-run line printed after a model failure is meant to be pasted into a
 * shell: it must pass every argument as typed (hostile review 3: double
 * quotes let `$(…)` run) and name the scenario and every --set that made the arm.
 */
describe('the re-run command of a failed replication', () => {
  it('pastes into a POSIX shell as exactly the arguments given, whatever they hold', () => {
    const file = "/tmp/we ird$(echo pwned)`id`'s.yaml";
    const sets = ['name=Cost $5k', "note=it's \"quoted\"\nand two lines", 'services.hub.beds=4'];
    const line = rerunCommand(file, sets, 7, 3);
    // sh parses the line; printf shows each word it got, one per line (NUL-separated).
    const got = spawnSync('sh', ['-c', `set -- ${line.replace(/^carecap run /, '')}; printf '%s\\0' "$@"`], { encoding: 'utf8' });
    expect(got.status).toBe(0);
    expect(got.stdout.split('\0').slice(0, -1)).toEqual([file, '--seed', '7', ...sets.flatMap((x) => ['--set', x]), '--replication', '3']);
  });

  it('leaves plain words bare, so the common case reads as typed', () => {
    expect(shellQuote('scenarios/leicestershire.yaml')).toBe('scenarios/leicestershire.yaml');
    expect(shellQuote('services.hub.beds=4')).toBe('services.hub.beds=4');
    expect(shellQuote('a b')).toBe("'a b'");
  });

  it('sensitivity names the scenario and the --range value of the arm that failed, not a placeholder', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'sensitivity', 'scenarios/test/hub-loss.yaml', '--range', 'limits.eventsPerReplication=60,500000', '-s', '1', '-r', '3', '-w', '0'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('re-run it alone with: carecap run scenarios/test/hub-loss.yaml --seed 1 --set limits.eventsPerReplication=60 --replication 0');
    expect(r.stderr).not.toContain('SCENARIO');
  });
});

describe('a run whose first replication fails', () => {
  it('says no replication finished, not "One replication", and prints no empty table', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'run', 'scenarios/test/hub-loss.yaml', '--seed', '1', '-r', '3', '-w', '0', '--set', 'limits.eventsPerReplication=5'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('No replication finished, so there are no figures');
    expect(r.stdout).not.toContain('One replication');
    expect(r.stdout).not.toMatch(/Figure\s+Unit/);
  });
});
