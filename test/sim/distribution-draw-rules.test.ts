import { describe, expect, it } from 'vitest';
import { DistributionSchema, makeSampler, moments, type Distribution } from '../../src/sim/distributions/index.js';
import type { RandomSource } from '../../src/sim/random.js';

/**
 * A source that plays back the given uniforms in order and fails if asked for more, so a test
 * both fixes every draw and checks how many the sampler takes.
 */
function scripted(...us: number[]): RandomSource & { used: () => number } {
  let i = 0;
  const next = () => {
    if (i >= us.length) throw new Error(`the sampler asked for uniform ${i + 1} of ${us.length}`);
    return us[i++];
  };
  return Object.assign(next, { used: () => i });
}

/** A sampler for a specification, validated as a scenario file's would be. */
const sampler = (d: unknown) => makeSampler(DistributionSchema.parse(d));

/**
 * Uniforms that make Box–Muller (normal.ts: sqrt(-2 ln(1 - u1)) cos(2π u2)) give x = -r:
 * u1 = 1 - exp(-r²/2) and u2 = 1/2, where cos(π) = -1.
 */
const normalAt = (r: number) => [1 - Math.exp((-r * r) / 2), 0.5];
/** A uniform that makes the normal 0 whatever the second one is: u1 = 0. */
const ZERO_NORMAL = [0, 0.5];

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));

describe('empirical (histogram) draws: the first uniform picks the bin, the second places the value in it', () => {
  const stays = { dist: 'empirical', bins: [{ from: 0, to: 28, share: 0.6 }, { from: 28, to: 56, share: 0.3 }, { from: 56, to: 91, share: 0.1 }] };

  it('a uniform between two cumulative shares lands in the bin between them', () => {
    // 0.6 <= 0.7 < 0.9: the second bin, a quarter of the way along it
    expect(sampler(stays)(scripted(0.7, 0.25))).toBe(28 + 28 * 0.25);
    expect(sampler(stays)(scripted(0.1, 0.5))).toBe(14);
  });

  it('a bin with share 0 is never drawn, even when the uniform is exactly 0', () => {
    const noShortStays = { dist: 'empirical', bins: [{ from: 0, to: 7, share: 0 }, { from: 7, to: 28, share: 1 }] };
    const s = scripted(0, 0);
    expect(sampler(noShortStays)(s)).toBe(7); // the bottom of the second bin, not 0
    expect(s.used()).toBe(2);
  });

  it('shares adding up to just under 1 (allowed within 1e-6): a uniform above their total still falls in the last bin', () => {
    const third = 0.3333333; // three shares add up to 0.9999999
    const thirds = { dist: 'empirical', bins: [{ from: 0, to: 10, share: third }, { from: 10, to: 20, share: third }, { from: 20, to: 30, share: third }] };
    expect(sampler(thirds)(scripted(0.99999995, 0.5))).toBe(25);
    expect(sampler(thirds)(scripted(0.5, 0.5))).toBe(15);
  });
});

describe('triangular draws are the inverse of the triangular CDF', () => {
  // min 10, mode 20, max 40: F(x) = (x-10)²/(30·10) up to the mode, 1 - (40-x)²/(30·20) after it; F(20) = 1/3.
  const stay = sampler({ dist: 'triangular', min: 10, mode: 20, max: 40 });

  it('the uniform 1/4 gives the lower quartile, 10 + √75 (before the mode)', () => {
    close(stay(scripted(0.25)), 10 + Math.sqrt(75));
  });

  it('the uniform 1/2 gives the median, 40 − √300 (after the mode)', () => {
    close(stay(scripted(0.5)), 40 - Math.sqrt(300));
  });

  it('the uniform 1/3 (the share below the mode) gives the mode', () => {
    close(stay(scripted(1 / 3)), 20);
  });
});

