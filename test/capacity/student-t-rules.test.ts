import { describe, expect, it } from 'vitest';
import { logGamma, studentTCritical, studentTTail } from '../../src/capacity/student-t.js';

// Reference values computed independently with mpmath (40 digits):
// loggamma(x), betainc(df/2, 1/2, 0, df/(df+t^2), regularized=True), and
// findroot on that tail = 0.05 for the critical values.
const LOG_GAMMA: [number, number][] = [
  [0.25, 1.2880225246980774574], [0.1, 2.2527126517342059599], [0.3, 1.0957979948180755217],
  [1e-5, 11.512919692895825707], [0.49, 0.59224962933526703786],
];
const TAILS: [number, number, number][] = [
  [2, 101, 0.04818521120739071509], [2, 150, 0.047305525758430233725], [3, 1000, 0.0027667090442381924642],
  [1, 500, 0.31779420726060840087], [0.5, 120, 0.61799072433839706338], [2, 60, 0.050033043651457448828],
  [0.3, 20, 0.76727300324376025129], [5, 3, 0.015392438073302300987],
];
const CRITICAL: [number, number, number][] = [
  [100, 1.9839715185235522866, 1e-13], [101, 1.983731002955606193, 1e-13], [150, 1.9759053308966205192, 1e-13],
  [1000, 1.962339080826408485, 1e-13], [2e6, 1.9599651706763750098, 2e-11], [1e8, 1.9599640082627668208, 2e-11],
];

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
const nextUp = (x: number): number => ((f64[0] = x), (i64[0] += 1n), f64[0]);
const nextDown = (x: number): number => ((f64[0] = x), (i64[0] -= 1n), f64[0]);

describe('logGamma below 1/2 (reflection formula)', () => {
  it.each(LOG_GAMMA)('logGamma(%f) matches an independent value', (x, ref) => {
    expect(Math.abs(logGamma(x) - ref)).toBeLessThan(1e-15 * Math.max(1, Math.abs(ref)));
  });
});

describe('studentTTail against independent incomplete-beta values', () => {
  it.each(TAILS)('P(|T| > %f), df = %i, to 1e-13 relative', (t, df, ref) => {
    expect(Math.abs(studentTTail(t, df) / ref - 1)).toBeLessThan(1e-13);
  });

  it('the large-a log-beta series is accurate to 1e-15 at df = 101 (a = 50.5, nearest the switch)', () => {
    expect(Math.abs(studentTTail(2, 101) / 0.04818521120739071509 - 1)).toBeLessThan(1.2e-15);
  });

  it('the tail is 0 at t = Infinity and 1 at t = 0', () => {
    expect(studentTTail(Infinity, 5)).toBe(0);
    expect(studentTTail(0, 5)).toBe(1);
    expect(studentTTail(-Infinity, 1e3)).toBe(0);
    expect(studentTTail(0, 1e3)).toBe(1);
  });
});

describe('studentTCritical', () => {
  it.each(CRITICAL)('95 percent, df = %d, matches an independent root %f', (df, ref, tol) => {
    expect(Math.abs(studentTCritical(df) - ref)).toBeLessThan(tol);
  });

  it('the bisection result is an end of an adjacent pair of doubles bracketing the crossing', () => {
    for (const confidence of [0.95, 0.9, 0.99, 0.8]) {
      for (let df = 1; df <= 40; df++) {
        const c = studentTCritical(df, confidence);
        const alpha = 1 - confidence;
        // c is one end of an adjacent pair (lo, nextUp(lo)) that brackets alpha
        const above = studentTTail(c, df) > alpha;
        const bracket = above ? studentTTail(nextUp(c), df) <= alpha : studentTTail(nextDown(c), df) > alpha;
        expect({ df, confidence, bracket }).toEqual({ df, confidence, bracket: true });
      }
    }
  });

  it('confidence must lie strictly inside (0, 1)', () => {
    expect(() => studentTCritical(5, 0)).toThrow(RangeError);
    expect(() => studentTCritical(5, -0.5)).toThrow(RangeError);
    expect(() => studentTCritical(5, 1)).toThrow(RangeError);
    expect(() => studentTCritical(5, NaN)).toThrow(RangeError);
  });
});
