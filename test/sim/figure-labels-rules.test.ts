import { describe, expect, it } from 'vitest';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import type { MetricCatalogue } from '../../src/sim/results.js';
import { richScenario } from './rich-scenario.js';
import { loadScenario } from '../../src/io/load-scenario.js';

/**
 * What a reader of the report, the CSVs and the workbook sees of a figure is its label, unit and
 * group (docs/results.md, A figure). These rules hold for every figure, so a catalogue built from a
 * scenario with every feature on (houses, homes, outreach waits, foster carers, short breaks, two
 * financial years) checks every label the model can write. Catalogues are built inside each test.
 */
function everything() {
  const u = (min: number, max: number) => ({ dist: 'uniform', min, max });
  const rich = richScenario();
  return richScenario({
    demand: [
      ...rich.demand,
      { name: 'breaks', ratePerYear: 50, route: 'shortBreak', ageYears: u(8, 16), needMix: { complex: 1 } },
    ],
    services: {
      ...rich.services,
      outreach: { ...rich.services.outreach, priority: ['returnHome', 'breakdown'] },
      homes: [...rich.services.homes, { name: 'Elmslie', beds: 2, fixedWeeklyGbpPerBed: 4000, purpose: 'shortBreaks', stayDays: { dist: 'fixed', value: 2 } }],
      fosterCarers: {
        specialistShare: 0.2,
        pools: [
          { name: 'In-house mainstream', kind: 'mainstream', provider: 'inHouse', carers: 10, weeklyGbp: 700 },
          { name: 'Agency specialist', kind: 'specialist', provider: 'agency', carers: 2, weeklyGbp: 2000 },
        ],
        whenNoCarer: 'residential',
        stepDownSearches: [{ from: '2026-04-01', perYear: 12 }],
      },
    },
  });
}

/** The report group a figure belongs in, from its id's first part (docs/report.md selects charts by it). */
function groupOf(id: string): string {
  const [head] = id.split('.');
  if (/^cost\.fy\d{4}\./.test(id)) return 'cost-fy';
  if (id === 'family.meanCaseload') return 'children'; // a caseload, beside residential.meanCaseload
  if (id === 'family.noCarer') return 'stability'; // foster supply, beside the step-downs
  const byHead: Record<string, string> = {
    hub: 'hub', houses: 'houses', house: 'houses', homes: 'homes', home: 'homes', outreach: 'outreach',
    spillover: 'spillover', ooc: 'spillover', external: 'spillover', cost: 'cost',
    residential: 'children', children: 'children', stability: 'stability', atRisk: 'stability',
    stepDown: 'stability', carers: 'stability', shortBreaks: 'shortBreaks',
  };
  return byHead[head] ?? `no group for ${id}`;
}

/** The unit a figure's id promises (docs/results.md: share 0-1, children, places, count, GBP, days, weeks, child-weeks, per child). */
function unitOf(id: string): string {
  const last = id.split('.').pop()!;
  if (/^waitsOver\d+Days$/.test(last)) return 'count'; // how many waits were that long, not days
  if (/share|Share|utilisation/.test(last)) return 'share';
  if (id.startsWith('cost.')) return 'GBP';
  if (/[cC]hildWeeks$/.test(last)) return 'child-weeks';
  if (/Weeks$/.test(last)) return 'weeks';
  if (/PerChild$/.test(last)) return 'per child';
  if (/Days$/.test(last)) return 'days';
  if (last === 'meanOccupancy') return 'places';
  if (/^(meanChildren|meanCaseload|meanWaitingList|meanWaiting|inCare|children)$/.test(last)) return 'children';
  return 'count';
}

const fyLabel = (fy: number) => `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`;

