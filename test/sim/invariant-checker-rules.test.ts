import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState, type ModelState } from '../../src/sim/model/state.js';
import { startFromCaseload } from '../../src/sim/model/caseload-start.js';
import { checkInvariants } from '../../src/sim/model/invariants.js';
import type { Child } from '../../src/sim/model/child.js';
import { scenario } from './helpers.js';

// A small, consistent start: one child in the Hub, one in Home A, one out of county, one in
// foster care with a carer and outreach. The checker must accept it, and name each broken rule.
const s = scenario({
  services: {
    hub: { beds: 2 },
    homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }],
    outreach: { slots: 2, episodeDays: { dist: 'fixed', value: 100 } },
    fosterCarers: {
      specialistShare: 0,
      pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 2, weeklyGbp: 700 }],
      whenNoCarer: 'residential',
      stepDownSearches: [],
    },
  },
  initialCaseload: [
    { ageYears: 12, need: 'ebd', setting: 'hub', weeklyCostGbp: 0, weeksInPlacement: 1 },
    { ageYears: 12, need: 'ebd', setting: 'home:Home A', weeklyCostGbp: 0, weeksInPlacement: 1 },
    { ageYears: 12, need: 'ebd', setting: 'external-out-of-county', weeklyCostGbp: 6000, weeksInPlacement: 1 },
    { ageYears: 12, need: 'ebd', setting: 'family', weeklyCostGbp: 700, weeksInPlacement: 1, outreach: true },
  ],
});

function start(): { st: ModelState; hub: Child; home: Child; ooc: Child; fam: Child } {
  const st = createState(s, buildTimeline(s), 1, 0);
  startFromCaseload(st, s.initialCaseload);
  const [hub, home, ooc, fam] = [...st.children];
  return { st, hub, home, ooc, fam };
}
const broken = (st: ModelState) => `invariant broken: ${(() => { try { checkInvariants(st); return 'nothing'; } catch (e) { return (e as Error).message.replace(/^invariant broken: /, ''); } })()}`;

