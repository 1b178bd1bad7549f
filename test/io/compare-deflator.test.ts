import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built CLI (npm test builds first).
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'carecap-deflator-'));
const batch = join(dir, 'batch.yaml');
writeFileSync(batch, `baseline: ${resolve('scenarios/test/hub-loss.yaml')}\noptions:\n  - name: Four beds\n    set: { services.hub.beds: 4 }\n`);

/** The one option's NPV, cash total difference and discounting words, for extra command-line words. */
function decision(...extra: string[]) {
  const r = cli('compare', '--batch', batch, '--seed', '3', '-r', '4', '--workers', '0', '--json', ...extra);
  expect(r.status, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout);
  const o = doc.options[0];
  return {
    npv: o.decision.npv.gbp as number, words: o.decision.npv.discounting as string,
    cash: o.differences.find((d: { id: string }) => d.id === 'cost.total').meanDifference as number,
    assumption: doc.scenario.assumptions.find((a: { item: string }) => a.item.startsWith('Discounting')).value as string,
    experimentHash: doc.provenance.experimentHash as string,
  };
}

describe('net present value: cash deflated by general inflation, not by the price of care', () => {
  it('moves with the scenario\'s cost growth, as the cash does (it was blind to it when deflated by it)', () => {
    const slow = decision('--set', 'costGrowthPerYear=0.02');
    const fast = decision('--set', 'costGrowthPerYear=0.06');
    expect(fast.cash).not.toBe(slow.cash);
    // The option saves (a fourth bed turns fewer children away at £6,000+ a week): faster care inflation saves more, in cash and in real terms.
    expect(Math.abs(fast.npv)).toBeGreaterThan(Math.abs(slow.npv) * 1.05);
  });

  it('moves with --deflator, which leaves the cash alone, and is said in the sentence, the assumptions and the hash', () => {
    const two = decision();
    const five = decision('--deflator', '0.05');
    expect(five.cash).toBe(two.cash);
    expect(five.npv).not.toBe(two.npv);
    expect(two.words).toContain('after deflating by general inflation (GDP deflator) of 2% a year');
    expect(two.assumption).toContain('general inflation of 2% a year (the GDP deflator; --deflator): 5.57% a year on cash');
    expect(five.assumption).toContain('general inflation of 5% a year');
    expect(five.experimentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(five.experimentHash).not.toBe(two.experimentHash);
  });
});
