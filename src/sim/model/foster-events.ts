import { Rank } from '../event-calendar.js';
import type { ModelState } from './state.js';
import { changesAfterStart } from './capacity-schedule.js';

/**
 * Put the foster-supply control events on the calendar: each carer pool's
 * dated steps, and the active step-down searches, evenly spaced within each
 * period of `stepDownSearches` (perYear a year; the first half a gap in).
 */
export function scheduleFosterEvents(st: ModelState): void {
  if (!st.foster) return;
  st.foster.pools.forEach((pool, i) => {
    for (const c of changesAfterStart(pool.schedule)) st.calendar.schedule(c.t, Rank.control, { kind: 'carers', pool: i, carers: c.capacity });
  });
  const periods = st.foster.rules.stepDownSearches;
  periods.forEach((p, k) => {
    if (p.perYear <= 0) return;
    const from = st.tl.timeOf(p.from);
    const to = k + 1 < periods.length ? st.tl.timeOf(periods[k + 1].from) : st.tl.horizonT;
    const gap = 365.25 / p.perYear;
    for (let t = from + gap / 2; t < to && t <= st.tl.horizonT; t += gap) {
      if (t >= 0) st.calendar.schedule(t, Rank.control, { kind: 'stepDownSearch' });
    }
  });
}
