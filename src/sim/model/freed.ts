import type { Place } from './place.js';
import { hasRoomFor } from './place.js';
import { COUNT, type ModelState } from './state.js';
import { admitFromHubQueue } from './hub.js';
import { endPlacement, placeLocal, record } from './placements.js';
import { serveOutreachQueue } from './outreach.js';

/**
 * Note that a place has room again. It is offered to others once the current
 * event's handler has finished, so that a departure is complete (and logged)
 * before anyone takes the place: "release before admit" within an instant.
 */
export function freed(st: ModelState, place: Place): void {
  if (!st.freedPlaces.includes(place)) st.freedPlaces.push(place);
}

/** Offer every place freed during the last event, until none is left. */
export function settleFreedPlaces(st: ModelState): void {
  while (st.freedPlaces.size > 0) onPlaceFreed(st, st.freedPlaces.shift());
}

/**
 * A place has room again: offer it to whoever is entitled to it. The Hub
 * serves its waiting list first come first served; a house or home, when the
 * return policy is on, brings back the longest-placed out-of-county child it
 * can take (MODEL.md "Journeys and events").
 */
export function onPlaceFreed(st: ModelState, place: Place): void {
  if (place.kind === 'hub') {
    while (place.used < place.capacity && st.hubQueue.length > 0) {
      const next = st.hubQueue.take((c) => hasRoomFor(place, c, st.now));
      if (!next) break;
      admitFromHubQueue(st, next);
    }
  } else if (place.kind === 'outreach') {
    serveOutreachQueue(st);
  } else if (st.s.policies.returnFromOutOfCounty) {
    for (const child of st.outOfCounty) {
      if (place.used >= place.capacity) break;
      if (!hasRoomFor(place, child, st.now)) continue;
      if (st.inReport) st.counters[COUNT.returnsFromOoc]++;
      record(st, 'returned-to-county', child, place.name);
      endPlacement(st, child);
      placeLocal(st, child, place);
    }
  }
}
