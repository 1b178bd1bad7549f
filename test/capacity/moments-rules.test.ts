import { describe, expect, it } from 'vitest';
import { projectReplications, relativeHalfWidth, replicationsNeeded } from '../../src/capacity/precision.js';
import type { FigureSummary } from '../../src/capacity/result-document.js';
import { RunningMoments } from '../../src/capacity/running-moments.js';

const fig = (id: string, n: number, mean: number, ci95: [number, number]): FigureSummary =>
  ({ id, label: id, unit: 'share', group: 'g', n, mean, sd: 0, ci95, p2_5: 0, p10: 0, p50: 0, p90: 0, p97_5: 0, min: 0, max: 0 }) as FigureSummary;

describe('RunningMoments rules', () => {
  it('an empty accumulator reports NaN for variance, min and max', () => {
    const m = new RunningMoments();
    expect(m.variance).toBeNaN();
    expect(m.min).toBeNaN();
    expect(m.max).toBeNaN();
  });

  it('two observations already have a sample variance: [1, 3] -> (1 + 1) / 1 = 2', () => {
    const m = new RunningMoments();
    m.add(1);
    m.add(3);
    expect(m.variance).toBe(2);
    expect(m.sd).toBe(Math.SQRT2);
  });
});

describe('precision rules', () => {
  it('two replications already give a relative half-width: [8, 12] around 10 -> 0.2', () => {
    expect(relativeHalfWidth(fig('a', 2, 10, [8, 12]))).toBeCloseTo(0.2, 12);
  });

  it('missing ids are all named, comma separated', () => {
    expect(() => replicationsNeeded([fig('a', 5, 1, [0.9, 1.1])], ['b', 'c'], 0.1)).toThrow('precision: no figure with id b, c');
  });

  it('a projection with no finite precision is Infinity even with no replications (never NaN)', () => {
    expect(projectReplications([fig('a', 0, 0, [0, 0])], ['a'], 0.05)).toBe(Infinity);
  });
});
