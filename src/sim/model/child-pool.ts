import { ChildStreams, type Child, type StreamKeys } from './child.js';

/**
 * Child records reused within a worker thread (issue 15). The default
 * scenario makes about 3,000 children a replication (2,800 arrivals, most of
 * them short-break episodes, and today's caseload), and a fresh record with
 * its streams cost about 600 bytes: two thirds of all the model allocated,
 * and most of the garbage collector's time. A child who has left and whom
 * nothing acts on any more (release-leavers.ts), and every child still
 * present when a replication ends, goes back here and is reused for the
 * next child made in this thread.
 *
 * Reuse cannot change results: a record is filled from scratch by
 * {@link fillChild} (every field but the ones below), its streams are
 * re-keyed to the new child's (family, ordinal), and the epoch and every
 * token keep growing across lives, with {@link releaseChild} moving each on,
 * so a pending event or waiting-list entry of an earlier life is stale by
 * the same checks that skip a cancelled one (run-replication.ts `dispatch`,
 * waiting-list.ts). The 18th birthday, the one event not cancelled by an
 * epoch or token, carries the record's `life`.
 */
const spare: Child[] = [];

/** Records kept for reuse at most: past it, released records are left to the garbage collector. */
const MAX_SPARE = 1 << 16;

/** A record for a new child whose streams are those of (family keys, ordinal); the caller fills it ({@link fillChild}). */
export function acquireChild(keys: StreamKeys, ordinal: number): Child {
  const child = spare.pop() ?? blankChild();
  child.rng.reset(keys, ordinal);
  return child;
}

/** Give a record back: nothing in the model may act on this child again. */
export function releaseChild(child: Child): void {
  child.life++;
  child.epoch++;
  child.hazardToken++;
  child.supportToken++;
  child.outreachWaitToken++;
  child.hubWaitToken++;
  // Drop references to the finished replication's places so they can be collected.
  child.place = null;
  child.presentSlot = -1;
  child.occupantSlot = -1;
  if (spare.length < MAX_SPARE) spare.push(child);
}

/** Set every field of a new child's record that does not carry over between lives (the epoch, tokens, life and streams do). */
export function fillChild(child: Child, id: number, now: number, age: number, need: number, single: boolean): void {
  child.id = id;
  child.arrivalAge = age;
  child.arrivalT = now;
  child.t18 = now + (18 - age) * 365.25;
  child.need = need;
  child.single = single;
  child.purpose = null;
  child.setting = 'atRisk';
  child.place = null;
  child.placesHeld = 0;
  child.placementStartT = now;
  child.gbpPerDay = 0;
  child.costCategory = null;
  child.outOfCounty = false;
  child.hazardBudget = 0;
  child.hazardPerDay = 0;
  child.hazardSince = now;
  child.baseHazardPerDay = 0;
  child.supported = false;
  child.supportSince = now;
  child.outreachWaiting = false;
  child.outreachWaitSince = now;
  child.hubWaiting = false;
  child.hubWaitSince = now;
  child.needsSpecialistCarer = null;
  child.carerPool = -1;
  child.stepDownWaitSince = -1;
  child.placements = 0;
  child.moves = 0;
  child.breakdowns = 0;
  child.inCareInReport = false;
  child.spilledInReport = false;
  child.oocInReport = false;
  child.spillPending = false;
  child.spillPlacement = false;
  child.everResidential = false;
  child.upliftDue = false;
  child.outreachKind = 0;
  child.upliftGbpPerDay = 0;
  child.assessed = false;
  child.presentSlot = -1;
  child.occupantSlot = -1;
}

/** A record with every field present, so all records share one shape. */
function blankChild(): Child {
  return {
    id: 0, rng: new ChildStreams(), arrivalAge: 0, arrivalT: 0, t18: 0,
    need: 0, single: false, purpose: null, setting: 'atRisk', place: null, placesHeld: 0, epoch: 0, life: 0, placementStartT: 0,
    gbpPerDay: 0, costCategory: null, outOfCounty: false,
    hazardBudget: 0, hazardPerDay: 0, hazardSince: 0, baseHazardPerDay: 0, hazardToken: 0,
    supported: false, supportSince: 0, supportToken: 0,
    outreachWaiting: false, outreachWaitSince: 0, outreachWaitToken: 0,
    hubWaiting: false, hubWaitSince: 0, hubWaitToken: 0,
    needsSpecialistCarer: null, carerPool: -1, stepDownWaitSince: -1,
    placements: 0, moves: 0, breakdowns: 0, inCareInReport: false, spilledInReport: false, oocInReport: false, spillPending: false, spillPlacement: false, everResidential: false, upliftDue: false, outreachKind: 0, upliftGbpPerDay: 0, assessed: false,
    presentSlot: -1, occupantSlot: -1,
  };
}
