import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/sim/scenario.js';
import { runLogged, scenario } from './helpers.js';

/**
 * Limits that the model's own bookkeeping relies on, enforced where a user
 * meets them (scenario validation) rather than left to give a wrong answer in
 * silence. Both were found through mutation testing (docs/mutation-survivors.md).
 */
const d = (name: string, day: number, need: string) => ({ name, arrivalDays: [day], route: 'direct', ageYears: { dist: 'fixed', value: 12 }, needMix: { [need]: 1 }, placement: { house: 1 } });
const house = (needsApart: string[][]) => ({ name: 'House 1', places: 2, registration: 'registered', fixedWeeklyGbpPerPlace: 5477, sharing: { needsApart } });

describe('needs kept apart in a house', () => {
  it('keep apart exactly the pairs named, at the largest number of needs allowed (1,000)', () => {
    const needs = Array.from({ length: 1000 }, (_, i) => `n${i}`);
    // n0 and n999 are kept apart; an n1 child and an n0 child may share.
    const s = scenario({ needs, demand: [d('a', 0, 'n1'), d('b', 1, 'n0'), d('c', 2, 'n999')], services: { houses: [house([['n0', 'n999']])] } });
    const lines = runLogged(s).log.filter((l) => l.what !== 'arrived').map((l) => `${l.t} ${l.what} ${l.child}`);
    expect(lines.slice(0, 3)).toEqual(['0 placed-house 1', '1 placed-house 2', '2 spillover 3']);
  });

  it('more than 1,000 needs is refused with the rule, not run with need pairs mixed up', () => {
    const needs = Array.from({ length: 1001 }, (_, i) => `n${i}`);
    const r = validateScenario({ ...scenario(), needs, demand: [d('a', 0, 'n1')] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}: ${i.message}`)).toContain('needs: at most 1000 needs');
  });
});

describe('the name "caseload" is reserved', () => {
  it('a demand stream called "caseload" is refused: its children would repeat the starting caseload\'s random numbers', () => {
    const r = validateScenario({ ...scenario(), demand: [{ ...d('caseload', 0, 'ebd'), placement: { home: 1 } }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.find((i) => i.path === 'demand[0].name')?.message).toMatch(/"caseload" is reserved for today's caseload/);
  });
});
