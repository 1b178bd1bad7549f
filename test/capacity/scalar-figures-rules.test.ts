import { describe, expect, it } from 'vitest';
import { figureIndex, scalarCatalogue } from '../../src/capacity/scalar-figures.js';
import type { MetricCatalogue, MetricInfo } from '../../src/sim/results.js';

const info = (id: string, ratio?: MetricInfo['ratio']) => ({ id, label: id, unit: 'count', ...(ratio ? { ratio } : {}) }) as unknown as MetricInfo;

const catalogue: MetricCatalogue = {
  scalars: [
    info('spillover.share', { numerator: 'spillover.children', denominator: 'referrals' }),
    info('spillover.children'),
    info('referrals'),
    info('cost.fy2026'),
    info('a.cost.fy'),
    info('house.1.occupancy'),
    info('home.2.occupancy'),
    info('x.house.1'),
    info('house.total'),
  ],
  series: [],
  weekStarts: ['2026-04-06'],
};

describe('scalar catalogue for comparisons and sizing searches', () => {
  it('keeps the chosen figures, brings a ratio its numerator and denominator, drops unknown ids and all weekly data', () => {
    const reduced = scalarCatalogue(catalogue, ['spillover.share', 'no.such.figure']);
    expect(reduced.scalars.map((s) => s.id)).toEqual(['spillover.share', 'spillover.children', 'referrals']);
    expect(reduced.series).toEqual([]);
    expect(reduced.weekStarts).toEqual([]);
  });
});

describe('asking for a figure that does not exist', () => {
  it('finds a known figure by position', () => {
    expect(figureIndex(catalogue, 'referrals')).toBe(2);
  });

  it('names the known figures, leaving out per-year costs and per-house/home figures', () => {
    expect(() => figureIndex(catalogue, 'spilover.share')).toThrow(
      'no figure "spilover.share"; figures include spillover.share, spillover.children, referrals, a.cost.fy, x.house.1, house.total',
    );
  });
});
