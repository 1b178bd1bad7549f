import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../src/sim/run-replication.js';
import { richScenario } from '../sim/rich-scenario.js';

/**
 * What a reader needs of every figure's description: a report or spreadsheet shows the label,
 * not the id, so each must be there, say which place it is about, and not repeat another's.
 */
describe('the figure catalogue reads unambiguously', () => {
  const s = richScenario();
  const cat = catalogueOf(s);
  const GROUPS = new Set(['hub', 'houses', 'homes', 'outreach', 'spillover', 'children', 'stability', 'cost', 'cost-fy']);

  it('has unique ids and unique, non-empty labels, in a known group', () => {
    const ids = cat.scalars.map((m) => m.id);
    const labels = cat.scalars.map((m) => m.label.trim());
    expect(new Set(ids).size).toBe(ids.length);
    expect(labels.filter((l) => l.length < 8)).toEqual([]);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    expect(cat.scalars.filter((m) => !GROUPS.has(m.group)).map((m) => m.id)).toEqual([]);
  });

  it('gives every pool\'s figures the unit docs/results.md states', () => {
    const UNIT: Record<string, string> = { meanOccupancy: 'places', utilisation: 'share', shareTimeFull: 'share', admissions: 'count' };
    const pools = cat.scalars.filter((m) => /^(hub|houses|homes|outreach|house\.\d+|home\.\d+)\.(meanOccupancy|utilisation|shareTimeFull|admissions)$/.test(m.id));
    expect(pools.length).toBe(4 * (4 + s.services.houses.length + s.services.homes.length));
    for (const m of pools) expect(`${m.id} ${m.unit}`).toBe(`${m.id} ${UNIT[m.id.split('.').pop()!]}`);
    for (const m of cat.scalars.filter((x) => x.id.startsWith('cost.'))) expect(`${m.id} ${m.unit}`).toBe(`${m.id} GBP`);
  });

  it('names the house or home in each of its figures, and puts it in its group', () => {
    const places = [...s.services.houses.map((h, i) => [`house.${i}.`, h.name, 'houses']), ...s.services.homes.map((h, i) => [`home.${i}.`, h.name, 'homes'])];
    for (const [prefix, name, group] of places) {
      const mine = cat.scalars.filter((m) => m.id.startsWith(prefix));
      const ids = mine.map((m) => m.id.slice(prefix.length));
      // docs/model.md: a house also counts children (houses.meanChildren, house.N.meanChildren).
      expect(ids).toEqual(['meanOccupancy', 'utilisation', 'shareTimeFull', 'admissions', ...(group === 'houses' ? ['meanChildren'] : []), 'turnedAway']);
      for (const m of mine) {
        expect(m.label).toContain(name);
        expect(m.group).toBe(group);
      }
    }
    for (const [prefix, group] of [['houses.', 'houses'], ['homes.', 'homes']]) {
      const all = cat.scalars.filter((m) => m.id.startsWith(prefix));
      expect(all).toHaveLength(group === 'houses' ? 5 : 4);
      for (const m of all) {
        expect(m.group).toBe(group);
        expect(m.label).toContain(`${group} (all)`);
      }
    }
  });

  it('labels every weekly series, and names the place', () => {
    const labels = cat.series.map((x) => x.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const h of [...s.services.houses, ...s.services.homes]) expect(labels.some((l) => l.includes(h.name))).toBe(true);
  });
});
