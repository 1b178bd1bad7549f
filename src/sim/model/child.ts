import { ChildStream, type RandomSource } from '../random.js';
import type { Place } from './place.js';
import type { Purpose } from '../purpose-schema.js';

/**
 * Where a child is. `atRisk`: at home, in hospital or in foster care with a placement at risk (not in care).
 * `shortBreak`: on an overnight short break from home or foster care (not in care; short-breaks.ts).
 */
export type Setting = 'atRisk' | 'waitingHub' | 'hub' | 'local' | 'family' | 'external' | 'left' | 'shortBreak';

/** The keys of a family of children's streams, one per purpose (random.ts childFamilyKey). */
export interface StreamKeys {
  traits: number;
  assessment: number;
  placement: number;
  support: number;
}

/**
 * A child's own random streams, one per purpose, so one purpose's draws never
 * shift another's. Each is `childStream(keys[purpose], ordinal)`; the object
 * is re-keyed when its child record is reused (child-pool.ts).
 */
export class ChildStreams {
  private readonly streams = [new ChildStream(), new ChildStream(), new ChildStream(), new ChildStream()] as const;
  /** Age, need, single occupancy. */
  readonly traits: RandomSource = this.streams[0].next;
  /** Hub stays and assessment outcomes. */
  readonly assessment: RandomSource = this.streams[1].next;
  /** Placement clocks (breakdown, step-down, exits), out-of-county draws and prices. */
  readonly placement: RandomSource = this.streams[2].next;
  /** Outreach episode lengths. */
  readonly support: RandomSource = this.streams[3].next;

  reset(keys: StreamKeys, ordinal: number): void {
    this.streams[0].reset(keys.traits, ordinal);
    this.streams[1].reset(keys.assessment, ordinal);
    this.streams[2].reset(keys.placement, ordinal);
    this.streams[3].reset(keys.support, ordinal);
  }
}

/** One child's state and history in one replication. */
export interface Child {
  id: number;
  rng: ChildStreams;
  /** Age in years at arrival. */
  arrivalAge: number;
  arrivalT: number;
  /** Time of the 18th birthday, in days. */
  t18: number;
  need: number;
  single: boolean;
  /** The purpose of the place the current referral targets (null: long-term); cleared when a purpose's stay ends. */
  purpose: Purpose | null;
  setting: Setting;
  /** Local place held (hub, house or home), if any. */
  place: Place | null;
  placesHeld: number;
  /**
   * Bumped whenever the placement changes; events carrying an older epoch are stale.
   * The epoch and every token below only grow, over all the lives of a reused record
   * (child-pool.ts), so an event or waiting-list entry from an earlier life is stale too.
   */
  epoch: number;
  /** Which life of this record the child is (child-pool.ts): the 18th birthday's event names it. */
  life: number;
  placementStartT: number;
  /** Variable cost of the current placement, £ per day at base-year prices. */
  gbpPerDay: number;
  costCategory: 'localVariable' | 'family' | 'externalInCounty' | 'externalOutOfCounty' | 'crisis' | null;
  outOfCounty: boolean;
  /** Breakdown clock: a unit-exponential budget of hazard consumed at `hazardPerDay`. */
  hazardBudget: number;
  hazardPerDay: number;
  hazardSince: number;
  /** Breakdown hazard of the current placement before outreach support, per day. */
  baseHazardPerDay: number;
  hazardToken: number;
  supported: boolean;
  /** When the current outreach episode started (a shrinking team ends the latest first). */
  supportSince: number;
  supportToken: number;
  /** On the outreach waiting list since `outreachWaitSince`; the token marks the current wait. */
  outreachWaiting: boolean;
  outreachWaitSince: number;
  outreachWaitToken: number;
  /** Waiting in a crisis placement for a Hub bed. */
  hubWaiting: boolean;
  hubWaitSince: number;
  hubWaitToken: number;
  /** Foster supply (foster-supply.ts): specialist carer needed (null: not yet drawn), the pool of the current carer (-1: none), the start of a wait to step down (-1: not waiting). */
  needsSpecialistCarer: boolean | null;
  carerPool: number;
  stepDownWaitSince: number;
  /** History, counted over the reporting period. */
  placements: number;
  moves: number;
  breakdowns: number;
  inCareInReport: boolean;
  /** Met a spill-over, and was placed out of county, in the reporting period (counted once a child: spill-overs.ts). */
  spilledInReport: boolean;
  oocInReport: boolean;
  /** A spill-over has just turned the child away: their next placement is where it sent them (spill-overs.ts). */
  spillPending: boolean;
  /** The current placement is one a spill-over sent the child to: its cost is a cost of spill-overs. */
  spillPlacement: boolean;
  /**
   * A placement in care broke down and the child has not yet been placed
   * again (the Hub and a crisis wait are not placements here): the next
   * placement carries the breakdown uplift, whatever the route.
   */
  upliftDue: boolean;
  /** What the child's latest outreach request was for: an index into OUTREACH_KINDS (state.ts). */
  outreachKind: number;
  /** The part of gbpPerDay that is a breakdown's uplift (0 unless this placement is the first after one). */
  upliftGbpPerDay: number;
  /** Just assessed at the Hub: the next placement's breakdown hazard takes placements.afterAssessmentBreakdownFactor. */
  assessed: boolean;
  /** Has been in a residential placement (local house or home, or external) in this run. */
  everResidential: boolean;
  /** Where the child is in the list of children present and in their place's occupants (member-lists.ts); -1: in neither. */
  presentSlot: number;
  occupantSlot: number;
}

/** Age in years at time t. */
export function ageAt(child: Child, t: number): number {
  return child.arrivalAge + (t - child.arrivalT) / 365.25;
}
