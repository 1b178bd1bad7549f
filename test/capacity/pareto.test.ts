import { describe, expect, it } from 'vitest';
import { paretoFront } from '../../src/capacity/pareto.js';

describe('paretoFront (minimise both)', () => {
  it('keeps a monotone trade-off whole', () => {
    const pts = [{ x: 1, y: 9 }, { x: 2, y: 5 }, { x: 3, y: 2 }, { x: 4, y: 1 }];
    expect(paretoFront(pts)).toEqual([true, true, true, true]);
  });

  it('drops dominated points, keeps ties on one axis only when not dominated, keeps duplicates together', () => {
    const pts = [
      { x: 1, y: 9 }, // 0 front: cheapest
      { x: 2, y: 5 }, // 1 front
      { x: 2, y: 6 }, // 2 same cost, more risk: dominated by 1
      { x: 3, y: 5 }, // 3 same risk, more cost: dominated by 1
      { x: 4, y: 2 }, // 4 front
      { x: 4, y: 2 }, // 5 duplicate of 4: both on the front
      { x: 5, y: 3 }, // 6 dominated by 4
      { x: 6, y: 1 }, // 7 front: lowest risk
      { x: 7, y: 1 }, // 8 ties 7 on risk, costlier: dominated
    ];
    expect(paretoFront(pts)).toEqual([true, true, false, false, true, true, false, true, false]);
  });

  it('is independent of input order', () => {
    const pts = [{ x: 3, y: 3 }, { x: 1, y: 5 }, { x: 2, y: 2 }, { x: 5, y: 1 }, { x: 4, y: 4 }];
    const front = paretoFront(pts);
    const reversed = paretoFront([...pts].reverse()).reverse();
    expect(front).toEqual(reversed);
    expect(front).toEqual([false, true, true, true, false]);
  });

  it('handles an empty set and a single point, and refuses NaN', () => {
    expect(paretoFront([])).toEqual([]);
    expect(paretoFront([{ x: 1, y: 1 }])).toEqual([true]);
    expect(() => paretoFront([{ x: 1, y: NaN }])).toThrow(/point 0/);
  });
});
