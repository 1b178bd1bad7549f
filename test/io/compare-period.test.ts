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
      'option "Longer": horizonYears is 3, the baseline\'s is 10: options are compared with the baseline over the same period; change the baseline too, or compare the periods as separate runs',
      'option "Later": startDate is 2030-04-01, the baseline\'s is 2026-04-01: options are compared with the baseline over the same period; change the baseline too, or compare the periods as separate runs',
      'option "Warmer": warmupYears is 1, the baseline\'s is 0.5: options are compared with the baseline over the same period; change the baseline too, or compare the periods as separate runs',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
