import { describe, expect, it } from 'vitest';
import { Tornado } from '../../src/capacity/tornado.js';
import type { MetricCatalogue, MetricInfo, ReplicationResult } from '../../src/sim/results.js';

const cat = (): MetricCatalogue => ({
  scalars: [{ id: 'f', label: 'f', unit: 'count' } as unknown as MetricInfo],
  series: [],
  weekStarts: [],
});
const assumptions = [
  { label: 'A', low: 'a-low', high: 'a-high' },
  { label: 'B', low: 'b-low', high: 'b-high' },
];
// Arms: central, A low, A high, B low, B high; then the same with the option.
const baseArms = [100, 90, 130, 95, 105];
const optionArms = [80, 75, 100, 60, 100];

function feed(t: Tornado, arms: number[], reps: number) {
  for (let r = 0; r < reps; r++) {
    // The same shift r in every arm: common random numbers, so each paired difference is exact.
    t.add(arms.map((v) => ({ replication: r, events: 0, values: [v + r], weekly: [] }) as ReplicationResult));
  }
}

describe('tornado of one-at-a-time sensitivity', () => {
  it('without an option: moves from the central value per assumption, ranked by |high − low|', () => {
    const t = new Tornado(Array.from({ length: 5 }, cat), assumptions, false);
    feed(t, baseArms, 3);
    expect(t.count).toBe(3);
    expect(t.centralOptionEffect('f')).toBeUndefined();
    const rows = t.rows('f');
    expect(rows.map((r) => r.assumption)).toEqual(['A', 'B']);
    expect(rows.map((r) => [r.low, r.high])).toEqual([['a-low', 'a-high'], ['b-low', 'b-high']]);
    expect(rows.map((r) => [r.atLow.meanDifference, r.atHigh.meanDifference])).toEqual([[-10, 30], [-5, 5]]);
    expect(rows.map((r) => r.swing)).toEqual([40, 10]);
    expect(rows.every((r) => !('optionAtLow' in r) && !('optionAtHigh' in r))).toBe(true);
  });

  it("with an option: ranks by the swing of the option's effect (option − baseline) at low and high", () => {
    const t = new Tornado(Array.from({ length: 10 }, cat), assumptions, true);
    feed(t, [...baseArms, ...optionArms], 2);
    expect(t.centralOptionEffect('f')?.meanDifference).toBe(-20);
    expect(t.centralOptionEffect('g')).toBeUndefined();
    const rows = t.rows('f');
    // A: effects −15 at low, −30 at high (swing 15); B: −35 and −5 (swing 30).
    expect(rows.map((r) => r.assumption)).toEqual(['B', 'A']);
    expect(rows.map((r) => [r.optionAtLow?.meanDifference, r.optionAtHigh?.meanDifference])).toEqual([[-35, -5], [-15, -30]]);
    expect(rows.map((r) => [r.atLow.meanDifference, r.atHigh.meanDifference])).toEqual([[-5, 5], [-10, 30]]);
    expect(rows.map((r) => r.swing)).toEqual([30, 15]);
  });

  it("reads each option arm through its own catalogue (an option may add figures)", () => {
    const optionCat = (): MetricCatalogue => ({
      scalars: [{ id: 'g', label: 'g', unit: 'count' } as unknown as MetricInfo, { id: 'f', label: 'f', unit: 'count' } as unknown as MetricInfo],
      series: [],
      weekStarts: [],
    });
    const t = new Tornado([...Array.from({ length: 5 }, cat), ...Array.from({ length: 5 }, optionCat)], assumptions, true);
    for (let r = 0; r < 2; r++) {
      t.add([
        ...baseArms.map((v) => ({ replication: r, events: 0, values: [v + r], weekly: [] }) as ReplicationResult),
        ...optionArms.map((v) => ({ replication: r, events: 0, values: [999, v + r], weekly: [] }) as ReplicationResult),
      ]);
    }
    const rows = t.rows('f');
    expect(rows.map((r) => [r.assumption, r.optionAtLow?.meanDifference, r.optionAtHigh?.meanDifference])).toEqual([['B', -35, -5], ['A', -15, -30]]);
  });

  it('refuses the wrong number of arms, saying how many it expected', () => {
    expect(() => new Tornado(Array.from({ length: 5 }, cat), assumptions, true)).toThrow('Tornado: expected 10 arms, got 5');
    expect(() => new Tornado(Array.from({ length: 4 }, cat), assumptions, false)).toThrow('Tornado: expected 5 arms, got 4');
  });

  it('names a figure it does not know', () => {
    const t = new Tornado(Array.from({ length: 5 }, cat), assumptions, false);
    feed(t, baseArms, 2);
    expect(() => t.rows('nope')).toThrow('no figure nope');
  });
});
