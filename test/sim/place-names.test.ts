import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../src/sim/run-replication.js';
import { runLogged, scenario } from './helpers.js';

/**
 * The Hub is called "Hub" and the team "Outreach" inside the model; a home or
 * house may carry either name. Places are found by kind and position, never
 * by name (hostile review 3: a home called "Outreach" gave the team's weekly
 * capacity as the home's 4 beds, and a home called "Hub" earned sold-place
 * income from before it opened).
 */
const home = (name: string, extra: Record<string, unknown> = {}) => ({ name, beds: 4, fixedWeeklyGbpPerBed: 5000, ...extra });

describe('a home named like a service is still that home', () => {
  it('weekly capacity: the team keeps its slots, the Hub its beds, each home its own', () => {
    const s = scenario({
      services: { hub: { beds: 3 }, outreach: { slots: 12 }, homes: [home('Outreach'), home('Hub', { beds: 2 })] },
    });
    const series = new Map(catalogueOf(s).series.map((x) => [x.id, x.capacity]));
    expect(new Set(series.get('outreach'))).toEqual(new Set([12]));
    expect(new Set(series.get('hub'))).toEqual(new Set([3]));
    expect(new Set(series.get('home.0'))).toEqual(new Set([4]));
    expect(new Set(series.get('home.1'))).toEqual(new Set([2]));
  });

  it('sold-place income of a home named "Hub" runs from the home’s opening, as under any other name', () => {
    const sold = { soldPlaces: [{ buyer: 'X', places: 2, from: '2026-04-01', weeklyGbpPerPlace: 1000 }], opens: '2027-01-01' };
    const income = (name: string) => runLogged(scenario({ services: { homes: [home(name, sold)] } })).figure('cost.soldPlacesIncome');
    expect(income('Hub')).toBeCloseTo(income('Elsewhere'), 6);
    // 2 places × £1,000 a week from 1 January to 31 March 2027 (90 days), as income (negative cost).
    expect(income('Hub')).toBeCloseTo((-2 * 1000 * 90) / 7, 0);
  });
});
