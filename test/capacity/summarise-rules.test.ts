import { describe, expect, it } from 'vitest';
import { RunningMoments } from '../../src/capacity/running-moments.js';
import { Summariser, interval, intervalOf, ratioPositions } from '../../src/capacity/summarise.js';
import type { MetricCatalogue } from '../../src/sim/results.js';
import { CATALOGUE } from './fixtures.js';

// Printed two-sided 95% t table: t_{0.975,1} = 12.7062, t_{0.975,3} = 3.1824.
const T1 = 12.7062;

function moments(xs: number[]): RunningMoments {
  const m = new RunningMoments();
  xs.forEach((x) => m.add(x));
  return m;
}

const good = (replication: number) => ({ replication, events: 1, values: [0.5, 10], weekly: [[1, 2, 3]] });

describe('interval / intervalOf rules', () => {
  it('two replications already give a t interval with df = 1 (not the n < 2 placeholder)', () => {
    // [1, 3]: mean 2, s = sqrt(2), half = 12.7062 * sqrt(2) / sqrt(2) = 12.7062
    const r = interval(moments([1, 3]));
    expect(r.mean).toBe(2);
    expect(r.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(r.ci95[0]).toBeCloseTo(2 - T1, 3);
    expect(r.ci95[1]).toBeCloseTo(2 + T1, 3);
  });

  it('intervalOf with one replication is the NaN-free placeholder {mean, sd 0, [mean, mean]}', () => {
    expect(intervalOf(7, 3, 1)).toEqual({ mean: 7, sd: 0, ci95: [7, 7] });
  });

  it('intervalOf with two replications uses df = n - 1 = 1 (half = 12.7062 * 2 / sqrt 2)', () => {
    const r = intervalOf(5, 2, 2);
    expect(r.sd).toBe(2);
    const half = (T1 * 2) / Math.SQRT2; // 17.9694
    expect(r.ci95[0]).toBeCloseTo(5 - half, 3);
    expect(r.ci95[1]).toBeCloseTo(5 + half, 3);
  });
});

describe('ratioPositions rules', () => {
  const cat = (scalars: MetricCatalogue['scalars']): MetricCatalogue => ({ scalars, series: [], weekStarts: [] });
  const s = (id: string, ratio?: { numerator: string; denominator: string }) =>
    ({ id, label: id, unit: 'x', group: 'g', ...(ratio ? { ratio } : {}) }) as MetricCatalogue['scalars'][number];

  it('a figure without a ratio has no positions', () => {
    expect(ratioPositions(cat([s('a'), s('b')]))).toEqual([null, null]);
  });

  it('a ratio whose denominator is not in the catalogue has no positions', () => {
    expect(ratioPositions(cat([s('a'), s('r', { numerator: 'a', denominator: 'missing' })]))).toEqual([null, null]);
  });

  it('a ratio whose numerator is not in the catalogue has no positions', () => {
    expect(ratioPositions(cat([s('b'), s('r', { numerator: 'missing', denominator: 'b' })]))).toEqual([null, null]);
  });

  it('a ratio of two present figures gets their positions', () => {
    expect(ratioPositions(cat([s('a'), s('b'), s('r', { numerator: 'b', denominator: 'a' })]))).toEqual([null, null, { x: 1, y: 0 }]);
  });
});

describe('Summariser.add error messages name the replication, series and week', () => {
  it('a non-finite figure names the replication', () => {
    const s = new Summariser(CATALOGUE);
    expect(() => s.add({ ...good(4), values: [NaN, 1] })).toThrow(/^replication 4: figure hub\.utilisation is NaN/);
  });

  it('out-of-order replications name Summariser.add', () => {
    const s = new Summariser(CATALOGUE);
    s.add(good(2));
    expect(() => s.add(good(1))).toThrow(/^Summariser\.add: replication 1 arrived after 2/);
  });

  it('a wrong number of weekly series is rejected with the counts', () => {
    const s = new Summariser(CATALOGUE);
    expect(() => s.add({ ...good(0), weekly: [[1, 2, 3], [1, 2, 3]] })).toThrow('replication 0: expected 1 weekly series, got 2');
    expect(() => s.add({ ...good(0), weekly: [] })).toThrow('replication 0: expected 1 weekly series, got 0');
    expect(s.count).toBe(0);
  });

  it('a non-finite weekly value names the series and week', () => {
    const s = new Summariser(CATALOGUE);
    expect(() => s.add({ ...good(3), weekly: [[1, Infinity, 3]] })).toThrow(
      'replication 3, series hub.occupancy: series hub.occupancy week 1 is Infinity, not a finite number',
    );
  });
});
