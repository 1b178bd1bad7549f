import { describe, expect, it } from 'vitest';
import { paretoFront } from '../../src/capacity/pareto.js';

describe('Pareto front among options of equal cost', () => {
  it('keeps only the lowest-risk option of several that cost the same, whatever the input order', () => {
    const sameCost = [
      { x: 10, y: 0.5 },
      { x: 10, y: 0.2 },
      { x: 10, y: 0.9 },
      { x: 10, y: 0.1 },
      { x: 10, y: 0.3 },
    ];
    expect(paretoFront(sameCost)).toEqual([false, false, false, true, false]);
    expect(paretoFront([...sameCost].reverse())).toEqual([false, true, false, false, false]);
    expect(paretoFront([{ x: 1, y: 5 }, { x: 1, y: 2 }, { x: 2, y: 1 }])).toEqual([false, true, true]);
  });
});
