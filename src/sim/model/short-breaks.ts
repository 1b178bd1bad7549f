import { Rank } from '../event-calendar.js';
import type { Child } from './child.js';
import { hasRoomFor, type Place } from './place.js';
import { COUNT, type ModelState } from './state.js';
import { record } from './placements.js';
import { freed } from './freed.js';
import { tally } from './tally.js';
import { countTurnedAway } from './spill-overs.js';

/**
 * Overnight short breaks (seed 004 §17, Elmslie House): a respite episode
 * for a child living at home or in foster care, in a house or home whose
 * purpose is shortBreaks, for the place's `stayDays`. Not a placement in
 * care: it is not a residential start, a move or a child in care, and its
 * only cost is the place's (fixed, plus its variable rate for the nights
 * used). Each arrival of a shortBreak stream is one episode; a child who
 * has several breaks a year is several arrivals (the children are not
 * followed from one break to the next). With no bed free the break does
 * not happen (counted as refused): families are offered another date,
 * which is another arrival.
 */
export function startShortBreak(st: ModelState, child: Child): void {
  // The first short-break place with room (a loop, not find(): no closure per episode, ~2,400 a run).
  let place: Place | undefined;
  for (const p of st.places) {
    if (p.purpose === 'shortBreaks' && hasRoomFor(p, child, st.now)) {
      place = p;
      break;
    }
  }
  if (!place) {
    tally(st, COUNT.shortBreaksRefused);
    child.setting = 'left';
    st.leavers.push(child); // released after the event (release-leavers.ts)
    record(st, 'short-break-refused', child, 'short breaks');
    countTurnedAway(st, st.places, child); // the short-break homes: no other place is for a short break
    return;
  }
  place.used += 1;
  place.monitor.add(st.now, 1);
  st.placeChildren[place.index].add(st.now, 1);
  place.occupants.add(child);
  child.place = place;
  child.placesHeld = 1;
  child.setting = 'shortBreak';
  child.placementStartT = st.now;
  child.epoch++;
  if (st.inReport) {
    place.admissions++;
    st.counters[COUNT.shortBreaks]++;
  }
  record(st, 'short-break', child, place.name);
  st.calendar.schedule(st.now + place.stay!(child.rng.assessment), Rank.release, { kind: 'stayEnd', child, epoch: child.epoch });
}

/** The break ends (or the young person turns 18 during it): the bed is free again. */
export function endShortBreak(st: ModelState, child: Child): void {
  const place = child.place as Place;
  const days = st.now - child.placementStartT;
  st.ledger.accrue('localVariable', child.placementStartT, st.now, place.variableGbpPerChildDay);
  if (st.inReport) {
    place.stays++;
    place.staySumDays += days;
  }
  place.used -= 1;
  place.monitor.add(st.now, -1);
  st.placeChildren[place.index].add(st.now, -1);
  place.occupants.delete(child);
  child.place = null;
  child.placesHeld = 0;
  child.setting = 'left';
  st.leavers.push(child); // released after the event (release-leavers.ts)
  child.epoch++;
  record(st, 'short-break-ended', child, place.name);
  freed(st, place);
}
