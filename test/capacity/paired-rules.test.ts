import { describe, expect, it } from 'vitest';
import type { MetricCatalogue, ReplicationResult } from '../../src/sim/results.js';
import { CoMoments } from '../../src/capacity/co-moments.js';
import { PairedSummariser } from '../../src/capacity/paired-summariser.js';
import { Comparison } from '../../src/capacity/compare.js';

/** Rules of paired differences on common random numbers and their moments (docs/sizing.md, compare). */

const result = (replication: number, values: number[]): ReplicationResult => ({ replication, events: 0, values, weekly: [] });

describe('co-moments of variables observed together', () => {
  it('counts observations and gives the sample variance and covariance with an n − 1 divisor', () => {
    const m = new CoMoments(2);
    // x = [10, 12, 17], y = [5, 1, 0]: x̄ = 13, ȳ = 2;
    // var x = (9 + 1 + 16)/2 = 13, var y = (9 + 1 + 4)/2 = 7, cov = (−3·3 + −1·−1 + 4·−2)/2 = −8.
    [[10, 5], [12, 1], [17, 0]].forEach((r) => m.add(r));
    expect(m.count).toBe(3);
    expect(m.mean(0)).toBeCloseTo(13, 12);
    expect(m.mean(1)).toBeCloseTo(2, 12);
    expect(m.varianceOf([1, 0])).toBeCloseTo(13, 12);
    expect(m.varianceOf([0, 1])).toBeCloseTo(7, 12);
    // var(x − y) = 13 + 7 − 2·(−8) = 36.
    expect(m.varianceOf([1, -1])).toBeCloseTo(36, 12);
  });

  it('keeps the variance of pound totals near £1bn to 1e-12 relative (values shifted by the first)', () => {
    // 200 totals of £1bn plus whole quarter-pounds 0 to 1.75; reference: a two-pass variance of the offsets from £1bn.
    const offsets = Array.from({ length: 200 }, (_, i) => 0.25 * ((i * 37) % 8));
    const mean = offsets.reduce((a, b) => a + b, 0) / offsets.length;
    const exact = offsets.reduce((a, b) => a + (b - mean) ** 2, 0) / (offsets.length - 1);
    const m = new CoMoments(1);
    offsets.forEach((o) => m.add([1e9 + o]));
    expect(Math.abs(m.varianceOf([1]) - exact) / exact).toBeLessThan(1e-12);
    expect(m.mean(0) - 1e9).toBeCloseTo(mean, 9);
  });

  it('gives variance 0 from one observation and the sample variance from two', () => {
    const m = new CoMoments(1);
    m.add([4]);
    expect(m.varianceOf([1])).toBe(0);
    m.add([10]);
    // (4 − 7)² + (10 − 7)² over 1 = 18.
    expect(m.varianceOf([1])).toBeCloseTo(18, 12);
  });
});

const cat = (ids: string[], ratio?: Record<string, { numerator: string; denominator: string }>): MetricCatalogue => ({
  scalars: ids.map((id) => ({ id, label: id, unit: 'count' as const, group: 'g', ...(ratio?.[id] ? { ratio: ratio[id] } : {}) })),
  series: [], weekStarts: [],
});

describe('paired differences', () => {
  it('is clear of zero from two replications when the t interval (1 df) excludes zero', () => {
    const c = cat(['a']);
    const p = new PairedSummariser(c, c);
    // Differences 10 and 11: mean 10.5, sd √0.5, half-width 12.7062·√0.5/√2 = 6.35 → [4.15, 16.85].
    p.add(result(0, [0]), result(0, [10]));
    p.add(result(1, [0]), result(1, [11]));
    const [d] = p.differences();
    expect(d.n).toBe(2);
    expect(d.ci95[0]).toBeCloseTo(10.5 - 12.706204736174705 * 0.5, 6);
    expect(d.clearOfZero).toBe(true);
  });

  it('compares a figure as a plain difference when only the baseline knows it as a ratio', () => {
    const base = cat(['share', 'num', 'den'], { share: { numerator: 'num', denominator: 'den' } });
    const opt = cat(['share', 'num', 'den']);
    const p = new PairedSummariser(base, opt);
    p.add(result(0, [0.5, 1, 2]), result(0, [0.25, 1, 4]));
    p.add(result(1, [0.5, 3, 6]), result(1, [0.75, 3, 4]));
    const share = p.differences()[0];
    // Plain means: baseline 0.5, option 0.5, differences −0.25 and +0.25.
    expect(share.baseline).toBeCloseTo(0.5, 12);
    expect(share.meanDifference).toBeCloseTo(0, 12);
    expect(share.sdDifference).toBeCloseTo(Math.sqrt(0.125), 12);
  });

  it('names the caller and the replication when results arrive out of order', () => {
    const c = cat(['a']);
    const p = new PairedSummariser(c, c);
    p.add(result(4, [1]), result(4, [1]));
    expect(() => p.add(result(3, [1]), result(3, [1]))).toThrow(/^PairedSummariser\.add: replication 3 arrived after 4/);
  });

  it('names the replication and the figure holding a non-finite value, baseline or option', () => {
    const c = cat(['a', 'cost.total']);
    const p = new PairedSummariser(c, c);
    expect(() => p.add(result(7, [1, NaN]), result(7, [1, 2]))).toThrow('replication 7: baseline figure cost.total is NaN, not a finite number');
    expect(() => p.add(result(8, [1, 2]), result(8, [Infinity, 2]))).toThrow('replication 8: option figure a is Infinity, not a finite number');
  });
});

describe('a comparison of options against a baseline', () => {
  const c = cat(['cost.total', 'spillover.count']);

  it('counts replications and keeps the baseline figures', () => {
    const cmp = new Comparison(c, [c]);
    cmp.add([result(0, [100, 2]), result(0, [90, 1])]);
    cmp.add([result(1, [200, 4]), result(1, [150, 3])]);
    expect(cmp.count).toBe(2);
    const base = cmp.baselineFigures();
    expect(base.map((f) => f.id)).toEqual(['cost.total', 'spillover.count']);
    expect(base[0].mean).toBeCloseTo(150, 12);
    expect(base[1].mean).toBeCloseTo(3, 12);
  });

  it('refuses a replication without exactly one result per arm', () => {
    const cmp = new Comparison(c, [c, c]);
    expect(() => cmp.add([result(0, [100, 2]), result(0, [90, 1])])).toThrow('Comparison.add: expected 3 results, got 2');
  });
});
