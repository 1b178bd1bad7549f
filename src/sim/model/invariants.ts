import type { ModelState } from './state.js';

/**
 * Check the model's books after an event (tests turn this on; it costs
 * O(children) per event): no place holds more than its room, and every child
 * is in exactly one consistent state (a place is held only in the Hub or a
 * house or home; out of county only in an external placement).
 */
export function checkInvariants(st: ModelState): void {
  const held = new Map(st.places.map((p) => [p, 0]));
  let supported = 0;
  let ooc = 0;
  for (const c of st.children) {
    const local = c.setting === 'hub' || c.setting === 'local' || c.setting === 'shortBreak';
    if (local !== (c.place !== null)) fail(st, `child ${c.id} is in setting ${c.setting} but ${c.place ? `holds a place in ${c.place.name}` : 'holds no place'}`);
    if (c.place) held.set(c.place, held.get(c.place)! + c.placesHeld);
    if (c.outOfCounty) {
      ooc++;
      if (c.setting !== 'external' || !st.outOfCounty.has(c)) fail(st, `child ${c.id} is out of county but in setting ${c.setting}`);
    }
    if (c.supported) supported++;
    if (c.hubWaiting && c.setting !== 'waitingHub') fail(st, `child ${c.id} waits for the Hub but is in setting ${c.setting}`);
    if (c.setting === 'left' && c.costCategory !== null) fail(st, `child ${c.id} has left care but is still being charged`);
    if (c.setting === 'left' && !c.supported && !c.outreachWaiting) fail(st, `child ${c.id} has left and has no outreach but is still held (memory would grow with every child)`);
  }
  for (const [p, n] of held) {
    if (p.kind === 'outreach') continue;
    if (n !== p.used) fail(st, `${p.name} counts ${p.used} places used but children hold ${n}`);
    if (p.used > p.capacity) fail(st, `${p.name} holds ${p.used} places but has room for ${p.capacity}`);
    const children = st.placeChildren[p.index].current;
    if (children !== p.occupants.size) fail(st, `${p.name} counts ${children} children placed but ${p.occupants.size} are in it`);
  }
  for (const c of st.foster?.waiting ?? []) {
    if (c.stepDownWaitSince < 0 || (c.setting !== 'local' && c.setting !== 'external')) fail(st, `child ${c.id} waits to step down but is in setting ${c.setting}`);
  }
  st.foster?.pools.forEach((pool, i) => {
    const holding = [...st.children].filter((c) => c.carerPool === i && c.setting === 'family').length;
    if (holding !== pool.used) fail(st, `carers ${pool.name}: ${pool.used} counted in use but ${holding} children hold one`);
  });
  if (supported !== st.outreach.used || st.outreach.used > st.outreach.capacity) fail(st, `outreach: ${supported} children supported, ${st.outreach.used} slots used of ${st.outreach.capacity}`);
  if (ooc !== st.outOfCounty.size || ooc !== st.oocMonitor.current) fail(st, `out of county: ${ooc} children flagged, ${st.outOfCounty.size} listed, monitor says ${st.oocMonitor.current}`);
}

function fail(st: ModelState, message: string): never {
  throw new Error(`invariant broken: ${message}`);
}
