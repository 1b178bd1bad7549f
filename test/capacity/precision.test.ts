import { describe, expect, it } from 'vitest';
import type { FigureSummary } from '../../src/capacity/result-document.js';
import { projectReplications, relativeHalfWidth, replicationsNeeded } from '../../src/capacity/precision.js';

/** A figure summary with the given mean, interval and n; other fields filler. */
function figure(id: string, mean: number, ci95: [number, number], n = 10): FigureSummary {
  const base = { label: id, unit: 'count' as const, group: 'g', sd: 1 };
  return { ...base, id, n, mean, ci95, p2_5: 0, p10: 0, p50: 0, p90: 0, p97_5: 0, min: 0, max: 0 };
}

describe('relativeHalfWidth', () => {
  it('divides the half-width by |mean|', () => {
    expect(relativeHalfWidth(figure('a', 10, [9, 11]))).toBeCloseTo(0.1, 15);
    expect(relativeHalfWidth(figure('a', -10, [-10.5, -9.5]))).toBeCloseTo(0.05, 15);
  });

  it('handles zero means and too few replications', () => {
    expect(relativeHalfWidth(figure('a', 0, [-1, 1]))).toBe(Infinity);
    expect(relativeHalfWidth(figure('a', 0, [0, 0]))).toBe(0);
    expect(relativeHalfWidth(figure('a', 5, [5, 5], 1))).toBe(Infinity);
  });
});

describe('replicationsNeeded', () => {
  const summaries = [figure('a', 10, [9, 11]), figure('b', 100, [99, 101]), figure('c', 0, [-1, 1])];

  it('reports the achieved precision per id and whether all meet the target', () => {
    expect(replicationsNeeded(summaries, ['a', 'b'], 0.1)).toEqual({ target: 0.1, achieved: { a: 0.1, b: 0.01 }, met: true });
    expect(replicationsNeeded(summaries, ['a', 'b'], 0.05).met).toBe(false);
    expect(replicationsNeeded(summaries, ['b', 'c'], 0.5).met).toBe(false);
  });

  it('names unknown ids and rejects a bad target', () => {
    expect(() => replicationsNeeded(summaries, ['a', 'zz'], 0.1)).toThrow(/zz/);
    expect(() => replicationsNeeded(summaries, ['a'], 0)).toThrow(/positive/);
  });

  it('projects the total replications from the 1/sqrt(n) rule', () => {
    expect(projectReplications(summaries, ['a', 'b'], 0.05)).toBe(40); // 10 * (0.1 / 0.05)^2
    expect(projectReplications(summaries, ['b'], 0.05)).toBe(10);
    expect(projectReplications(summaries, ['c'], 0.05)).toBe(Infinity);
  });
});
