import { describe, expect, it } from 'vitest';
import { quantileType7 } from '../../src/capacity/p-square.js';
import { studentTCritical } from '../../src/capacity/student-t.js';
import { Summariser } from '../../src/capacity/summarise.js';
import { CATALOGUE, fakeResults } from './fixtures.js';

/** Direct (two-pass, sorted) summary of one column, the reference. */
function reference(xs: number[]) {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const half = (studentTCritical(n - 1) * sd) / Math.sqrt(n);
  const s = Float64Array.from(xs).sort();
  const q = (p: number): number => quantileType7(s, p);
  return { mean, sd, lo: mean - half, hi: mean + half, p: [0.025, 0.1, 0.5, 0.9, 0.975].map(q), min: s[0], max: s[n - 1] };
}

describe('Summariser', () => {
  it('reports means, t intervals and exact percentiles for up to 1000 replications', () => {
    const results = fakeResults(1000);
    const s = new Summariser(CATALOGUE);
    results.forEach((r) => s.add(r));
    expect(s.count).toBe(1000);
    s.figures().forEach((f, i) => {
      const ref = reference(results.map((r) => r.values[i]));
      expect(f).toMatchObject({ id: CATALOGUE.scalars[i].id, unit: CATALOGUE.scalars[i].unit, n: 1000 });
      expect(f.mean).toBeCloseTo(ref.mean, 8);
      expect(f.sd).toBeCloseTo(ref.sd, 8);
      expect(f.ci95[0]).toBeCloseTo(ref.lo, 8);
      expect(f.ci95[1]).toBeCloseTo(ref.hi, 8);
      expect([f.p2_5, f.p10, f.p50, f.p90, f.p97_5]).toEqual(ref.p);
      expect([f.min, f.max]).toEqual([ref.min, ref.max]);
    });
  });

  it('reports weekly bands per series with the catalogue capacity', () => {
    const results = fakeResults(200);
    const s = new Summariser(CATALOGUE);
    results.forEach((r) => s.add(r));
    const [band] = s.series();
    expect(band).toMatchObject({ id: 'hub.occupancy', unit: 'children', capacity: [4, 4, 5] });
    expect(band.capacity).not.toBe(CATALOGUE.series[0].capacity);
    for (let w = 0; w < 3; w++) {
      const ref = reference(results.map((r) => r.weekly[0][w]));
      expect(band.mean[w]).toBeCloseTo(ref.mean, 10);
      expect([band.p2_5[w], band.p10[w], band.p50[w], band.p90[w], band.p97_5[w]]).toEqual(ref.p);
    }
  });

  it('takes weekly percentiles from the first bandLimit replications and the mean from all of them', () => {
    const results = fakeResults(200);
    const s = new Summariser(CATALOGUE, { bandLimit: 50 });
    results.forEach((r) => s.add(r));
    const [band] = s.series();
    expect(band.bandReplications).toBe(50);
    for (let w = 0; w < 3; w++) {
      const first = reference(results.slice(0, 50).map((r) => r.weekly[0][w]));
      const all = reference(results.map((r) => r.weekly[0][w]));
      expect([band.p2_5[w], band.p10[w], band.p50[w], band.p90[w], band.p97_5[w]]).toEqual(first.p);
      expect(band.mean[w]).toBeCloseTo(all.mean, 10);
    }
  });

  it('with one replication reports sd 0 and a zero-width interval, no NaN', () => {
    const s = new Summariser(CATALOGUE);
    s.add(fakeResults(1)[0]);
    const json = JSON.stringify({ f: s.figures(), s: s.series() });
    expect(json).not.toMatch(/null|NaN/);
    const [f] = s.figures();
    expect(f.sd).toBe(0);
    expect(f.ci95).toEqual([f.mean, f.mean]);
    expect(f.p2_5).toBe(f.mean);
  });

  it('stops growing its buffers beyond the exact limit', () => {
    const s = new Summariser(CATALOGUE, { exactLimit: 100, bandLimit: 100 });
    const results = fakeResults(3000);
    results.slice(0, 100).forEach((r) => s.add(r));
    const atLimit = s.retainedSize;
    expect(atLimit).toBe(100 * (2 + 3)); // 2 figures + 3 weeks, 100 values each
    results.slice(100, 1000).forEach((r) => s.add(r));
    const after1000 = s.retainedSize;
    expect(after1000).toBeLessThanOrEqual(atLimit);
    results.slice(1000).forEach((r) => s.add(r));
    expect(s.retainedSize).toBe(after1000);
    const [f] = s.figures();
    expect(f.n).toBe(3000);
    expect(f.p50).toBeGreaterThan(0.45); // uniform figure: median near 0.5
    expect(f.p50).toBeLessThan(0.55);
  });

  it('gives the same summary for the same results in the same order', () => {
    const run = () => {
      const s = new Summariser(CATALOGUE, { exactLimit: 20 });
      fakeResults(500, 3).forEach((r) => s.add(r));
      return { f: s.figures(), s: s.series() };
    };
    expect(run()).toEqual(run());
  });

  it('accepts gaps but throws on out-of-order or repeated replications', () => {
    const [a, b, c] = fakeResults(3);
    const s = new Summariser(CATALOGUE);
    s.add(a);
    s.add(c);
    expect(() => s.add(b)).toThrow(/replication 1 arrived after 2/);
    expect(() => s.add(c)).toThrow(/strictly increasing/);
    expect(s.count).toBe(2);
  });

  it('names the figure or series that is malformed', () => {
    const [r] = fakeResults(1);
    const s = new Summariser(CATALOGUE);
    expect(() => s.add({ ...r, values: [r.values[0], NaN] })).toThrow(/cost\.external is NaN/);
    expect(() => s.add({ ...r, values: [1] })).toThrow(/expected 2 values/);
    expect(() => s.add({ ...r, weekly: [[1, 2]] })).toThrow(/hub\.occupancy: expected 3 values/);
    expect(() => s.figures()).toThrow(/no replications/);
    expect(() => s.series()).toThrow(/no replications/);
  });
});
