import type { Scenario } from '../sim/scenario.js';
import type { ScenarioDigest } from './result-document.js';
import { moments } from '../sim/distributions/spec.js';

const ROUTE_LABELS: Record<string, string> = {
  assessment: 'needs assessment at the Hub',
  direct: 'direct placement',
  outreach: 'outreach for a placement at risk',
  shortBreak: 'short breaks (respite, not a placement)',
};

/** Where a referral finding every Hub bed taken goes, in words. */
function whenFull(s: Scenario): string {
  const mix = s.placements.whenHubFull;
  const wait = s.services.hub.maxWaitDays;
  if (!mix) return wait > 0 ? `waits up to ${wait} days for a bed` : 'referrals finding every bed taken go external';
  const words = { localPlace: 'a local place', family: 'family care', crisisWait: `a crisis wait (≤ ${wait} days)`, externalResidential: 'external' };
  const parts = (Object.keys(words) as (keyof typeof words)[]).filter((k) => mix[k] > 0).map((k) => `${Math.round(mix[k] * 100)}% ${words[k]}`);
  return `when full: ${parts.join(', ')}`;
}

/**
 * Where assessed children go after the Hub, in words: what a Hub bed is worth rests on it, above all on the share
 * who go home, which no placement follows (docs/validation.md, Sensitivity; review 6).
 */
function afterHub(s: Scenario): { item: string; value: string }[] {
  const o = s.services.hub.outcomes;
  if (s.services.hub.beds === 0 && !s.services.hub.capacitySteps?.length) return [];
  const words = { home: 'home', family: 'family care', inHouseHome: 'an in-house home', house: 'a house', externalResidential: 'an external placement' };
  const parts = (Object.keys(words) as (keyof typeof words)[]).filter((k) => o[k] > 0).map((k) => `${Math.round(o[k] * 100)}% ${words[k]}`);
  return [{ item: 'After a Hub assessment', value: `${parts.join(', ')} (services.hub.outcomes): what a Hub bed saves rests on these shares, above all on the share going home (docs/validation.md, Sensitivity)` }];
}

/** Pounds for a price line: £6,580. */
const gbp = (x: number) => `£${Math.round(x).toLocaleString('en-GB')}`;
/** A weekly price, fixed or the mean of a distribution. */
const weekly = (d: Parameters<typeof moments>[0]) => (d.dist === 'fixed' ? `${gbp(d.value)} a week` : `${gbp(moments(d).mean)} a week on average (${d.dist})`);
/** A place's price: fixed per place-week, plus a variable rate per child-week when it has one. */
const placePrice = (fixed: number, unit: string, variable: number) => `${gbp(fixed)} a ${unit}-week${variable > 0 ? ` + ${gbp(variable)} a child-week used` : ''}`;

/**
 * The prices and assumptions that decide the money (issue: a finance lead
 * cannot sign off figures whose price basis is not on the page): external,
 * crisis and family prices, the breakdown uplift, cost growth and what it
 * means for the figures, the out-of-county return policy, and the other
 * costs entered. Local places' prices are in the capacity notes.
 */
/** What the first placement after a breakdown costs more, by where it is (placements.*.breakdownUpliftWeeklyGbp): one row, or none if nothing. */
function upliftRow(s: Scenario): { item: string; value: string }[] {
  const p = s.placements;
  const on = [['an external placement', p.external], ['a local house or home', p.localResidential], ['family-based care', p.family]] as const;
  if (on.every(([, b]) => (b.breakdownUpliftWeeklyGbp ?? 0) === 0)) return [];
  const parts = on.map(([what, b]) => `${(b.breakdownUpliftWeeklyGbp ?? 0) > 0 ? `+${gbp(b.breakdownUpliftWeeklyGbp!)} a week` : 'nothing'} on ${what}`);
  const same = new Set(on.map(([, b]) => b.breakdownUpliftWeeklyGbp ?? 0)).size === 1;
  const rule = same
    ? 'the same whatever the next placement, so it follows the child\'s history, not whether a bed was free (MODEL.md "Breakdown")'
    : 'the amounts differ, so which kind of place is free changes what a breakdown costs and a free bed of the cheaper kind saves the difference: a departure from MODEL.md "Breakdown", which has one cost by the child\'s history';
  return [{ item: 'After a breakdown', value: `the next placement costs more: ${parts.join('; ')}; ${rule}. Its total is cost.breakdownUplift; compare gives each option's difference with and without it` }];
}

