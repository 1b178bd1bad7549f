import { describe, expect, it } from 'vitest';
import { calibrate, type Calibration } from '../../src/calibrate/calibration.js';
import { residentialRoutes } from '../../src/calibrate/synth-children.js';
import type { Estimate } from '../../src/calibrate/intervals.js';
import { knownScenario, synthTables } from './helpers.js';

const s = knownScenario();
const truth = residentialRoutes(s);
const run = (seed: number): Calibration => {
  const t = synthTables(s, seed, 6);
  const r = calibrate(t.episodes, t.headers, s.startDate, false);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return r.calibration;
};
const holds = (e: Estimate, x: number) => e.low <= x && x <= e.high;

/** Every parameter calibrate recovers, with the value the synthetic return was made from. */
function checks(c: Calibration): [string, Estimate, number][] {
  const { localResidential: lr, external: ex, family: fa } = s.placements;
  const local = c.entries.residentialByType;
  const stay = c.stays.find((g) => g.label === "children's home, own council")!.fit;
  if (stay.kind !== 'weibull') throw new Error('expected a Weibull fit for own homes');
  const meanLocalDays = 365.25 / (lr.breakdownPerYear + lr.stepDownPerYear + lr.returnHomePerYear + lr.sgoPerYear);
  return [
    ['entries a year at the start', c.entries.residential.rateAt, truth.rate],
    ['growth a year', c.entries.residential.growth!, truth.growth],
    ['external share of first placements', local.externalResidential, truth.mix.externalResidential],
    ['out-of-county share', c.outOfCounty!, ex.outOfCountyShare],
    ['local breakdown', c.exits.local.rates.breakdown, lr.breakdownPerYear],
    ['local step-down', c.exits.local.rates.stepDown, lr.stepDownPerYear],
    ['local return home', c.exits.local.rates.returnHome, lr.returnHomePerYear],
    ['local SGO', c.exits.local.rates.sgo, lr.sgoPerYear],
    ['external breakdown', c.exits.external.rates.breakdown, ex.breakdownPerYear],
    ['external step-down', c.exits.external.rates.stepDown, ex.stepDownPerYear],
    ['external return home', c.exits.external.rates.returnHome, ex.returnHomePerYear],
    ['external SGO', c.exits.external.rates.sgo, ex.sgoPerYear],
    ['family breakdown', c.exits.family.rates.breakdown, fa.breakdownPerYear],
    ['family return home', c.exits.family.rates.returnHome, fa.returnHomePerYear],
    ['own-home stay: Weibull shape (exponential stays: 1)', stay.shape, 1],
    ['own-home stay: Weibull scale in days (exponential: the mean)', stay.scaleDays, meanLocalDays],
  ];
}

describe('round trip: synthesise a return from known parameters, calibrate, recover them', () => {
  // Sixteen honest 95% intervals from one return all hold with probability
  // 0.95^16 = 44%; three or more miss with probability 4%. So one return is
  // allowed two misses; the coverage test below is the sharper check.
  it('one return (seed 2026): at most 2 of the 16 true values fall outside their stated 95% intervals', () => {
    const c = run(2026);
    expect(c.exits.local.pooled).toBeNull();
    expect(c.exits.family.pooled).toBeNull();
    const missed = checks(c).filter(([, e, x]) => !holds(e, x)).map(([name, e, x]) => `${name}: ${x} not in ${e.low}-${e.high}`);
    expect(missed.length).toBeLessThanOrEqual(2);
  });

  // 95% intervals over 30 independent returns: each should cover its true
  // value about 28.5 times; 24 or fewer happens with probability ~0.2% for an
  // honest interval (binomial(30, 0.95)), so a miss here means the interval
  // or the estimator is wrong, not bad luck.
  it('each interval covers its true value in at least 25 of 30 independent returns', () => {
    const covered = new Map<string, number>();
    for (let seed = 1; seed <= 30; seed++) {
      for (const [name, e, x] of checks(run(seed))) covered.set(name, (covered.get(name) ?? 0) + (holds(e, x) ? 1 : 0));
    }
    const low = [...covered].filter(([, n]) => n < 25);
    expect(low).toEqual([]);
  });
});
