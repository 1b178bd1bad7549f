import type { Scenario } from '../../src/sim/scenario.js';
import type { Periods } from './periods.js';
import type { Segment } from './segments.js';
import { ratio, StepFunction, timeFull } from './step-function.js';
import type { AuditContext } from './auditor.js';

/** A pool of places: its occupancy from the log and its capacity from the scenario's dates. */
export interface AuditPlace {
  id: string;
  name: string;
  occupancy: StepFunction;
  capacity: StepFunction;
}

/** Hub, houses and homes, in scenario order. */
export function auditPlaces(s: Scenario, p: Periods, segments: Segment[]): AuditPlace[] {
  const { hub, houses, homes } = s.services;
  const specs = [
    { id: 'hub', kind: 'hub', name: 'Hub', size: hub.beds, opens: hub.opens, closes: hub.closes },
    ...houses.map((x, i) => ({ id: `house.${i}`, kind: 'house', name: x.name, size: x.places, opens: x.opens, closes: x.closes })),
    ...homes.map((x, i) => ({ id: `home.${i}`, kind: 'home', name: x.name, size: x.beds, opens: x.opens, closes: x.closes })),
  ];
  return specs.map((sp) => {
    const capacity = new StepFunction();
    const opensT = sp.opens ? Math.max(0, p.timeOf(sp.opens)) : 0;
    const closesT = sp.closes ? Math.max(0, p.timeOf(sp.closes)) : Infinity;
    if (opensT < closesT) {
      capacity.add(opensT, sp.size);
      if (closesT !== Infinity) capacity.add(closesT, -sp.size);
    }
    const occupancy = settingLevel(segments.filter((g) => g.kind === sp.kind && g.place === sp.name));
    return { id: sp.id, name: sp.name, occupancy, capacity };
  });
}

/** How many children are in the given placements, over time. */
export function settingLevel(segments: Segment[]): StepFunction {
  const f = new StepFunction();
  for (const g of segments) {
    f.add(g.loggedT, 1);
    if (g.endT !== Infinity) f.add(g.endT, -1);
  }
  return f;
}

/**
 * Occupancy figures of every pool and of the houses and homes together: place-days used over the
 * days (mean occupancy), over the place-days available (utilisation: a ratio of sums, not a mean
 * of ratios), and the share of time full (for a group, the mean over its places).
 */
export function placeFigures(c: AuditContext, places: AuditPlace[], outreachStarts?: number): void {
  const group = (prefix: string, ps: AuditPlace[], single: boolean) => {
    const occ = ps.reduce((a, p) => a + p.occupancy.integral(c.o, c.h), 0);
    const cap = ps.reduce((a, p) => a + p.capacity.integral(c.o, c.h), 0);
    const full = ps.map((p) => timeFull(p.occupancy, p.capacity, c.o, c.h) / c.days);
    c.set(`${prefix}.meanOccupancy`, occ / c.days);
    c.set(`${prefix}.utilisation`, ratio(occ, cap));
    c.set(`${prefix}.shareTimeFull`, single ? full[0] : ps.length ? full.reduce((a, b) => a + b, 0) / ps.length : 0);
    const admitted = c.segments.filter((g) => c.inReport(g.loggedT) && g.caseloadRow === null && ps.some((p) => p.name === g.place)).length;
    c.set(`${prefix}.admissions`, outreachStarts ?? admitted);
    // Children in a house (the auditor's runs put one child in one place, so children = places used).
    if (prefix.startsWith('house')) c.set(`${prefix}.meanChildren`, occ / c.days);
  };
  if (outreachStarts !== undefined) return group('outreach', places, true);
  const byId = (pre: string) => places.filter((p) => p.id.startsWith(pre));
  group('hub', byId('hub'), true);
  if (c.s.services.houses.length) group('houses', byId('house.'), false);
  if (c.s.services.homes.length) group('homes', byId('home.'), false);
  for (const p of places.filter((q) => q.id !== 'hub')) group(p.id, [p], true);
}
