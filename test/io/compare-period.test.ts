import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/io/commands/compare.js';
import { InputError } from '../../src/io/input-error.js';

const HUB_LOSS = join(resolve(import.meta.dirname, '..', '..'), 'scenarios', 'test', 'hub-loss.yaml');

describe('compare pairs options with the baseline over the same period only', () => {
  it('an option with another horizon, start date or warm-up is refused, each named, and nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carecap-period-'));
    const file = join(dir, 'batch.yaml');
    writeFileSync(file, `baseline: ${HUB_LOSS}
options:
  - { name: Longer, set: { horizonYears: 3 } }
  - { name: Later, set: { startDate: 2030-04-01 } }
  - { name: Warmer, set: { warmupYears: 1 } }
  - { name: Same period, set: { services.hub.beds: 4 } }
`);
    const out = join(dir, 'out');
    let err: unknown;
    try {
      await compareCommand(undefined, [], { batch: file, seed: 1, replications: 2, workers: 0, set: [], json: false, out }, () => {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const problems = (err as InputError).problems;
    // hub-loss.yaml: 10 years from 2026-04-01 after a half-year warm-up.
    expect(problems).toEqual([
      'option "Longer": horizonYears is 3, the baseline\'s is 10: paired comparisons need the same period; change it for every scenario, or run the periods as separate runs',
      'option "Later": startDate is 2030-04-01, the baseline\'s is 2026-04-01: paired comparisons need the same period; change it for every scenario, or run the periods as separate runs',
      'option "Warmer": warmupYears is 1, the baseline\'s is 0.5: paired comparisons need the same period; change it for every scenario, or run the periods as separate runs',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('size and sensitivity pair over the same period only, as compare does', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' });

  it('size --vary horizonYears is refused for each configuration off today\'s period, not recommended as a saving', () => {
    const r = cli('size', HUB_LOSS, '--vary', 'horizonYears=9..10', '--target', 'spillover.share<=0.9', '-s', '1', '-r', '4', '--initial', '4', '-w', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("configuration horizonYears=9: horizonYears is 9, today's scenario's is 10: paired comparisons need the same period");
    expect(r.stderr).not.toContain('configuration horizonYears=10:');
  });

  it('sensitivity with a range or an option that moves the period is refused, naming it', () => {
    const range = cli('sensitivity', HUB_LOSS, '--range', 'horizonYears=2,4', '-s', '1', '-r', '4', '-w', '0');
    expect(range.status).toBe(2);
    expect(range.stderr).toContain("--range horizonYears=2,4 (low): horizonYears is 2, the central scenario's is 10");
    const option = cli('sensitivity', HUB_LOSS, '--range', 'services.hub.beds=2,4', '--option', 'startDate=2030-04-01', '-s', '1', '-r', '4', '-w', '0');
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("--option with the central scenario: startDate is 2030-04-01, the central scenario's is 2026-04-01");
  });
});
