import { describe, expect, it } from 'vitest';
import { gridOf, parseTarget, parseVary, MAX_CONFIGURATIONS } from '../../src/capacity/grid.js';

describe('--vary ranges of a sizing grid', () => {
  it('reads path=from..to as every whole number from..to, ascending', () => {
    expect(parseVary('services.hub.beds=2..6')).toEqual({ path: 'services.hub.beds', values: [2, 3, 4, 5, 6] });
    expect(parseVary('services.hub.beds=12..14')).toEqual({ path: 'services.hub.beds', values: [12, 13, 14] });
  });

  it('tolerates spaces around the path, the = sign, the .. and the ends', () => {
    expect(parseVary('  a  =  3 .. 5  ')).toEqual({ path: 'a', values: [3, 4, 5] });
    expect(parseVary('a =1..2')).toEqual({ path: 'a', values: [1, 2] });
    expect(parseVary('a=10..11 ')).toEqual({ path: 'a', values: [10, 11] });
  });

  it('keeps a space inside a path (a list element named "Welland House"; the scenario then judges the path) and rejects trailing junk', () => {
    expect(parseVary('foo bar=1..2')).toEqual({ path: 'foo bar', values: [1, 2] });
    expect(parseVary('a=1..2x')).toMatch(/^--vary a=1\.\.2x: expected path=from\.\.to/);
  });

  it(`allows a range of exactly ${MAX_CONFIGURATIONS} values and refuses one more, saying how many`, () => {
    const ok = parseVary('a=1..2000');
    expect(typeof ok).toBe('object');
    expect((ok as { values: number[] }).values).toHaveLength(2000);
    expect(parseVary('a=1..2001')).toBe('--vary a=1..2001: 2001 values is more than 2000');
    expect(parseVary('a=-5..1995')).toBe('--vary a=-5..1995: 2001 values is more than 2000');
  });
});

describe('--target risk targets', () => {
  it('reads figure<=value including exponents', () => {
    expect(parseTarget('spillover.share<=0.1')).toEqual({ figure: 'spillover.share', operator: '<=', value: 0.1 });
    expect(parseTarget('x<=1e3')).toEqual({ figure: 'x', operator: '<=', value: 1000 });
    expect(parseTarget('x<=1e-3')).toEqual({ figure: 'x', operator: '<=', value: 0.001 });
    expect(parseTarget('x<=1e-12')).toEqual({ figure: 'x', operator: '<=', value: 1e-12 });
  });

  it('tolerates spaces around the figure, the <= and the value', () => {
    expect(parseTarget(' x  <=  2 ')).toEqual({ figure: 'x', operator: '<=', value: 2 });
    expect(parseTarget('x<=2 ')).toEqual({ figure: 'x', operator: '<=', value: 2 });
  });

  it('rejects a figure with a space and trailing junk', () => {
    expect(parseTarget('a b<=1')).toBe('--target a b<=1: expected figure<=value, e.g. spillover.share<=0.1');
    expect(parseTarget('x<=1 junk')).toBe('--target x<=1 junk: expected figure<=value, e.g. spillover.share<=0.1');
  });
});

describe('the grid: every combination of the varied paths', () => {
  it('has the product of the ranges, first path varying slowest', () => {
    const g = gridOf([
      { path: 'a', values: [1, 2] },
      { path: 'b', values: [5, 6, 7] },
    ]);
    expect(g).toEqual([
      { a: 1, b: 5 }, { a: 1, b: 6 }, { a: 1, b: 7 },
      { a: 2, b: 5 }, { a: 2, b: 6 }, { a: 2, b: 7 },
    ]);
  });

  it('refuses a path varied twice, naming it', () => {
    expect(() => gridOf([
      { path: 'a', values: [1] },
      { path: 'a', values: [2] },
    ])).toThrow('grid: a is varied twice');
  });

  it(`allows exactly ${MAX_CONFIGURATIONS} configurations and refuses more, saying how many`, () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(gridOf([{ path: 'a', values: range(40) }, { path: 'b', values: range(50) }])).toHaveLength(2000);
    expect(() => gridOf([{ path: 'a', values: range(3) }, { path: 'b', values: range(667) }]))
      .toThrow('grid: 2001 configurations is more than 2000');
  });
});