describe('the invariant checker accepts a consistent state and names each broken rule', () => {
  it("accepts today's caseload as placed (Hub, home, out of county, foster care with outreach)", () => {
    const { st, hub, home, ooc, fam } = start();
    expect([hub.setting, home.setting, ooc.setting, fam.setting]).toEqual(['hub', 'local', 'external', 'family']);
    expect(fam.supported).toBe(true);
    expect(fam.carerPool).toBe(0);
    expect(() => checkInvariants(st)).not.toThrow();
  });

  it('a child in a house or home must hold a place there, and a child elsewhere must hold none', () => {
    let t = start();
    t.home.place = null;
    expect(broken(t.st)).toBe(`invariant broken: child ${t.home.id} is in setting local but holds no place`);
    t = start();
    t.ooc.place = t.st.places.find((p) => p.name === 'Home A')!;
    expect(broken(t.st)).toBe(`invariant broken: child ${t.ooc.id} is in setting external but holds a place in Home A`);
    t = start();
    t.fam.setting = 'shortBreak'; // a short break is spent in a place
    expect(broken(t.st)).toBe(`invariant broken: child ${t.fam.id} is in setting shortBreak but holds no place`);
  });

  it('a child out of county must be in an external placement and on the out-of-county list', () => {
    let t = start();
    t.ooc.setting = 'family';
    expect(broken(t.st)).toBe(`invariant broken: child ${t.ooc.id} is out of county but in setting family`);
    t = start();
    t.st.outOfCounty.delete(t.ooc);
    expect(broken(t.st)).toBe(`invariant broken: child ${t.ooc.id} is out of county but in setting external`);
  });

  it('a child waiting for the Hub is in no other setting', () => {
    const t = start();
    t.fam.hubWaiting = true;
    expect(broken(t.st)).toBe(`invariant broken: child ${t.fam.id} waits for the Hub but is in setting family`);
  });

  it('a child who has left care is no longer charged, and is held only while outreach supports them', () => {
    let t = start();
    t.ooc.setting = 'left';
    t.ooc.outOfCounty = false;
    t.st.outOfCounty.delete(t.ooc);
    t.st.oocMonitor.add(0, -1);
    expect(broken(t.st)).toBe(`invariant broken: child ${t.ooc.id} has left care but is still being charged`);
    t.ooc.costCategory = null;
    expect(broken(t.st)).toBe(`invariant broken: child ${t.ooc.id} has left and has no outreach but is still held (memory would grow with every child)`);
    // Left, but supported by outreach: the record is still needed.
    t = start();
    t.st.foster!.pools[0].used--;
    t.fam.carerPool = -1;
    t.fam.setting = 'left';
    t.fam.costCategory = null;
    expect(() => checkInvariants(t.st)).not.toThrow();
  });

  it("a place's count of places used matches what its children hold, never above its room", () => {
    let t = start();
    t.st.hub.used = 2;
    expect(broken(t.st)).toBe('invariant broken: Hub counts 2 places used but children hold 1');
    t = start();
    const home = t.st.places.find((p) => p.name === 'Home A')!;
    t.home.placesHeld = 3;
    home.used = 3;
    expect(broken(t.st)).toBe('invariant broken: Home A holds 3 places but has room for 2');
    t = start();
    const homeA = t.st.places.find((p) => p.name === 'Home A')!;
    for (const c of [...homeA.occupants]) homeA.occupants.delete(c);
    expect(broken(t.st)).toBe('invariant broken: Home A counts 1 children placed but 0 are in it');
  });

  it('a child waiting to step down waits in a residential placement, from a day not before the start', () => {
    let t = start();
    t.home.stepDownWaitSince = 0; // waiting since the start date: consistent
    t.st.foster!.waiting.push(t.home);
    expect(() => checkInvariants(t.st)).not.toThrow();
    t = start();
    t.home.stepDownWaitSince = -1;
    t.st.foster!.waiting.push(t.home);
    expect(broken(t.st)).toBe(`invariant broken: child ${t.home.id} waits to step down but is in setting local`);
    t = start();
    t.fam.stepDownWaitSince = 3;
    t.st.foster!.waiting.push(t.fam);
    expect(broken(t.st)).toBe(`invariant broken: child ${t.fam.id} waits to step down but is in setting family`);
    t = start();
    t.ooc.stepDownWaitSince = 3;
    t.st.foster!.waiting.push(t.ooc);
    expect(() => checkInvariants(t.st)).not.toThrow();
  });

  it("a carer pool's count in use matches the children in family care holding one of its carers", () => {
    let t = start();
    t.home.carerPool = 0; // a residential child's pool mark does not use a carer
    expect(() => checkInvariants(t.st)).not.toThrow();
    t = start();
    t.st.foster!.pools[0].used = 2;
    expect(broken(t.st)).toBe('invariant broken: carers In-house: 2 counted in use but 1 children hold one');
  });

  it("outreach's slots used match the children supported and never exceed its slots", () => {
    let t = start();
    t.st.outreach.used = 2;
    expect(broken(t.st)).toBe('invariant broken: outreach: 1 children supported, 2 slots used of 2');
    t = start();
    t.st.outreach.capacity = 0;
    expect(broken(t.st)).toBe('invariant broken: outreach: 1 children supported, 1 slots used of 0');
  });

  it('the out-of-county count agrees between children, list and monitor', () => {
    let t = start();
    t.st.oocMonitor.add(0, 1);
    expect(broken(t.st)).toBe('invariant broken: out of county: 1 children flagged, 1 listed, monitor says 2');
    t = start();
    t.st.outOfCounty.add(t.home);
    expect(broken(t.st)).toBe('invariant broken: out of county: 1 children flagged, 2 listed, monitor says 1');
  });
});
