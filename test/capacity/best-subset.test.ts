import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { PairedScores, bestSubset } from '../../src/capacity/best-subset.js';

/** Scores of every alternative, replication by replication. */
function scoresOf(rows: number[][]): PairedScores {
  const p = new PairedScores(rows[0].length);
  for (const r of rows) p.add(r);
  return p;
}

describe('screening for the best (Nelson, Swann, Goldsman & Song 2001)', () => {
  // Two alternatives: q = 0.95^(1/1) = 0.95, so t is the one-sided 95% point of Student's t with n − 1 = 3
  // degrees of freedom, 2.3534 (any t table). W = t · S / √4 with S the sd of the paired differences.
  it('rules out an alternative whose paired deficit exceeds W (hand-worked, n = 4)', () => {
    // A − B = 1, 3, 2, 2: mean 2, S = √(2/3) = 0.8165, W = 2.3534 · 0.8165 / 2 = 0.961 < 2: B is out.
    const s = bestSubset(scoresOf([[11, 10], [13, 10], [12, 10], [12, 10]]));
    expect(s.t).toBeCloseTo(2.3534, 3);
    expect(s.kept).toEqual([0]);
    expect(s.replications).toBe(4);
  });

  it('keeps both when the paired differences are too noisy to separate them (hand-worked, n = 4)', () => {
    // A − B = −1, 5, 2, 2: mean 2, S = √6 = 2.449, W = 2.3534 · 2.449 / 2 = 2.882 > 2: B stays.
    expect(bestSubset(scoresOf([[9, 10], [15, 10], [12, 10], [12, 10]])).kept).toEqual([0, 1]);
  });

  it('pairs the differences replication by replication: a common shift does not hide a constant gap', () => {
    // B is 0.5 below A in every replication, while both swing by ±100 together: S = 0, so B is out.
    const rows = Array.from({ length: 10 }, (_, r) => [100 * Math.sin(r), 100 * Math.sin(r) - 0.5]);
    expect(bestSubset(scoresOf(rows)).kept).toEqual([0]);
  });

  it('keeps alternatives identical in every replication, and everything when nothing can be judged', () => {
    const rows = Array.from({ length: 20 }, (_, r) => [r, r, r - 1]);
    expect(bestSubset(scoresOf(rows)).kept).toEqual([0, 1]);
    expect(bestSubset(scoresOf([[1, 2, 3]])).kept).toEqual([0, 1, 2]);
    expect(bestSubset(scoresOf([[1], [2]])).kept).toEqual([0]);
  });

  it('widens t with the number of alternatives: q = confidence^(1/(k − 1))', () => {
    const two = bestSubset(scoresOf(Array.from({ length: 30 }, (_, r) => [r % 3, 0])));
    const five = bestSubset(scoresOf(Array.from({ length: 30 }, (_, r) => [r % 3, 0, 0, 0, 0])));
    // One-sided points of t with 29 df: 95% is 1.699; 0.95^(1/4) = 98.73% is about 2.36 (between the
    // table's 97.5% point 2.045 and 99% point 2.462).
    expect(two.t).toBeCloseTo(1.699, 2);
    expect(five.t).toBeGreaterThan(2.045);
    expect(five.t).toBeLessThan(2.462);
  });

  it('refuses a confidence outside (0, 1) and scores of the wrong length', () => {
    expect(() => bestSubset(scoresOf([[1, 2], [2, 3]]), 1)).toThrow(/confidence must be in \(0, 1\)/);
    expect(() => new PairedScores(2).add([1])).toThrow(/expected 2 scores, got 1/);
    expect(() => new PairedScores(0)).toThrow(/positive integer/);
  });

  /*
   * The guarantee, by simulation: k = 6 alternatives with equal true means (the least favourable case for
   * keeping a given one: any alternative is a best), n = 20 replications, scores sharing a common random
   * component (as common random numbers give). Alternative 0 must be kept in at least 95% of 4,000 trials,
   * less 3 standard errors (√(0.95 · 0.05 / 4000) = 0.0034). Screening without the 1/(k − 1) power (the
   * plain one-sided 95% t) keeps it in about 83%, which fails this.
   */
  const trial = (rng: () => number, means: number[], n: number) => {
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const p = new PairedScores(means.length);
    for (let r = 0; r < n; r++) {
      const common = 3 * normal();
      p.add(means.map((m) => m + common + normal()));
    }
    return bestSubset(p);
  };

  it('keeps the best in at least 95% of trials when all means are equal (4,000 trials, k = 6, n = 20)', () => {
    const rng = seedrandom.alea('best-subset coverage');
    const trials = 4000;
    let kept = 0;
    for (let i = 0; i < trials; i++) if (trial(rng, [0, 0, 0, 0, 0, 0], 20).kept.includes(0)) kept++;
    expect(kept / trials).toBeGreaterThanOrEqual(0.95 - 3 * Math.sqrt((0.95 * 0.05) / trials));
  });

  it('keeps the best in at least 95% of trials when it is a little better, and rules out the clearly worse', () => {
    // Alternative 2 is best by 0.3 sd of a paired difference (hard to separate); alternative 5 is 2 below.
    const rng = seedrandom.alea('best-subset slippage');
    const trials = 2000;
    let best = 0;
    let worstOut = 0;
    for (let i = 0; i < trials; i++) {
      const s = trial(rng, [0, 0, 0.3, 0, 0, -2], 20);
      if (s.kept.includes(2)) best++;
      if (!s.kept.includes(5)) worstOut++;
    }
    expect(best / trials).toBeGreaterThanOrEqual(0.95 - 3 * Math.sqrt((0.95 * 0.05) / trials));
    // Power: a gap of 2 with a paired-difference sd of √2 over 20 replications is 6.3 standard errors, far
    // past t ≈ 2.5: the worst is out in (nearly) every trial. A screening that kept everything would fail.
    expect(worstOut / trials).toBeGreaterThan(0.99);
  });
});
