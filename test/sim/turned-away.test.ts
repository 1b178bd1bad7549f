import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

/**
 * Turn-aways by house and home (MODEL.md "What a run reports": turned-away arrivals per service): a request
 * no local place had room for counts at each open place that was for the child (purpose, ages, needs) and
 * had no room; not at a place for other needs or ages, not at a closed one, and not at all when another
 * local place took the child.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const direct = (name: string, day: number, age: number, need: string) => ({ name, arrivalDays: [day], route: 'direct', ageYears: fixed(age), needMix: { [need]: 1 }, placement: { inHouseHome: 1 } });
const home = (name: string, extra: Record<string, unknown> = {}) => ({ name, beds: 1, fixedWeeklyGbpPerBed: 5000, ...extra });

function turnAways(homes: Record<string, unknown>[]) {
  const s = scenario({
    demand: [direct('blocker', 0, 14, 'ebd'), direct('second', 1, 14, 'ebd')],
    services: { homes },
  });
  const { log, figure } = runLogged(s);
  return { log, counts: homes.map((_, i) => figure(`home.${i}.turnedAway`)), spillovers: figure('spillover.count') };
}

describe('turn-aways by house and home', () => {
  it('counts at the full home that was for the child, not at one for other needs, other ages, or not yet open', () => {
    const { counts, spillovers, log } = turnAways([
      home('EBD', { needs: ['ebd'] }),
      home('Complex', { needs: ['complex'] }),
      home('Under 12', { maxAge: 12 }),
      home('Opens later', { opens: '2026-06-01' }),
    ]);
    expect(spillovers).toBe(1);
    expect(counts).toEqual([1, 0, 0, 0]);
    expect(log.filter((l) => l.what === 'turned-away').map((l) => `${l.t} ${l.child} ${l.where}`)).toEqual(['1 2 EBD']);
  });

  it('counts at every full home the child could have had: one request, two turn-aways', () => {
    const s = scenario({
      demand: [direct('a', 0, 14, 'ebd'), direct('b', 0, 14, 'ebd'), direct('c', 1, 14, 'ebd')],
      services: { homes: [home('One'), home('Two')] },
    });
    const { figure } = runLogged(s);
    expect(figure('spillover.count')).toBe(1);
    expect([figure('home.0.turnedAway'), figure('home.1.turnedAway')]).toEqual([1, 1]);
  });

  it('counts nothing when another local place takes the child, though the first in the order was full', () => {
    const { counts, spillovers } = turnAways([home('First', { needs: ['ebd'] }), home('Second')]);
    expect(spillovers).toBe(0);
    expect(counts).toEqual([0, 0]);
  });
});
