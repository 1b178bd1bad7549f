import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../../src/sim/scenario.js';
import { catalogueOf } from '../../src/sim/run-replication.js';
import { runBatch } from '../../src/sim/run-batch.js';
import { Comparison } from '../../src/capacity/compare.js';
import { Summariser } from '../../src/capacity/summarise.js';
import { scalarCatalogue, scalarPicker } from '../../src/capacity/scalar-figures.js';

/** The Hub loss system with a lognormal stay, so cost varies from child to child as well as with arrivals. */
function hubLoss(beds: number): Scenario {
  const raw = parseYaml(readFileSync(new URL('../../scenarios/test/hub-loss.yaml', import.meta.url), 'utf8'));
  raw.horizonYears = 3;
  raw.services.hub.beds = beds;
  raw.services.hub.stayDays = { dist: 'lognormal', mean: 28, sd: 14 };
  raw.placements.external.outOfCountyWeeklyCostGbp = { dist: 'uniform', min: 3200, max: 7429 };
  const checked = validateScenario(raw);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.scenario;
}

const N = 60;

function halfWidth(ci: [number, number]): number {
  return (ci[1] - ci[0]) / 2;
}

/** One arm's cost.total summary from its own seed. */
function independent(s: Scenario, seed: number) {
  const full = catalogueOf(s);
  const reduced = scalarCatalogue(full, ['cost.total']);
  const summary = new Summariser(reduced);
  const pick = scalarPicker(full, reduced);
  for (const r of runBatch([s], seed, 0, N)[0]) summary.add(pick(r));
  return summary.figures()[0];
}

describe('paired differences on common random numbers', () => {
  const base = hubLoss(3);
  const option = hubLoss(4);

  it('give a cost-difference interval much narrower than two independent runs', () => {
    const comparison = new Comparison(catalogueOf(base), [catalogueOf(option)]);
    const [b, o] = runBatch([base, option], 11, 0, N);
    for (let i = 0; i < N; i++) comparison.add([b[i], o[i]]);
    const paired = comparison.optionResults()[0].differences.find((d) => d.id === 'cost.total')!;

    // Independent runs: different seeds, Welch's interval of the difference of means, approximated by
    // combining the two arms' half-widths in quadrature (same n, near-equal t).
    const a = independent(base, 11);
    const c = independent(option, 12);
    const independentHalf = Math.hypot(halfWidth(a.ci95), halfWidth(c.ci95));
    const pairedHalf = halfWidth(paired.ci95);

    expect(paired.n).toBe(N);
    expect(paired.clearOfZero).toBe(true);
    expect(pairedHalf).toBeLessThan(0.5 * independentHalf);
    // Record the figures for the note (visible with --reporter verbose).
    console.info(`paired half-width £${pairedHalf.toFixed(0)}, independent £${independentHalf.toFixed(0)}, ratio ${(pairedHalf / independentHalf).toFixed(3)}`);
  });

  it('pairs the baseline with itself to exactly zero', () => {
    const comparison = new Comparison(catalogueOf(base), [catalogueOf(base)]);
    const [b, o] = runBatch([base, base], 5, 0, 10);
    for (let i = 0; i < 10; i++) comparison.add([b[i], o[i]]);
    for (const d of comparison.optionResults()[0].differences) {
      expect(d.meanDifference).toBe(0);
      expect(d.clearOfZero).toBe(false);
    }
  });
});
