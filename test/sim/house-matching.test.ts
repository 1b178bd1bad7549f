import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const one = (name: string, day: number, age: number, need: string) => ({
  name, arrivalDays: [day], route: 'direct', ageYears: { dist: 'fixed', value: age }, needMix: { [need]: 1 }, placement: { house: 1 },
});

describe('matching in a multi-functional house: exact event logs', () => {
  it('the sharing rule keeps apart needs listed together and ages too far apart; a compatible young person shares', () => {
    const s = scenario({
      demand: [one('a', 0, 16, 'ebd'), one('b', 1, 17, 'complex'), one('c', 2, 13, 'ebd'), one('d', 3, 15.5, 'ebd')],
      // maxAge 18: the house's own ages replace the registered default of under 16 (seed 001 §22).
      services: { houses: [{ name: 'House 1', registration: 'registered', maxAge: 18, fixedWeeklyGbpPerPlace: 5477, sharing: { maxAgeGapYears: 2, needsApart: [['ebd', 'complex']] } }] },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t < 10).map(line)).toEqual([
      '0 placed-house 1 House 1',
      '1 spillover 2 house', '1 turned-away 2 House 1', '1 placed-external 2 out of county',
      '2 spillover 3 house', '2 turned-away 3 House 1', '2 placed-external 3 out of county',
      '3 placed-house 4 House 1',
    ]);
  });

  it('ages per house narrow the registration: a registered house for 13-16-year-olds turns away a 12- and a 16-year-old', () => {
    const s = scenario({
      demand: [one('a', 0, 12, 'ebd'), one('b', 1, 16, 'ebd'), one('c', 2, 14, 'ebd')],
      services: { houses: [{ name: 'House 1', registration: 'registered', minAge: 13, maxAge: 16, fixedWeeklyGbpPerPlace: 5477 }] },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t < 10).map((l) => `${l.t} ${l.what} ${l.child}`)).toEqual([
      '0 spillover 1', '0 placed-external 1', '1 spillover 2', '1 placed-external 2', '2 placed-house 3',
    ]);
  });

  it('refuses ages that leave no one: a registered house (under 16) with minAge 16, or re-registered so', () => {
    const bad = (h: object) => () => scenario({ services: { houses: [{ name: 'H', fixedWeeklyGbpPerPlace: 1, ...h }] } });
    expect(bad({ registration: 'registered', minAge: 16 })).toThrow(/services\.houses\[0\]\.maxAge.*ages 16-16, which is no one/);
    expect(bad({ registration: 'unregulated16plus', maxAge: 16 })).toThrow(/maxAge must be above minAge|ages 16-16/);
    expect(bad({ registration: 'unregulated16plus', minAge: 16, capacitySteps: [{ from: '2026-10-01', registration: 'registered' }] })).toThrow(/capacitySteps\[0\]\.registration.*ages 16-16/);
    expect(bad({ registration: 'registered', minAge: 16, maxAge: 18 })).not.toThrow();
  });

  it('refuses a sharing rule naming an unknown need', () => {
    expect(() => scenario({ services: { houses: [{ name: 'H', registration: 'registered', fixedWeeklyGbpPerPlace: 1, sharing: { needsApart: [['ebd', 'nope']] } }] } })).toThrow(/unknown need "nope"/);
  });
});
