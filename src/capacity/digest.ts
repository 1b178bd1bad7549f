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

/** The scenario in plain words, for reports: what capacity, what demand, over what period. */
export function digestScenario(s: Scenario): ScenarioDigest {
  const { hub, outreach, houses, homes } = s.services;
  const when = (u: { opens?: string; closes?: string }) =>
    [u.opens ? `opens ${u.opens}` : '', u.closes ? `closes ${u.closes}` : ''].filter(Boolean).join(', ');
  const capacity = [
    { service: 'Hub assessment beds', places: hub.beds, note: `mean stay ${moments(hub.stayDays).mean.toFixed(0)} days; ${whenFull(s)}` },
    { service: 'Outreach slots', places: outreach.slots, note: `mean episode ${moments(outreach.episodeDays).mean.toFixed(0)} days; breakdown hazard × ${outreach.breakdownFactor} while supported` },
    ...houses.map((h) => ({ service: `House ${h.name}`, places: h.places, note: [h.registration === 'unregulated16plus' ? 'unregulated, 16+ only' : 'registered', when(h)].filter(Boolean).join('; ') })),
    ...homes.map((h) => ({ service: `Home ${h.name}`, places: h.beds, note: [h.needs.length ? `needs: ${h.needs.join(', ')}` : 'any need', `ages ${h.minAge}–${h.maxAge}`, when(h)].filter(Boolean).join('; ') })),
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
  };
}
