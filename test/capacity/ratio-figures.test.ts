import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../../src/sim/scenario.js';
import { catalogueOf } from '../../src/sim/run-replication.js';
import { runBatch } from '../../src/sim/run-batch.js';
import { Summariser } from '../../src/capacity/summarise.js';
import { PairedSummariser } from '../../src/capacity/paired-summariser.js';
import { scalarCatalogue, scalarPicker } from '../../src/capacity/scalar-figures.js';
import { CoMoments } from '../../src/capacity/co-moments.js';
import { ratioEstimate } from '../../src/capacity/ratio-estimate.js';
import type { MetricCatalogue } from '../../src/sim/results.js';

/** Erlang B by the recursion B(0) = 1, B(c) = A·B(c−1) / (c + A·B(c−1)). */
function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** The Hub-only loss system of scenarios/test/hub-loss.yaml at `erlangs`, over `years` after its half-year warm-up. */
function hubLoss(beds: number, erlangs: number, years: number): Scenario {
  const raw = parseYaml(readFileSync(new URL('../../scenarios/test/hub-loss.yaml', import.meta.url), 'utf8'));
  raw.horizonYears = years;
  raw.demand[0].ratePerYear = (erlangs * 365.25) / 28;
  raw.services.hub.beds = beds;
  const checked = validateScenario(raw);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.scenario;
}

describe('ratio figures are totals over totals', () => {
  // The issue's case: a short run sees few referrals, and the mean of per-replication shares is biased low
  // (a quarter-year read 14.5% under Erlang B). The ratio of totals is consistent: within 3 standard errors.
  it.each([[1], [0.25]])('spillover.share on a %f-year Hub loss system (3 beds, 2.4 Erlangs) matches Erlang B', (years) => {
    const s = hubLoss(3, 2.4, years);
    const summary = new Summariser(scalarCatalogue(catalogueOf(s), ['spillover.share']));
    const pick = scalarPicker(catalogueOf(s), summary.catalogue);
    const n = years < 1 ? 3000 : 1500;
    runBatch([s], 7, 0, n)[0].forEach((r) => summary.add(pick(r)));
    const share = summary.figures().find((f) => f.id === 'spillover.share')!;
    const se = share.sd / Math.sqrt(share.n);
    expect(Math.abs(share.mean - erlangB(3, 2.4))).toBeLessThan(3 * se);
    // The standard error is the delta method's, not zero and not the per-replication spread (which is wider).
    expect(se).toBeGreaterThan(0);
    expect(share.ci95[1] - share.ci95[0]).toBeCloseTo(2 * 1.96 * se, 2);
  });

  it('gives the ratio of sums and the delta-method sd on a hand-worked sample', () => {
    const m = new CoMoments(2);
    [[1, 2], [3, 4], [0, 2]].forEach((v) => m.add(v));
    const { ratio, sd } = ratioEstimate(m, 0, 1);
    expect(ratio).toBeCloseTo(4 / 8, 12); // not mean(1/2, 3/4, 0) = 0.4167
    // Z = (x − R·y) / ȳ with ȳ = 8/3: (0, 1, −1) · 3/8, sd = 3/8.
    expect(sd).toBeCloseTo(3 / 8, 12);
  });

  it('pairs ratio differences on the linearised values, and keeps 0 when nothing happened', () => {
    const cat: MetricCatalogue = {
      scalars: [
        { id: 'n', label: 'n', unit: 'count', group: 'g' },
        { id: 'd', label: 'd', unit: 'count', group: 'g' },
        { id: 's', label: 's', unit: 'share', group: 'g', ratio: { numerator: 'n', denominator: 'd' } },
      ],
      series: [], weekStarts: [],
    };
    const p = new PairedSummariser(cat, cat);
    const rows = [[1, 2], [3, 4], [0, 2]];
    rows.forEach(([x, y], i) => p.add({ replication: i, events: 0, values: [x, y, x / y], weekly: [] }, { replication: i, events: 0, values: [x + 1, y, (x + 1) / y], weekly: [] }));
    const s = p.differences().find((d) => d.id === 's')!;
    expect(s.baseline).toBeCloseTo(0.5, 12);
    expect(s.option).toBeCloseTo(7 / 8, 12);
    expect(s.meanDifference).toBeCloseTo(3 / 8, 12);
    const empty = new CoMoments(2);
    empty.add([0, 0]);
    expect(ratioEstimate(empty, 0, 1)).toEqual({ ratio: 0, sd: 0 });
  });
});