function assumptionsOf(s: Scenario): { item: string; value: string }[] {
  const p = s.placements;
  const ext = p.external;
  const supported = ext.supportedAccommodation16plus;
  return [
    { item: 'Cost growth', value: s.costGrowthPerYear === 0 ? 'none: every cost at start-date prices' : `${(s.costGrowthPerYear * 100).toFixed(1)}% a year from the start date, applied to every weekly price and yearly rate (places, placements, recurring costs and income from places sold); one-off costs are cash as entered; costs are cash (nominal) amounts` },
    { item: 'External residential placement', value: `in county ${weekly(ext.inCountyWeeklyCostGbp)}; out of county ${weekly(ext.outOfCountyWeeklyCostGbp)}; ${Math.round(ext.outOfCountyShare * 100)}% of external placements out of county` },
    ...(supported ? [{ item: 'Supported accommodation (16–17)', value: `${Math.round(supported.share * 100)}% of external placements of 16- and 17-year-olds, ${weekly(supported.weeklyCostGbp)}` }] : []),
    ...upliftRow(s),
    ...afterHub(s),
    { item: 'Crisis placement', value: weekly(p.crisis.weeklyCostGbp) },
    { item: 'Family placement', value: weekly(p.family.weeklyCostGbp) },
    { item: 'Children out of county', value: s.policies.returnFromOutOfCounty ? 'brought back when a suitable local place frees (policies.returnFromOutOfCounty)' : 'stay where they are until their placement ends (policies.returnFromOutOfCounty: off)' },
    ...soldPlaces(s),
    // Block-contract places are private provision counted as local: a spill-over avoided by them is still an external placement.
    ...(s.services.homes.some((h) => h.provider === 'blockContract') ? [{ item: 'Block-contract places', value: 'count as local places: a child placed in one is not a spill-over and not out of county, though the provider is external (its cost is booked as block-purchased external places, cost.externalBlock)' }] : []),
    ...s.otherCosts.oneOff.map((c) => ({ item: `One-off: ${c.name}`, value: `${gbp(c.gbp)} on ${c.date}` })),
    ...s.otherCosts.recurring.map((c) => ({ item: `Recurring: ${c.name}`, value: `${gbp(c.gbpPerYear)} a year${c.from ? ` from ${c.from}` : ''}${c.to ? ` to ${c.to}` : ''}` })),
  ];
}

/** Places sold to other councils: the income is a price like any other, indexed by cost growth, and can decide an option's sign. */
function soldPlaces(s: Scenario): { item: string; value: string }[] {
  const { hub, houses, homes } = s.services;
  const services = [{ name: 'Hub', sales: hub.soldPlaces }, ...houses.map((h) => ({ name: h.name, sales: h.soldPlaces })), ...homes.map((h) => ({ name: h.name, sales: h.soldPlaces }))];
  const indexed = s.costGrowthPerYear === 0 ? 'not indexed (no cost growth)' : `indexed at the cost growth of ${(s.costGrowthPerYear * 100).toFixed(1)}% a year`;
  return services.flatMap(({ name, sales }) => (sales ?? []).map((sale) => ({
    item: `Places sold: ${name}`,
    value: `${sale.places} place${sale.places === 1 ? '' : 's'} at ${gbp(sale.weeklyGbpPerPlace)} a week each from ${sale.from}${sale.to ? ` to ${sale.to}` : ''}, ${indexed}; income counted as a negative cost, the places out of local capacity`,
  })));
}

/** The scenario in plain words, for reports: what capacity, what demand, over what period. */
export function digestScenario(s: Scenario): ScenarioDigest {
  const { hub, outreach, houses, homes } = s.services;
  const when = (u: { opens?: string; closes?: string }) =>
    [u.opens ? `opens ${u.opens}` : '', u.closes ? `closes ${u.closes}` : ''].filter(Boolean).join(', ');
  const capacity = [
    { service: 'Hub assessment beds', places: hub.beds, note: `${placePrice(hub.fixedWeeklyGbpPerBed, 'bed', hub.variableWeeklyGbpPerChild)}; mean stay ${moments(hub.stayDays).mean.toFixed(0)} days; ${whenFull(s)}` },
    { service: 'Outreach slots', places: outreach.slots, note: `${placePrice(outreach.fixedWeeklyGbpPerSlot, 'slot', 0)}, costed as 52 weeks a year as seed 001 §14 costs the team (beds and places are costed by the day, 52.18 weeks a year); mean episode ${moments(outreach.episodeDays).mean.toFixed(0)} days; breakdown hazard × ${outreach.breakdownFactor} while supported` },
    ...houses.map((h) => ({ service: `House ${h.name}`, places: h.places, note: [placePrice(h.fixedWeeklyGbpPerPlace, 'place', h.variableWeeklyGbpPerChild), h.registration === 'unregulated16plus' ? 'unregulated, 16+ only' : 'registered', when(h)].filter(Boolean).join('; ') })),
    ...homes.map((h) => ({ service: `Home ${h.name}`, places: h.beds, note: [placePrice(h.fixedWeeklyGbpPerBed, 'bed', h.variableWeeklyGbpPerChild) + (h.provider === 'blockContract' ? ' (block contract)' : ''), h.needs.length ? `needs: ${h.needs.join(', ')}` : 'any need', `ages ${h.minAge}–${h.maxAge}`, when(h)].filter(Boolean).join('; ') })),
  ];
  const demand = s.demand.map((d) => ({
    stream: d.name,
    ratePerYear: d.ratePerYear ?? d.arrivalDays!.length / s.horizonYears,
    // Volume growth decides how full local places get: shown beside the route, never silent.
    route: `${ROUTE_LABELS[d.route]}; volume ${d.growthPerYear === 0 ? 'no growth' : `${d.growthPerYear > 0 ? '+' : ''}${(d.growthPerYear * 100).toFixed(1)}% a year`}`,
  }));
  return {
    name: s.name,
    description: s.description,
    startDate: s.startDate,
    horizonYears: s.horizonYears,
    warmupDays: Math.round(s.warmupYears * 365.25),
    capacity,
    demand,
    assumptions: assumptionsOf(s),
  };
}
