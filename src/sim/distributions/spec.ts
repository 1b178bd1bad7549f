import { z } from 'zod';
import type { RandomSource } from '../random.js';
import { exponential } from './exponential.js';
import { gamma } from './gamma.js';
import { lognormal } from './lognormal.js';
import { weibull } from './weibull.js';
import { uniform } from './uniform.js';
import { triangular } from './triangular.js';
import { empirical } from './empirical.js';

const positive = z.number().positive();
const nonNegative = z.number().nonnegative();

/**
 * A distribution as written in a scenario: its name and natural parameters,
 * in the unit of the field that holds it (days for stays, years for ages,
 * pounds per week for costs).
 */
export const DistributionSchema = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('fixed'), value: nonNegative }),
  z.strictObject({ dist: z.literal('exponential'), mean: positive }),
  z.strictObject({ dist: z.literal('gamma'), shape: positive, scale: positive }),
  z
    .strictObject({ dist: z.literal('lognormal'), mean: positive, sd: positive })
    // The underlying normal's σ² = ln(1 + sd²/mean²), as lognormal.ts computes it: a mean of 1e-200 squares to 0,
    // σ² is then infinite and every draw NaN, which a stay or a cost turned into a failed replication and an age
    // into silently wrong figures (hostile review 7).
    .refine((d) => Number.isFinite(Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean))), {
      message: 'sd and mean too far apart (or too small) for a lognormal: its underlying σ² = ln(1 + sd²/mean²) is not a finite number',
      path: ['sd'],
    }),
  z.strictObject({ dist: z.literal('weibull'), shape: positive, scale: positive }),
  z
    .strictObject({ dist: z.literal('uniform'), min: nonNegative, max: nonNegative })
    .refine((d) => d.max > d.min, { message: 'max must be greater than min', path: ['max'] }),
  z
    .strictObject({ dist: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative })
    .refine((d) => d.min <= d.mode && d.mode <= d.max && d.min < d.max, {
      message: 'needs min <= mode <= max and min < max',
      path: ['mode'],
    }),
  z
    .strictObject({
      dist: z.literal('empirical'),
      bins: z.array(z.strictObject({ from: nonNegative, to: nonNegative, share: nonNegative })).min(1),
    })
    .superRefine((d, ctx) => {
      const total = d.bins.reduce((s, b) => s + b.share, 0);
      if (Math.abs(total - 1) > 1e-6) {
        ctx.addIssue({ code: 'custom', message: `bin shares must add up to 1 (they add up to ${total})`, path: ['bins'] });
      }
      d.bins.forEach((b, i) => {
        if (!(b.to > b.from)) ctx.addIssue({ code: 'custom', message: 'to must be greater than from', path: ['bins', i, 'to'] });
        if (i > 0 && b.from !== d.bins[i - 1].to) {
          ctx.addIssue({ code: 'custom', message: 'bins must be contiguous (from = previous to)', path: ['bins', i, 'from'] });
        }
      });
    }),
]);

/** A validated distribution specification. */
export type Distribution = z.infer<typeof DistributionSchema>;

/** A function drawing one value from a source. */
export type Sampler = (source: RandomSource) => number;

/** Build a sampler for a validated specification. */
export function makeSampler(d: Distribution): Sampler {
  switch (d.dist) {
    case 'fixed': {
      const v = d.value;
      return () => v;
    }
    case 'exponential':
      return (s) => exponential(s, d.mean);
    case 'gamma':
      return (s) => gamma(s, d.shape, d.scale);
    case 'lognormal':
      return (s) => lognormal(s, d.mean, d.sd);
    case 'weibull':
      return (s) => weibull(s, d.shape, d.scale);
    case 'uniform':
      return (s) => uniform(s, d.min, d.max);
    case 'triangular':
      return (s) => triangular(s, d.min, d.mode, d.max);
    case 'empirical': {
      const edges = [d.bins[0].from, ...d.bins.map((b) => b.to)];
      let acc = 0;
      const cumulative = d.bins.map((b) => (acc += b.share));
      return (s) => empirical(s, edges, cumulative);
    }
  }
}

/** Theoretical mean and variance of a distribution (for tests, docs and Little's-law checks). */
export function moments(d: Distribution): { mean: number; variance: number } {
  switch (d.dist) {
    case 'fixed':
      return { mean: d.value, variance: 0 };
    case 'exponential':
      return { mean: d.mean, variance: d.mean * d.mean };
    case 'gamma':
      return { mean: d.shape * d.scale, variance: d.shape * d.scale * d.scale };
    case 'lognormal':
      return { mean: d.mean, variance: d.sd * d.sd };
    case 'weibull': {
      const g1 = gammaFn(1 + 1 / d.shape);
      const g2 = gammaFn(1 + 2 / d.shape);
      return { mean: d.scale * g1, variance: d.scale * d.scale * (g2 - g1 * g1) };
    }
    case 'uniform':
      return { mean: (d.min + d.max) / 2, variance: (d.max - d.min) ** 2 / 12 };
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return { mean: (a + b + c) / 3, variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18 };
    }
    case 'empirical': {
      let mean = 0;
      let second = 0;
      for (const b of d.bins) {
        mean += b.share * (b.from + b.to) / 2;
        second += b.share * (b.from * b.from + b.from * b.to + b.to * b.to) / 3;
      }
      return { mean, variance: second - mean * mean };
    }
  }
}

/** The gamma function by the Lanczos approximation (g = 7, n = 9), accurate to ~1e-13. */
function gammaFn(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFn(1 - x));
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
}
