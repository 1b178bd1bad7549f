import { describe, expect, it } from 'vitest';
import type { MetricCatalogue } from '../../src/sim/results.js';
import { PairedSummariser } from '../../src/capacity/paired-summariser.js';
import { CATALOGUE, fakeResults } from './fixtures.js';

describe('PairedSummariser', () => {
  it('gives zero difference, not clear of zero, for identical inputs', () => {
    const p = new PairedSummariser(CATALOGUE, CATALOGUE);
    fakeResults(50).forEach((r) => p.add(r, r));
    for (const d of p.differences()) {
      expect(d.meanDifference).toBe(0);
      expect(d.sdDifference).toBe(0);
      expect(d.ci95).toEqual([0, 0]);
      expect(d.clearOfZero).toBe(false);
      expect(d.option).toBe(d.baseline);
    }
  });

  it('recovers an exact shift, clear of zero', () => {
    const p = new PairedSummariser(CATALOGUE, CATALOGUE);
    fakeResults(30).forEach((r, i) => {
      const base = { ...r, values: [i, 1000 + 2 * i] }; // integers: shifts are exact
      p.add(base, { ...base, values: [i + 3.5, 1000 + 2 * i - 250] });
    });
    const [util, cost] = p.differences();
    expect(util).toMatchObject({ id: 'hub.utilisation', n: 30, meanDifference: 3.5, sdDifference: 0, ci95: [3.5, 3.5], clearOfZero: true });
    expect(cost).toMatchObject({ meanDifference: -250, clearOfZero: true, baseline: 1029, option: 779 });
  });

  it('uses a t interval on noisy differences and pairs only shared ids', () => {
    const option: MetricCatalogue = { ...CATALOGUE, scalars: [CATALOGUE.scalars[1], { id: 'x', label: 'x', unit: 'count', group: 'g' }] };
    const p = new PairedSummariser(CATALOGUE, option);
    const results = fakeResults(40);
    results.forEach((r) => p.add(r, { ...r, values: [r.values[1] + (r.replication % 2 ? 1 : -1), 7] }));
    const ds = p.differences();
    expect(ds.map((d) => d.id)).toEqual(['cost.external']);
    const sd = Math.sqrt(40 / 39); // differences are +-1, 20 of each
    expect(ds[0].meanDifference).toBeCloseTo(0, 9);
    expect(ds[0].sdDifference).toBeCloseTo(sd, 9);
    expect(ds[0].ci95[1]).toBeCloseTo((2.022690920036761 * sd) / Math.sqrt(40), 9); // t_{0.975, 39}, scipy.stats.t.ppf
    expect(ds[0].clearOfZero).toBe(false);
  });

  it('throws on mismatched or out-of-order pairs; n = 1 is never clear of zero', () => {
    const [a, b] = fakeResults(2);
    const p = new PairedSummariser(CATALOGUE, CATALOGUE);
    expect(() => p.add(a, b)).toThrow(/baseline replication 0 paired with option replication 1/);
    p.add(b, { ...b, values: [5, 5] });
    expect(() => p.add(a, a)).toThrow(/strictly increasing/);
    expect(p.differences().every((d) => !d.clearOfZero && d.sdDifference === 0)).toBe(true);
  });

  it('gives the P10 and P90 of the per-replication difference (type 7), not of either arm', () => {
    const p = new PairedSummariser(CATALOGUE, CATALOGUE);
    // Differences 0, 1, ..., 20 in a scrambled order; the arms themselves run far wider (0..2,000).
    fakeResults(21).forEach((r, i) => {
      const d = (i * 8) % 21;
      const base = { ...r, values: [100 * i, 5] };
      p.add(base, { ...base, values: [100 * i + d, 5 - d] });
    });
    const [util, cost] = p.differences();
    // Type 7 on 0..20: h = 20 p, so P10 = 2 and P90 = 18 exactly; the second figure's differences are their negatives.
    expect(util.p10p90).toEqual([2, 18]);
    expect(cost.p10p90).toEqual([-18, -2]);
  });

  it('gives no P10 to P90 for a ratio figure, compared as a ratio of totals', () => {
    const ratio: MetricCatalogue = { ...CATALOGUE, scalars: [
      { id: 'n', label: 'n', unit: 'count', group: 'g' }, { id: 'd', label: 'd', unit: 'count', group: 'g' },
      { id: 'r', label: 'r', unit: 'share', group: 'g', ratio: { numerator: 'n', denominator: 'd' } },
    ] };
    const p = new PairedSummariser(ratio, ratio);
    fakeResults(10).forEach((r, i) => p.add({ ...r, values: [i, 10, i / 10] }, { ...r, values: [i + 1, 10, (i + 1) / 10] }));
    const byId = new Map(p.differences().map((d) => [d.id, d]));
    expect(byId.get('n')!.p10p90).toEqual([1, 1]);
    expect(byId.get('r')!.p10p90).toBeUndefined();
  });

  it('a ratio figure identical in both arms in every replication is exactly no difference, not rounding noise', () => {
    const ratio: MetricCatalogue = { ...CATALOGUE, scalars: [
      { id: 'n', label: 'n', unit: 'count', group: 'g' }, { id: 'd', label: 'd', unit: 'count', group: 'g' },
      { id: 'r', label: 'r', unit: 'share', group: 'g', ratio: { numerator: 'n', denominator: 'd' } },
    ] };
    const p = new PairedSummariser(ratio, ratio);
    // Values whose ratio sums are not exact in binary: the delta-method sd came out near 1e-9, not 0.
    fakeResults(7).forEach((r, i) => {
      const values = [0.1 * (i + 1), 0.3 * (i + 2), (0.1 * (i + 1)) / (0.3 * (i + 2))];
      p.add({ ...r, values }, { ...r, values: [...values] });
    });
    const d = p.differences().find((x) => x.id === 'r')!;
    expect(d).toMatchObject({ meanDifference: 0, sdDifference: 0, ci95: [0, 0], clearOfZero: false });
  });
});

