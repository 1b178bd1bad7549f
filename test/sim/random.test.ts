import { describe, expect, it } from 'vitest';
import { childFamilyKey, childStream, purposeStream } from '../../src/sim/random.js';

const take = (r: () => number, n: number) => Array.from({ length: n }, () => r());

describe('purpose streams', () => {
  it('pins the first values of a named stream (a change here changes every published result)', () => {
    expect(take(purposeStream(42, 0, 'arrivals/referrals'), 3)).toEqual([0.7689645753707737, 0.12526172026991844, 0.9521523471921682]);
  });

  it('is the same stream whenever it is made from the same (seed, replication, purpose)', () => {
    expect(take(purposeStream(7, 3, 'x'), 50)).toEqual(take(purposeStream(7, 3, 'x'), 50));
  });

  it('gives different sequences to different purposes, replications and seeds', () => {
    const base = take(purposeStream(7, 3, 'arrivals/a'), 20);
    expect(take(purposeStream(7, 3, 'arrivals/b'), 20)).not.toEqual(base);
    expect(take(purposeStream(7, 4, 'arrivals/a'), 20)).not.toEqual(base);
    expect(take(purposeStream(8, 3, 'arrivals/a'), 20)).not.toEqual(base);
  });

  it('is unchanged by making streams for other purposes first (adding a purpose shifts nothing)', () => {
    const alone = take(purposeStream(9, 0, 'arrivals/a'), 10);
    const other = purposeStream(9, 0, 'new-purpose');
    take(other, 1000);
    expect(take(purposeStream(9, 0, 'arrivals/a'), 10)).toEqual(alone);
  });

  it('refuses a seed that is not a non-negative integer (there is no default seed)', () => {
    expect(() => purposeStream(-1, 0, 'x')).toThrow(/seed/);
    expect(() => purposeStream(1.5, 0, 'x')).toThrow(/seed/);
    expect(() => purposeStream(1, -2, 'x')).toThrow(/replication/);
  });
});

describe('child streams', () => {
  it('pins the first values of a child stream', () => {
    const key = childFamilyKey(42, 0, 'referrals/traits');
    expect(key).toBe(4114031763);
    expect(take(childStream(key, 0), 3)).toEqual([0.8669162432197481, 0.47591751464642584, 0.48115397919900715]);
  });

  it('depends only on (family key, ordinal): child 5 is the same child whatever happened to children 0-4', () => {
    const key = childFamilyKey(1, 2, 'f');
    const first = take(childStream(key, 5), 10);
    take(childStream(key, 4), 100);
    expect(take(childStream(key, 5), 10)).toEqual(first);
    expect(take(childStream(key, 6), 10)).not.toEqual(first);
  });

  it('draws in [0, 1) with a uniform mean and variance', () => {
    const key = childFamilyKey(3, 0, 'moments');
    let n = 0;
    let sum = 0;
    let sum2 = 0;
    let lo = 1;
    let hi = 0;
    for (let c = 0; c < 2000; c++) {
      const r = childStream(key, c);
      for (let k = 0; k < 50; k++) {
        const u = r();
        lo = Math.min(lo, u);
        hi = Math.max(hi, u);
        n++;
        sum += u;
        sum2 += u * u;
      }
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    const mean = sum / n;
    // Mean of U(0,1) is 1/2 with sd sqrt(1/12)/sqrt(n) ≈ 0.00091 at n = 100,000; allow 4 sd.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sum2 / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('shows no correlation between neighbouring children’s first draws', () => {
    const key = childFamilyKey(5, 0, 'corr');
    const xs = Array.from({ length: 20000 }, (_, i) => childStream(key, i)());
    let sxy = 0;
    for (let i = 1; i < xs.length; i++) sxy += (xs[i] - 0.5) * (xs[i - 1] - 0.5);
    const corr = sxy / (xs.length - 1) / (1 / 12);
    // The sample correlation of independent draws has sd ≈ 1/sqrt(n) ≈ 0.007; allow 4 sd.
    expect(Math.abs(corr)).toBeLessThan(4 / Math.sqrt(xs.length));
  });

  it('accepts seed 0 and replication 0 (the smallest allowed), for purpose and child streams alike', () => {
    expect(take(purposeStream(0, 0, 'x'), 2)).toHaveLength(2);
    expect(childFamilyKey(0, 0, 'x')).toBeGreaterThanOrEqual(0);
    expect(() => childFamilyKey(-1, 0, 'x')).toThrow(/seed/);
  });
});
