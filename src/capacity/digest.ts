import type { Scenario } from '../sim/scenario.js';
import type { ScenarioDigest } from './result-document.js';
import { moments } from '../sim/distributions/spec.js';

/** The scenario in plain words, for reports: what capacity, what demand, over what period. */
export function digestScenario(s: Scenario): ScenarioDigest {
  const { hub, outreach, houses, homes } = s.services;
  const when = (u: { opens?: string; closes?: string }) =>
    [u.opens ? `opens ${u.opens}` : '', u.closes ? `closes ${u.closes}` : ''].filter(Boolean).join(', ');
  const capacity = [
    { service: 'Hub assessment beds', places: hub.beds, note: `mean stay ${moments(hub.stayDays).mean.toFixed(0)} days; ${hub.maxWaitDays > 0 ? `waits up to ${hub.maxWaitDays} days for a bed` : 'referrals finding every bed taken go external'}` },
    { service: 'Outreach slots', places: outreach.slots, note: `mean episode ${moments(outreach.episodeDays).mean.toFixed(0)} days; breakdown hazard × ${outreach.breakdownFactor} while supported` },
    ...houses.map((h) => ({ service: `House ${h.name}`, places: h.places, note: [h.registration === 'unregulated16plus' ? 'unregulated, 16+ only' : 'registered', when(h)].filter(Boolean).join('; ') })),
    ...homes.map((h) => ({ service: `Home ${h.name}`, places: h.beds, note: [h.needs.length ? `needs: ${h.needs.join(', ')}` : 'any need', `ages ${h.minAge}–${h.maxAge}`, when(h)].filter(Boolean).join('; ') })),
  ];
  const demand = s.demand.map((d) => ({
    stream: d.name,
    ratePerYear: d.ratePerYear ?? d.arrivalDays!.length / s.horizonYears,
    route: d.route === 'assessment' ? 'needs assessment at the Hub' : d.route === 'direct' ? 'direct placement' : 'outreach for a placement at risk',
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