describe('every figure of a scenario with every feature on reads unambiguously', () => {
  it('has a non-empty id and label, each unique in the catalogue, for every scalar figure and weekly series', () => {
    const cat = catalogueOf(everything());
    for (const list of [cat.scalars, cat.series] as { id: string; label: string }[][]) {
      const ids = list.map((m) => m.id);
      const labels = list.map((m) => m.label.trim());
      expect(ids.filter((x) => x === '')).toEqual([]);
      expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
      // A label says what and where: more than a stray word or an empty place name (": mean places in use").
      expect(list.filter((m) => m.label.trim().length < 12 || m.label.startsWith(':')).map((m) => m.id)).toEqual([]);
      expect(labels.filter((x, i) => labels.indexOf(x) !== i)).toEqual([]);
    }
    // Every label-producing branch ran: short breaks, foster carers, houses, homes, two financial years.
    const ids = cat.scalars.map((m) => m.id);
    for (const id of ['shortBreaks.refusedShare', 'stepDown.meanWaiting', 'stepDown.searches', 'carers.1.utilisation', 'houses.meanChildren', 'homes.shareTimeFull', 'cost.fy2027.total', 'hub.shareWaitOver91Days']) expect(ids).toContain(id);
  });

  it('puts every figure in its report group and gives it the unit its id promises', () => {
    const cat = catalogueOf(everything());
    expect(cat.scalars.filter((m) => m.group !== groupOf(m.id)).map((m) => `${m.id}: ${m.group}`)).toEqual([]);
    expect(cat.scalars.filter((m) => m.unit !== unitOf(m.id)).map((m) => `${m.id}: ${m.unit}`)).toEqual([]);
  });

  it('starts a figure\'s label with the service or place it is about', () => {
    const s = everything();
    const cat = catalogueOf(s);
    const starts: [RegExp, string][] = [
      [/^hub\./, 'Hub'], [/^outreach\./, 'Outreach'], [/^houses\./, 'Multi-functional houses (all)'], [/^homes\./, 'In-house homes (all'],
      [/^shortBreaks\./, 'Short breaks: '], [/^stepDown\.(delayedBedDays|meanWaiting)$/, 'Delayed step-down: '],
      ...s.services.houses.map((h, i): [RegExp, string] => [new RegExp(`^house\\.${i}\\.`), `House ${h.name}: `]),
      ...s.services.homes.map((h, i): [RegExp, string] => [new RegExp(`^home\\.${i}\\.`), `Home ${h.name}: `]),
      ...s.services.fosterCarers!.pools.map((p, i): [RegExp, string] => [new RegExp(`^carers\\.${i}\\.`), `Foster carers ${p.name}: `]),
    ];
    for (const [re, start] of starts) {
      const mine = cat.scalars.filter((m) => re.test(m.id));
      expect(mine.length).toBeGreaterThan(0);
      for (const m of mine) expect(`${m.id}: ${m.label}`).toMatch(new RegExp(`^[^ ]+: ${start.replace(/[()]/g, '\\$&')}`));
    }
  });

  it('says which financial year a yearly figure is for, in the words of the whole-horizon figure', () => {
    const cat = catalogueOf(everything());
    const label = (id: string) => cat.scalars.find((m) => m.id === id)?.label;
    expect(label('cost.total')).toBe('Total cost over the period (cash, undiscounted)');
    const categories = cat.scalars.filter((m) => /^cost\.[a-zA-Z]+$/.test(m.id) && m.id !== 'cost.total');
    expect(categories.length).toBeGreaterThan(5);
    for (const m of categories) expect(`${m.id}: ${m.label}`).toMatch(/^cost\.\w+: Cost: \S/);
    for (const fy of [2026, 2027]) {
      expect(label(`cost.fy${fy}.total`)).toBe(`Cost in FY ${fyLabel(fy)}`);
      expect(label(`stepDown.fy${fy}.count`)).toContain(`FY ${fyLabel(fy)}`);
      // Each yearly category reads as the whole-horizon one, for that year (cost.outOfCounty and cost.externalBlock are not split by year).
      for (const m of categories.filter((c) => label(`cost.fy${fy}.${c.id.slice(5)}`))) {
        expect(label(`cost.fy${fy}.${m.id.slice(5)}`)).toBe(`Cost in FY ${fyLabel(fy)}: ${m.label.slice('Cost: '.length)}`);
      }
    }
    expect(label('cost.externalBlock')).toMatch(/^Cost: of which block-purchased .*part of cost\.external/);
  });

  it('names the threshold in a wait figure and the number in use in an occupancy level; the last level is "or more"', () => {
    const s = everything();
    const cat = catalogueOf(s);
    const label = (id: string) => cat.scalars.find((m) => m.id === id)!.label;
    for (const [id, name] of [['hub', 'Hub'], ['outreach', 'Outreach']]) {
      expect(label(`${id}.waitsEnded`)).toMatch(new RegExp(`^${name}: waits ended`));
      for (const t of [7, 28, 91]) {
        expect(label(`${id}.waitsOver${t}Days`)).toBe(`${name}: waits longer than ${t} days`);
        expect(label(`${id}.shareWaitOver${t}Days`)).toMatch(new RegExp(`^${name}: P\\(wait > ${t} days\\)`));
      }
    }
    for (const [id, name, noun, capacity] of [['hub', 'Hub', 'beds', s.services.hub.beds], ['outreach', 'Outreach', 'slots', s.services.outreach.slots]] as const) {
      for (let j = 0; j <= capacity; j++) {
        const words = j < capacity ? `${j} ${noun}` : `${j} or more ${noun}`;
        expect(label(`${id}.shareTimeAt${j}`)).toBe(`${name}: share of time with ${words} in use`);
      }
    }
  });

  it('describes one place\'s time full as its own share, and a group\'s as the mean over its places', () => {
    const cat = catalogueOf(everything());
    const full = cat.scalars.filter((m) => m.id.endsWith('.shareTimeFull'));
    const pooled = full.filter((m) => /^(houses|homes)\./.test(m.id));
    const single = full.filter((m) => !/^(houses|homes)\./.test(m.id));
    expect(pooled).toHaveLength(2);
    expect(single.length).toBe(full.length - 2);
    for (const m of pooled) expect(`${m.id}: ${m.label}`).toMatch(/: mean share of time each has no room/);
    for (const m of single) expect(`${m.id}: ${m.label}`).toMatch(/: share of time with no room/);
  });

  it('names the counts a ratio figure divides, and its value is their quotient', () => {
    const s = everything();
    const cat = catalogueOf(s);
    const index = new Map(cat.scalars.map((m, i) => [m.id, i]));
    const ratios = cat.scalars.filter((m) => m.ratio);
    for (const id of ['hub.meanStayDays', 'outreach.shareWaited', 'outreach.meanWaitDays', 'spillover.share', 'spillover.hubTurnedAwayShare', 'spillover.localShare', 'stability.movesPerChild']) {
      expect(ratios.map((m) => m.id)).toContain(id);
    }
    const values = runReplication(s, 7, 0).values;
    for (const m of ratios) {
      const [n, d] = [index.get(m.ratio!.numerator), index.get(m.ratio!.denominator)];
      expect(`${m.id}: ${n} ${d}`).not.toMatch(/undefined/);
      for (const k of [n!, d!]) expect(['count', 'days', 'children']).toContain(cat.scalars[k].unit);
      expect(values[d!], `${m.id} ${cat.scalars[d!].id}`).toBeGreaterThan(0); // a busy scenario: every denominator saw events
      expect(values[index.get(m.id)!]).toBeCloseTo(values[n!] / values[d!], 10);
    }
  });

  it('labels each weekly series with its place and counts places for a service, children otherwise', () => {
    const s = everything();
    const cat: MetricCatalogue = catalogueOf(s);
    const byId = new Map(cat.series.map((x) => [x.id, x]));
    const expected: [string, string, string][] = [
      ['hub', 'Hub assessment beds', 'places'],
      ...s.services.houses.map((h, i): [string, string, string] => [`house.${i}`, `House ${h.name}: places`, 'places']),
      ...s.services.homes.map((h, i): [string, string, string] => [`home.${i}`, `Home ${h.name}: beds`, 'places']),
      ['outreach', 'Outreach slots', 'places'],
      ['outreach.waiting', 'Outreach waiting list', 'children'],
      ['ooc', 'Children placed out of county', 'children'],
      ['residential', 'Children in residential care', 'children'],
    ];
    expect(cat.series.map((x) => x.id)).toEqual(expected.map((e) => e[0]));
    for (const [id, start, unit] of expected) {
      expect(`${id}: ${byId.get(id)!.label}`).toContain(`${id}: ${start}`);
      expect(`${id}: ${byId.get(id)!.unit}`).toBe(`${id}: ${unit}`);
    }
  });
});

describe('the in-house homes group says when it counts short breaks', () => {
  it('the default estate (Elmslie House takes short breaks) labels its homes figures so; without short-break homes, not', () => {
    const withBreaks = catalogueOf(loadScenario('scenarios/leicestershire.yaml').scenario).scalars.find((m) => m.id === 'homes.admissions')!;
    expect(withBreaks.label).toMatch(/^In-house homes \(all, short-break beds and episodes included\)/);
    const s = loadScenario('scenarios/leicestershire.yaml').scenario;
    s.services.homes = s.services.homes.filter((h) => h.purpose !== 'shortBreaks');
    s.demand = s.demand.filter((d) => d.route !== 'shortBreak');
    const without = catalogueOf(s).scalars.find((m) => m.id === 'homes.admissions')!;
    expect(without.label).toMatch(/^In-house homes \(all\)/);
  });
});
