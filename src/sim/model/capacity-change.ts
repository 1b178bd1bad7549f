import type { Child } from './child.js';
import { accepts, type Place } from './place.js';
import type { ModelState } from './state.js';
import { accrueFixed } from './handlers.js';
import { endPlacement, goTo, record } from './placements.js';
import { endHubStay } from './hub.js';
import { endSupport } from './outreach.js';
import { freed } from './freed.js';
import { endShortBreak } from './short-breaks.js';
import { settlePurpose } from './purpose-stays.js';
import type { CapacityState } from './capacity-schedule.js';

/**
 * A place's capacity or registration changes on a date: it opens, closes,
 * grows or shrinks by a dated step (a ramp after opening is several steps),
 * or a house is re-registered. The fixed cost follows the places available.
 *
 * The rule for children in a place that shrinks (docs/model.md "Capacity
 * that changes on dates"): children the place may no longer take (a house
 * re-registered for 16+ only, or for under-16s) move first, then the most recently placed move
 * until the rest fit, so the longest-settled children stay. A child who
 * moves from a house or home is matched again by the same preference as a
 * new placement (and spills over if nothing local is free); a Hub stay ends
 * early into its assessment outcome, a short break ends early, and the
 * outreach episodes that started last end early.
 */
export function onCapacity(st: ModelState, place: Place, next: CapacityState): void {
  const { capacity, minAge, maxAge } = next;
  accrueFixed(st, place);
  place.fixedGbpPerPlaceDay = next.fixedGbpPerPlaceDay;
  if (next.soldPlaces !== place.soldPlaces) record(st, 'places-sold', NO_CHILD, `${place.name} ${place.soldPlaces}->${next.soldPlaces}`);
  place.soldPlaces = next.soldPlaces;
  const before = place.capacity;
  place.capacity = capacity;
  place.monitor.setCapacity(st.now, capacity);
  if (minAge !== place.minAge || maxAge !== place.maxAge) {
    [place.minAge, place.maxAge] = [minAge, maxAge];
    record(st, 're-registered', NO_CHILD, `${place.name} ages ${minAge}-${maxAge}`);
  }
  if (capacity !== before) record(st, what(before, capacity), NO_CHILD, capacity === 0 || before === 0 ? place.name : `${place.name} ${before}->${capacity}`);
  refitWholeHouseHolders(st, place);
  for (const child of childrenToMove(st, place)) moveOut(st, place, child);
  if (place.used < capacity) freed(st, place);
}

/** Event-log lines about a place, not a child, carry child id 0. */
const NO_CHILD = { id: 0 } as Child;

function what(before: number, after: number): string {
  if (after === 0) return 'closed';
  if (before === 0) return 'opened';
  return after > before ? 'places-added' : 'places-removed';
}

/** Children in (or supported by) a place, the most recently placed (or whose episode started last) last. */
function occupants(st: ModelState, place: Place): Child[] {
  if (place.kind === 'outreach') return [...st.children].filter((c) => c.supported).sort((a, b) => a.supportSince - b.supportSince || a.id - b.id);
  return [...place.occupants].sort((a, b) => a.placementStartT - b.placementStartT || a.id - b.id);
}

/** Who must move: those the place no longer accepts, then the latest placed until the rest fit. */
function childrenToMove(st: ModelState, place: Place): Child[] {
  const here = occupants(st, place);
  const mustGo = place.kind === 'outreach' ? [] : here.filter((c) => !accepts(place, c, st.now));
  let used = place.used - mustGo.reduce((a, c) => a + (place.kind === 'outreach' ? 1 : c.placesHeld), 0);
  const stay = here.filter((c) => !mustGo.includes(c));
  const latestFirst = [...stay].reverse();
  for (const c of latestFirst) {
    if (used <= place.capacity) break;
    mustGo.push(c);
    used -= place.kind === 'outreach' ? 1 : c.placesHeld;
  }
  return mustGo;
}

function moveOut(st: ModelState, place: Place, child: Child): void {
  if (place.kind === 'outreach') return endSupport(st, child);
  if (place.kind === 'hub') return endHubStay(st, child);
  if (child.setting === 'shortBreak') return endShortBreak(st, child);
  endPlacement(st, child);
  goTo(st, child, place.kind === 'house' ? 'house' : 'inHouseHome');
  settlePurpose(child);
}

/**
 * A young person who needs a house to themselves holds all of its places:
 * when a step changes the house's places, their hold changes with it (a
 * double house made single is still theirs alone).
 */
function refitWholeHouseHolders(st: ModelState, place: Place): void {
  if (!place.wholeForSingle || place.capacity === 0) return;
  for (const c of st.children) {
    if (c.place !== place || !c.single || c.placesHeld === place.capacity) continue;
    const delta = place.capacity - c.placesHeld;
    c.placesHeld += delta;
    place.used += delta;
    place.monitor.add(st.now, delta);
  }
}
