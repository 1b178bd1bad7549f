import { describe, expect, it } from 'vitest';
import { DistributionSchema, makeSampler, moments, type Distribution } from '../../src/sim/distributions/index.js';
import { purposeStream } from '../../src/sim/random.js';

const cases: Distribution[] = [
  { dist: 'fixed', value: 28 },
  { dist: 'exponential', mean: 28 },
  { dist: 'gamma', shape: 2.5, scale: 10 },
  { dist: 'gamma', shape: 0.5, scale: 20 },
  { dist: 'lognormal', mean: 28, sd: 14 },
  { dist: 'weibull', shape: 1.5, scale: 30 },
  { dist: 'uniform', min: 7, max: 90 },
  { dist: 'triangular', min: 7, mode: 28, max: 90 },
  { dist: 'empirical', bins: [{ from: 0, to: 28, share: 0.6 }, { from: 28, to: 56, share: 0.3 }, { from: 56, to: 91, share: 0.1 }] },
];

describe('samplers', () => {
  it.each(cases)('matches the theoretical mean and variance of $dist', (d) => {
    const n = 200_000;
    const draw = makeSampler(d);
    const r = purposeStream(2026, 0, `moments/${JSON.stringify(d)}`);
    let sum = 0;
    let sum2 = 0;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const x = draw(r);
      if (x < min) min = x;
      sum += x;
      sum2 += x * x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    const mean = sum / n;
    const variance = sum2 / n - mean * mean;
    const m = moments(d);
    // Standard error of the mean is sd/sqrt(n); allow 4 of them (a false alarm about once in 16,000 runs).
    expect(Math.abs(mean - m.mean)).toBeLessThanOrEqual(4 * Math.sqrt(m.variance / n) + 1e-12);
    // The sample variance is looser (its error depends on the fourth moment): 3% relative.
    expect(Math.abs(variance - m.variance)).toBeLessThanOrEqual(0.03 * m.variance + 1e-9);
  });

  it('keeps triangular and uniform draws inside their bounds', () => {
    const r = purposeStream(1, 0, 'bounds');
    const tri = makeSampler({ dist: 'triangular', min: 7, mode: 7, max: 90 });
    const xs = Array.from({ length: 10_000 }, () => tri(r));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(7);
    expect(Math.max(...xs)).toBeLessThanOrEqual(90);
  });
});

describe('distribution schema', () => {
  const problems = (d: unknown) => {
    const r = DistributionSchema.safeParse(d);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts every documented distribution', () => {
    for (const d of cases) expect(problems(d)).toEqual([]);
  });
  it('names the parameter and the rule it breaks', () => {
    expect(problems({ dist: 'exponential', mean: -3 })[0]).toMatch(/^mean: /);
    expect(problems({ dist: 'uniform', min: 5, max: 2 })).toEqual(['max: max must be greater than min']);
    expect(problems({ dist: 'empirical', bins: [{ from: 0, to: 5, share: 0.5 }] })[0]).toMatch(/^bins: bin shares must add up to 1/);
    expect(problems({ dist: 'empirical', bins: [{ from: 0, to: 5, share: 0.5 }, { from: 6, to: 9, share: 0.5 }] })).toEqual(['bins.1.from: bins must be contiguous (from = previous to)']);
    expect(problems({ dist: 'normal', mean: 3 }).length).toBe(1);
    expect(problems({ dist: 'fixed', value: 3, mean: 2 })[0]).toMatch(/Unrecognized key/);
  });
});
