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
  it('without an option: moves from the central value per assumption, ranked by the bar from central to each end', () => {
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

  it('ranks by the bar drawn, from the least to the greatest of low, central and high: both ends on one side count', () => {
    const t = new Tornado(Array.from({ length: 10 }, cat), assumptions, true);
    // Central effect −20. A: −5 at low, −1 at high: both above central, |high − low| 4 but the bar runs −20 to −1 (19).
    // B: −30 at low, −12 at high: |high − low| 18, bar −30 to −12 (18). A's bar is the longer: A ranks first.
    // Option arms = base arms [100, 90, 130, 95, 105] plus those effects.
    feed(t, [...baseArms, 80, 85, 129, 65, 93], 2);
    const rows = t.rows('f');
    expect(rows.map((r) => [r.optionAtLow?.meanDifference, r.optionAtHigh?.meanDifference])).toEqual([[-5, -1], [-30, -12]]);
    expect(rows.map((r) => r.assumption)).toEqual(['A', 'B']);
    expect(rows.map((r) => r.swing)).toEqual([19, 18]);
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

describe('the tornado says whether each swing can be told from zero', () => {
  // Replication r adds noise n_r to every arm (common random numbers) and, to the A-high arm only, its own
  // noise e_r: high − low for A is 40 + e_r, so its interval is exactly the t interval of 40 + e_r.
  const noise = [3, -1, 4, -1, 5, -9, 2, 6];
  const own = [2, -3, 1, 0, -2, 4, -1, -1];
  function feedNoisy(t: Tornado, arms: number[], extraArm: number, scale: number) {
    noise.forEach((n, r) => t.add(arms.map((v, a) => ({ replication: r, events: 0, values: [v + n + (a === extraArm ? scale * own[r] : 0)], weekly: [] }) as ReplicationResult)));
  }
  const tInterval = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
    const half = (2.3646 * sd) / Math.sqrt(xs.length); // t(0.975, 7 df) from a table
    return [m, m - half, m + half];
  };

  it('pairs high − low replication by replication: the common noise cancels, the arm\'s own noise stays', () => {
    const t = new Tornado(Array.from({ length: 5 }, cat), assumptions, false);
    feedNoisy(t, baseArms, 2, 1);
    const a = t.rows('f').find((r) => r.assumption === 'A')!;
    const [m, lo, hi] = tInterval(own.map((e) => 40 + e));
    expect(a.highMinusLow!.mean).toBeCloseTo(m, 9);
    expect(a.highMinusLow!.ci95[0]).toBeCloseTo(lo, 3);
    expect(a.highMinusLow!.ci95[1]).toBeCloseTo(hi, 3);
    expect(a.highMinusLow!.clearOfZero).toBe(true);
    // B's arms carry only the common noise: high − low is 10 in every replication.
    const b = t.rows('f').find((r) => r.assumption === 'B')!;
    expect(b.highMinusLow).toEqual({ mean: 10, ci95: [10, 10], clearOfZero: true });
  });

  it('calls a swing that noise could give "cannot be told from zero", even when it ranks first', () => {
    const t = new Tornado(Array.from({ length: 5 }, cat), assumptions, false);
    feedNoisy(t, baseArms, 2, 40); // A: high − low = 40 + 40·e_r, mean 40, sd ≈ 80: the interval straddles zero
    const rows = t.rows('f');
    expect(rows[0].assumption).toBe('A');
    expect(rows[0].highMinusLow!.clearOfZero).toBe(false);
    expect(rows[0].highMinusLow!.ci95[0]).toBeLessThan(0);
  });

  it("with an option, pairs the option's effect at high against its effect at low", () => {
    const t = new Tornado(Array.from({ length: 10 }, cat), assumptions, true);
    // The option arm of A-high (arm 5 + 2) gets its own noise: A's effect goes −15 (low) → −30 + e_r (high).
    feedNoisy(t, [...baseArms, ...optionArms], 7, 1);
    const a = t.rows('f').find((r) => r.assumption === 'A')!;
    const [m, lo, hi] = tInterval(own.map((e) => -15 + e));
    expect(a.highMinusLow!.mean).toBeCloseTo(m, 9);
    expect(a.highMinusLow!.ci95[0]).toBeCloseTo(lo, 3);
    expect(a.highMinusLow!.ci95[1]).toBeCloseTo(hi, 3);
  });
});
