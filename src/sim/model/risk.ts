import { Rank } from '../event-calendar.js';
import { exponential } from '../distributions/exponential.js';
import type { Child } from './child.js';
import type { ModelState } from './state.js';
import { setHazard } from './outreach.js';

/**
 * A child outside care whose situation is at risk for `days`: at home, in
 * hospital or in foster care with a placement at risk (an at-risk referral),
 * or home again after care with a risk of coming back (a re-entry risk). A
 * breakdown in the window brings the child (back) into care through the Hub;
 * outreach support multiplies the hazard by its breakdown factor.
 */
export function startRisk(st: ModelState, child: Child, breakdownPerYear: number, days: number): void {
  child.setting = 'atRisk';
  child.epoch++;
  st.trace?.(st.now, 'at-risk', child.id, 'home');
  st.calendar.schedule(st.now + days, Rank.release, { kind: 'stayEnd', child, epoch: child.epoch });
  child.baseHazardPerDay = breakdownPerYear / 365.25;
  child.hazardBudget = exponential(child.rng.placement, 1);
  child.hazardSince = st.now;
  child.hazardPerDay = 0;
  setHazard(st, child);
}