describe('gamma draws follow Marsaglia & Tsang (2000) step by step', () => {
  // shape 1: d = 1 - 1/3 = 2/3, c = 1/√(9d) = 1/√6. A candidate x gives v = (1 + c·x)³ and is accepted
  // when u < 1 - 0.0331·x⁴ (the squeeze) or ln u < x²/2 + d(1 - v + ln v); u = 1 - the uniform drawn.
  const scale = 10;
  const d = 2 / 3;
  const c = 1 / Math.sqrt(6);
  const exponentialLike = sampler({ dist: 'gamma', shape: 1, scale });

  it('a candidate x = 0 is accepted at once and gives d × scale', () => {
    const s = scripted(...ZERO_NORMAL, 0.5);
    close(exponentialLike(s), d * scale);
    expect(s.used()).toBe(3);
  });

  it('a shape of exactly 1 is drawn directly: the boost (one more uniform) is only for shapes below 1', () => {
    // shape 0.5: boost = (1 - u)^(1/0.5), then a gamma of shape 1.5 (d = 7/6) with x = 0
    const s = scripted(0.75, ...ZERO_NORMAL, 0.5);
    close(sampler({ dist: 'gamma', shape: 0.5, scale })(s), (7 / 6) * scale * 0.25 ** 2);
    expect(s.used()).toBe(4);
    // shape 1 takes no boost uniform: three uniforms, the same as above
    const one = scripted(...ZERO_NORMAL, 0.5);
    close(exponentialLike(one), d * scale);
    expect(one.used()).toBe(3);
  });

  it('a candidate with v <= 0 is redrawn before any uniform u is spent on it', () => {
    // x = -3: 1 + c·x = 1 - 3/√6 < 0, so Box–Muller is run again (x = 0 next), then u.
    const s = scripted(...normalAt(3), ...ZERO_NORMAL, 0.5);
    close(exponentialLike(s), d * scale);
    expect(s.used()).toBe(5);
  });

  it('a candidate with v exactly 0 is redrawn too', () => {
    // a shape a hair above 4/3 (d ≈ 1, c ≈ 1/3) for which 1 + c·x is exactly 0 at the x below
    const shape = 1.3333333333333341;
    const [u1, u2] = normalAt(3);
    const x = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    const dd = shape - 1 / 3;
    expect(1 + x / Math.sqrt(9 * dd)).toBe(0);
    const s = scripted(u1, u2, ...ZERO_NORMAL, 0.5);
    close(sampler({ dist: 'gamma', shape, scale })(s), dd * scale);
    expect(s.used()).toBe(5);
  });

  describe('a candidate x = -2 (v = (1 - 2/√6)³): squeeze 1 - 0.0331·16 = 0.4704, acceptance exp(2 + d(1 - v + ln v)) = 0.4827', () => {
    const v = (1 - 2 * c) ** 3;
    it('u = 0.7, above the acceptance level, is rejected and a new candidate drawn', () => {
      const s = scripted(...normalAt(2), 1 - 0.7, ...ZERO_NORMAL, 0.5);
      close(exponentialLike(s), d * scale);
      expect(s.used()).toBe(6);
    });
    it('u = 0.49, between the acceptance level and 0.5, is rejected too', () => {
      const s = scripted(...normalAt(2), 1 - 0.49, ...ZERO_NORMAL, 0.5);
      close(exponentialLike(s), d * scale);
      expect(s.used()).toBe(6);
    });
    it('u = 0.475, above the squeeze but below the acceptance level, is accepted by the log test', () => {
      const s = scripted(...normalAt(2), 1 - 0.475);
      close(exponentialLike(s), d * v * scale);
      expect(s.used()).toBe(3);
    });
  });

  it('u = 1 at x = 0 lies on the acceptance boundary (ln 1 = 0 = the bound) and the strict test rejects it', () => {
    // the next candidate, x = -1, is accepted by the squeeze with u = 0.5
    const s = scripted(...ZERO_NORMAL, 0, ...normalAt(1), 0.5);
    close(exponentialLike(s), d * (1 - c) ** 3 * scale);
    expect(s.used()).toBe(6);
  });
});

describe('the mean and variance reported for a distribution are the textbook ones', () => {
  const rel = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-11 * Math.abs(expected));

  it('Weibull shape 1 is the exponential: mean λ, variance λ²', () => {
    const m = moments({ dist: 'weibull', shape: 1, scale: 30 });
    rel(m.mean, 30);
    rel(m.variance, 900);
  });

  it('Weibull shape 2 is the Rayleigh: mean λ√π/2, variance λ²(1 − π/4)', () => {
    const m = moments({ dist: 'weibull', shape: 2, scale: 30 });
    rel(m.mean, (30 * Math.sqrt(Math.PI)) / 2);
    rel(m.variance, 900 * (1 - Math.PI / 4));
  });

  it('Weibull shape 1/2: mean λΓ(3) = 2λ, variance λ²(Γ(5) − Γ(3)²) = 20λ²', () => {
    const m = moments({ dist: 'weibull', shape: 0.5, scale: 30 });
    rel(m.mean, 60);
    rel(m.variance, 18_000);
  });

  it('triangular: a symmetric one on [0, 6] has variance 6²/24; a right-angled one on [2, 8] has variance 6²/18', () => {
    const sym: Distribution = { dist: 'triangular', min: 0, mode: 3, max: 6 };
    expect(moments(sym)).toEqual({ mean: 3, variance: 1.5 });
    const right: Distribution = { dist: 'triangular', min: 2, mode: 2, max: 8 };
    expect(moments(right)).toEqual({ mean: 4, variance: 2 });
  });
});
