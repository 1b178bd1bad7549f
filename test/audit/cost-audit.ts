import type { Scenario } from '../../src/sim/scenario.js';
import type { Periods } from './periods.js';
import type { Segment } from './segments.js';

type Category = 'localFixed' | 'localVariable' | 'outreach' | 'family' | 'external' | 'other' | 'outOfCounty' | 'spillovers' | 'breakdownUplift' | 'upliftExternal' | 'upliftLocal' | 'upliftFamily';
const REPORTED: Category[] = ['localFixed', 'localVariable', 'outreach', 'family', 'external', 'other'];

/** A fixed weekly price: the auditor needs the scenario to state one (the log does not carry drawn prices). */
function fixedWeekly(d: { dist: string; value?: number }, what: string): number {
  if (d.dist !== 'fixed' || d.value === undefined) throw new Error(`auditor: ${what} must be a fixed weekly cost`);
  return d.value;
}

/**
 * Every cost figure (`cost.*`, `cost.fyYYYY.*`) from the placements in the log and the
 * scenario's prices (docs/model.md "Money"): fixed cost = places × days open × rate;
 * variable cost = days in placement × the placement's rate; a year's slice of a daily
 * rate is multiplied by its growth factor; one-off payments are in cash terms.
 */
export function auditCosts(s: Scenario, p: Periods, segments: Segment[]): Map<string, number> {
  const byYear = p.years.map(() => new Map<Category, number>(REPORTED.concat('outOfCounty', 'spillovers', 'breakdownUplift', 'upliftExternal', 'upliftLocal', 'upliftFamily').map((c) => [c, 0])));
  const accrue = (c: Category, from: number, to: number, weeklyGbp: number) =>
    p.years.forEach((y, i) => {
      const days = Math.max(0, Math.min(to, y.endT) - Math.max(from, y.startT));
      byYear[i].set(c, byYear[i].get(c)! + (days * weeklyGbp * y.factor) / 7);
    });
  const { hub, houses, homes, outreach } = s.services;
  const open = (x: { opens?: string; closes?: string }): [number, number] => [x.opens ? p.timeOf(x.opens) : -Infinity, x.closes ? p.timeOf(x.closes) : Infinity];
  accrue('localFixed', ...open(hub), hub.beds * hub.fixedWeeklyGbpPerBed);
  for (const x of houses) accrue('localFixed', ...open(x), x.places * x.fixedWeeklyGbpPerPlace);
  for (const x of homes) accrue('localFixed', ...open(x), x.beds * x.fixedWeeklyGbpPerBed);
  // The outreach team's weekly rate is charged on 52-week years (docs/model.md "Money", seed 001 §14).
  accrue('outreach', -Infinity, Infinity, (outreach.slots * outreach.fixedWeeklyGbpPerSlot * 52 * 7) / 365.25);
  const pl = s.placements;
  const variable = new Map<string, number>([['Hub', hub.variableWeeklyGbpPerChild], ...[...houses, ...homes].map((x): [string, number] => [x.name, x.variableWeeklyGbpPerChild])]);
  for (const g of segments) {
    // A placement a spill-over sent the child to costs the same again in `spillovers` (cost.spillovers, part of the total).
    const acc = (c: Category, from: number, to: number, weekly: number) => {
      accrue(c, from, to, weekly);
      if (g.fromSpill && c !== 'outOfCounty') accrue('spillovers', from, to, weekly);
    };
    const row = g.caseloadRow === null ? null : s.initialCaseload[g.caseloadRow];
    // Each kind of next placement carries its own block's amount (placements.*.breakdownUpliftWeeklyGbp); it is
    // counted again in `breakdownUplift` (cost.breakdownUplift, part of the total). A Hub bed or a crisis wait is
    // never viaBreakdown (segments.ts).
    const upliftBlock = g.place !== null ? pl.localResidential : g.kind === 'family' ? pl.family : pl.external;
    const uplift = g.viaBreakdown ? upliftBlock.breakdownUpliftWeeklyGbp ?? 0 : 0;
    accrue('breakdownUplift', g.loggedT, g.endT, uplift);
    accrue(g.place !== null ? 'upliftLocal' : g.kind === 'family' ? 'upliftFamily' : 'upliftExternal', g.loggedT, g.endT, uplift);
    const end = g.endT;
    if (g.place !== null) acc('localVariable', g.loggedT, end, variable.get(g.place)! + uplift);
    else if (g.kind === 'family') acc('family', g.loggedT, end, row ? row.weeklyCostGbp : fixedWeekly(pl.family.weeklyCostGbp, 'family') + uplift);
    else if (g.kind === 'crisis') acc('external', g.loggedT, end, fixedWeekly(pl.crisis.weeklyCostGbp, 'crisis'));
    else if (g.kind === 'inCounty') acc('external', g.loggedT, end, row ? row.weeklyCostGbp : fixedWeekly(pl.external.inCountyWeeklyCostGbp, 'in-county') + uplift);
    else {
      const weekly = row ? row.weeklyCostGbp : fixedWeekly(pl.external.outOfCountyWeeklyCostGbp, 'out-of-county') + uplift;
      acc('external', g.loggedT, end, weekly);
      acc('outOfCounty', g.loggedT, end, weekly);
    }
  }
  for (const c of s.otherCosts.recurring) accrue('other', c.from ? p.timeOf(c.from) : -Infinity, c.to ? p.timeOf(c.to) : Infinity, (c.gbpPerYear / 365.25) * 7);
  for (const c of s.otherCosts.oneOff) {
    const t = p.timeOf(c.date);
    const i = p.years.findIndex((y) => t >= y.startT && t < y.endT);
    if (i >= 0) byYear[i].set('other', byYear[i].get('other')! + c.gbp);
  }
  const out = costFigures(p, byYear);
  // Sold places and block contracts: none in the audited runs, so neither income nor block cost.
  if ([...houses, ...homes].some((x) => (x as { soldPlaces?: unknown[] }).soldPlaces?.length || (x as { provider?: string }).provider === 'blockContract')) {
    throw new Error('auditor: sold places and block contracts are not audited');
  }
  out.set('cost.externalBlock', 0);
  out.set('cost.soldPlacesIncome', 0);
  p.years.forEach((y) => out.set(`cost.fy${y.fy}.soldPlacesIncome`, 0));
  return out;
}

function costFigures(p: Periods, byYear: Map<Category, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  const sum = (c: Category, ys = byYear) => ys.reduce((a, m) => a + m.get(c)!, 0);
  out.set('cost.total', REPORTED.reduce((a, c) => a + sum(c), 0));
  for (const c of REPORTED) out.set(`cost.${c}`, sum(c));
  out.set('cost.outOfCounty', sum('outOfCounty'));
  out.set('cost.spillovers', sum('spillovers'));
  out.set('cost.breakdownUplift', sum('breakdownUplift'));
  out.set('cost.totalWithoutBreakdownUplift', out.get('cost.total')! - sum('breakdownUplift'));
  out.set('cost.breakdownUplift.external', sum('upliftExternal'));
  out.set('cost.breakdownUplift.local', sum('upliftLocal'));
  out.set('cost.breakdownUplift.family', sum('upliftFamily'));
  p.years.forEach((y, i) => {
    out.set(`cost.fy${y.fy}.total`, REPORTED.reduce((a, c) => a + sum(c, [byYear[i]]), 0));
    for (const c of REPORTED) out.set(`cost.fy${y.fy}.${c}`, sum(c, [byYear[i]]));
  });
  return out;
}
