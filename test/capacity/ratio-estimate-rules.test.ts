import { describe, expect, it } from 'vitest';
import { CoMoments } from '../../src/capacity/co-moments.js';
import { pairedRatioDifference, ratioEstimate } from '../../src/capacity/ratio-estimate.js';

/**
 * Ratio figures as ΣX / ΣY with the delta-method sd of the linearised values
 * Z = (X − R·Y) / Ȳ (docs/results.md, Ratio figures). Expected sds are the
 * plain sample sd of Z values worked out by hand below, not CoMoments.
 */

const sampleSd = (z: number[]) => {
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  return Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / (z.length - 1));
};

function moments(rows: number[][]): CoMoments {
  const m = new CoMoments(rows[0].length);
  rows.forEach((r) => m.add(r));
  return m;
}

// Baseline: X_b = [1, 2, 3], Y_b = [3, 2, 1] → Ȳ_b = 2, R_b = 2/2 = 1, Z_b = (X_b − Y_b)/2 = [−1, 0, 1].
// Option:   X_o = [2, 2, 5], Y_o = [2, 4, 6] → Ȳ_o = 4, R_o = 3/4, Z_o = (X_o − 0.75·Y_o)/4 = [0.125, −0.25, 0.125].
const XB = [1, 2, 3]; const YB = [3, 2, 1];
const XO = [2, 2, 5]; const YO = [2, 4, 6];
const ZB = [-1, 0, 1];
const ZO = [0.125, -0.25, 0.125];

describe('a ratio of totals', () => {
  it('gives the delta-method sd when the catalogue carries other variables too', () => {
    // Variables [X, Y, something else]; the third must not enter the sd.
    const m = moments(XO.map((x, i) => [x, YO[i], 100 * i * i]));
    const r = ratioEstimate(m, 0, 1);
    expect(r.ratio).toBeCloseTo(0.75, 12);
    expect(r.sd).toBeCloseTo(sampleSd(ZO), 12); // √0.046875 ≈ 0.2165
    expect(r.sd).toBeCloseTo(0.21650635094610965, 12);
  });
});

describe('a paired difference of ratios', () => {
  it('takes the sd of Z_o − Z_b per replication', () => {
    const m = moments(XB.map((_, i) => [XB[i], YB[i], XO[i], YO[i]]));
    const d = pairedRatioDifference(m);
    expect(d.baseline).toBeCloseTo(1, 12);
    expect(d.option).toBeCloseTo(0.75, 12);
    expect(d.difference).toBeCloseTo(-0.25, 12);
    // Z_o − Z_b = [1.125, −0.25, −0.875]: mean 0, variance (1.265625 + 0.0625 + 0.765625)/2 = 1.046875.
    expect(d.sd).toBeCloseTo(sampleSd(ZO.map((z, i) => z - ZB[i])), 12);
    expect(d.sd).toBeCloseTo(Math.sqrt(1.046875), 12);
  });

  it('uses only the option side when the baseline never sees a denominator event', () => {
    const m = moments(XO.map((_, i) => [0, 0, XO[i], YO[i]]));
    const d = pairedRatioDifference(m);
    expect(d.baseline).toBe(0);
    expect(d.difference).toBeCloseTo(0.75, 12);
    expect(d.sd).toBeCloseTo(sampleSd(ZO), 12);
  });

  it('uses only the baseline side when the option never sees a denominator event', () => {
    const m = moments(XB.map((_, i) => [XB[i], YB[i], 0, 0]));
    const d = pairedRatioDifference(m);
    expect(d.option).toBe(0);
    expect(d.difference).toBeCloseTo(-1, 12);
    expect(d.sd).toBeCloseTo(sampleSd(ZB), 12); // = 1
    expect(d.sd).toBeCloseTo(1, 12);
  });
});
