import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.js';
import type { Scenario } from '../../src/sim/scenario.js';
import { figureOf } from './helpers.js';
import { richScenario } from './rich-scenario.js';

/** Paired mean difference (more capacity − baseline) of a figure on common random numbers, with its standard error. */
function paired(base: Scenario, more: Scenario, id: string, n: number) {
  const d: number[] = [];
  for (let r = 0; r < n; r++) {
    d.push(figureOf(more, runReplication(more, 99, r).values, id) - figureOf(base, runReplication(base, 99, r).values, id));
  }
  const mean = d.reduce((a, b) => a + b, 0) / n;
  const se = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) / n);
  return { mean, se };
}

describe('more capacity never raises spill-over or out-of-county weeks on average (common random numbers)', () => {
  const base = richScenario();
  const withServices = (f: (sv: Scenario['services']) => void) => {
    const s = structuredClone(base);
    f(s.services);
    return s;
  };
  // Each option with the figure it must lower for certain: Hub turn-aways, children going without
  // outreach, and (a home bed takes back children from out of county) out-of-county weeks.
  const options: [string, Scenario, string][] = [
    ['one more Hub bed', withServices((sv) => (sv.hub.beds += 1)), 'hub.turnedAway'],
    ['one more outreach slot', withServices((sv) => (sv.outreach.slots += 1)), 'outreach.wentWithout'],
    ['one more bed in a home', withServices((sv) => (sv.homes[2].beds += 1)), 'ooc.childWeeks'],
  ];
  it.each(options)('%s: does not raise spill-overs or out-of-county weeks beyond noise', (_, more) => {
    for (const id of ['spillover.count', 'ooc.childWeeks']) {
      const diff = paired(base, more, id, 120);
      // Not above zero beyond sampling noise (2 standard errors of the paired mean).
      expect(diff.mean).toBeLessThanOrEqual(2 * diff.se);
    }
  });

  // Strict: an option with no effect at all (a place that is never used) fails here.
  it.each(options)('%s: clearly lowers the figure it serves', (_, more, id) => {
    const diff = paired(base, more, id, 60);
    expect(diff.mean + 3 * diff.se).toBeLessThan(0);
  });
});
