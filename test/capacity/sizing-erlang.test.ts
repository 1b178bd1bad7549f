import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../../src/sim/scenario.js';
import { catalogueOf } from '../../src/sim/run-replication.js';
import { runBatch } from '../../src/sim/run-batch.js';
import { roundSchedule, runSizingSearch, SizingSearch } from '../../src/capacity/sizing.js';
import { sizingOutcome } from '../../src/capacity/sizing-outcome.js';
import { gridOf, parseTarget, parseVary } from '../../src/capacity/grid.js';
import { erlangB } from '../sim/queueing.js';

// 2.5 Erlangs: B(4) = 0.150 and B(5) = 0.070, so a 10% target is not borderline.
const ERLANGS = 2.5;
const STAY_DAYS = 28;

/** The Hub-only loss system at ERLANGS, with external placements free so cost rises with every bed. */
function hubLoss(beds: number): Scenario {
  const raw = parseYaml(readFileSync(new URL('../../scenarios/test/hub-loss.yaml', import.meta.url), 'utf8'));
  raw.horizonYears = 5;
  raw.demand[0].ratePerYear = (ERLANGS * 365.25) / STAY_DAYS;
  raw.services.hub.beds = beds;
  raw.placements.external.outOfCountyWeeklyCostGbp = { dist: 'fixed', value: 0 };
  const checked = validateScenario(raw);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.scenario;
}

describe('sizing a Hub-only loss system for blocking ≤ 10%', () => {
  it('returns the smallest bed count Erlang B says meets the target', async () => {
    const answer = Array.from({ length: 10 }, (_, i) => i + 1).find((c) => erlangB(c, ERLANGS) <= 0.1)!;
    expect(answer).toBe(5);
    expect(erlangB(answer - 1, ERLANGS)).toBeGreaterThan(0.14);
    expect(erlangB(answer, ERLANGS)).toBeLessThan(0.075);

    const dim = parseVary('services.hub.beds=1..10');
    const target = parseTarget('spillover.share<=0.10');
    if (typeof dim === 'string' || typeof target === 'string') throw new Error('parse');
    const settings = gridOf([dim]);
    const scenarios = settings.map((s) => hubLoss(s['services.hub.beds']));
    const search = new SizingSearch(scenarios.map(catalogueOf), {
      objective: 'cost.total', target, keyFigures: ['hub.utilisation'], confidence: 0.95, initialReplications: 10, maxReplications: 160,
    });
    await runSizingSearch(search, async (configs, from, to, deliver) => {
      const results = runBatch(configs.map((k) => scenarios[k]), 2026, from, to);
      for (let r = 0; r < to - from; r++) configs.forEach((k, j) => deliver(k, results[j][r]));
      return { stopped: false };
    });
    const outcome = sizingOutcome(search, false, settings.map((x) => x['services.hub.beds']));
    expect(outcome.outcome).toBe('single');
    const chosen = outcome.chosen;
    expect(chosen).not.toBeNull();
    expect(settings[chosen!]['services.hub.beds']).toBe(answer);

    const states = search.states();
    // Below the answer: shown to fail; above it: dropped as costlier than a feasible configuration.
    states.slice(0, answer - 1).forEach((s) => expect(s.feasible).toBe('no'));
    states.slice(answer).forEach((s) => expect(s.dropped).toMatch(/higher cost.total than configuration/));
    // Replications went where they mattered: nobody ran more than the cap, most far fewer.
    const total = states.reduce((a, s) => a + s.replications, 0);
    expect(total).toBeLessThan(10 * 160);
    const share = states[answer - 1].figures.find((f) => f.id === 'spillover.share')!;
    expect(Math.abs(share.mean - erlangB(answer, ERLANGS))).toBeLessThan(0.02);
    console.info(`Erlang B sizing: ${answer} beds (B=${erlangB(answer, ERLANGS).toFixed(4)}, simulated ${share.mean.toFixed(4)}); replications ${states.map((s) => s.replications).join(', ')} (total ${total})`);
  });
});

describe('sizing pieces', () => {
  it('doubles rounds up to the cap', () => {
    expect(roundSchedule(20, 400)).toEqual([20, 40, 80, 160, 320, 400]);
    expect(roundSchedule(50, 50)).toEqual([50]);
    expect(roundSchedule(30, 10)).toEqual([10]);
    expect(() => roundSchedule(1, 10)).toThrow(/at least 2/);
  });

  it('parses --vary and --target and builds the grid first dimension slowest', () => {
    expect(parseVary('services.hub.beds=2..4')).toEqual({ path: 'services.hub.beds', values: [2, 3, 4] });
    expect(parseVary('services.hub.beds=3')).toEqual({ path: 'services.hub.beds', values: [3] });
    expect(parseVary('services.hub.beds=4..2')).toMatch(/ends \(2\) before it starts \(4\)/);
    expect(parseVary('beds')).toMatch(/expected path=from..to/);
    // A list element named with spaces or an apostrophe, as --set accepts it (every shipped home's name has a space).
    expect(parseVary("services.homes.Hope's Place.beds=0..2")).toEqual({ path: "services.homes.Hope's Place.beds", values: [0, 1, 2] });
    expect(parseVary(' services.homes.Welland House.beds = 3 ')).toEqual({ path: 'services.homes.Welland House.beds', values: [3] });
    expect(parseVary('=2..4')).toMatch(/expected path=from..to/);
    expect(parseTarget('spillover.share<=0.1')).toEqual({ figure: 'spillover.share', operator: '<=', value: 0.1 });
    expect(parseTarget('spillover.share<0.1')).toMatch(/expected figure<=value/);
    expect(parseTarget('spillover.share<=-1')).toBe('--target spillover.share<=-1: the limit -1 is below 0, which no figure can meet');
    expect(parseTarget('spillover.count<=0')).toEqual({ figure: 'spillover.count', operator: '<=', value: 0 });
    expect(gridOf([{ path: 'a', values: [1, 2] }, { path: 'b', values: [7, 8, 9] }])).toEqual([
      { a: 1, b: 7 }, { a: 1, b: 8 }, { a: 1, b: 9 }, { a: 2, b: 7 }, { a: 2, b: 8 }, { a: 2, b: 9 },
    ]);
  });
});
