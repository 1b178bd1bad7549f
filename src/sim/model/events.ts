import type { Child } from './child.js';
import type { Place } from './place.js';
import type { CapacityState } from './capacity-schedule.js';

/** Ways a placement can end other than a breakdown or the 18th birthday. */
export type PlacementExit = 'stepDown' | 'returnHome' | 'sgo';

/**
 * Every event of the model. Child events carry the epoch or token they were
 * made in; a later change of placement makes them stale (cancellation by
 * epoch), and the loop skips them without counting them.
 */
export type SimEvent =
  | { kind: 'arrival'; stream: number }
  /** The end of a Hub stay, or of an at-risk child's risk window. */
  | { kind: 'stayEnd'; child: Child; epoch: number }
  | { kind: 'placementExit'; child: Child; epoch: number; exit: PlacementExit }
  | { kind: 'breakdown'; child: Child; token: number }
  /** The 18th birthday of the child record's life `life` (child-pool.ts: a reused record has a new life). */
  | { kind: 'turn18'; child: Child; life: number }
  | { kind: 'supportEnd'; child: Child; token: number }
  /** A wait reaches its limit; `wait` says which (the two waits' tokens are separate counts, so a token alone cannot). */
  | { kind: 'waitExpires'; child: Child; token: number; wait: 'outreach' | 'hub' }
  /** A place's capacity or youngest accepted age changes (opening, closing, a dated step). */
  | { kind: 'capacity'; place: Place; state: CapacityState }
  /** A carer pool's size changes on a date; an active step-down search (step-down-wait.ts). */
  | { kind: 'carers'; pool: number; carers: number }
  | { kind: 'stepDownSearch' }
  | { kind: 'warmupEnd' };

/** Names of event kinds, for logs and error messages. */
export type SimEventKind = SimEvent['kind'];
