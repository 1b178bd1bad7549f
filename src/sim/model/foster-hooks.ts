import type { Child } from './child.js';
import type { ModelState } from './state.js';
import { freeCarer, placeFamilyLimited, releaseCarer } from './foster-supply.js';
import { endStepDownWait, stepDownLimited } from './step-down-wait.js';

/**
 * Where limited foster supply (services.fosterCarers) meets the rest of the
 * model: one call from each of placements.ts, handlers.ts and
 * caseload-start.ts, so those files stay as they were when it is absent.
 */
export { placeFamilyLimited, stepDownLimited };

/** A placement ends: a family placement frees its carer; a residential one ends any wait to step down. */
export function fosterPlacementEnded(st: ModelState, child: Child): void {
  releaseCarer(st, child);
  endStepDownWait(st, child);
}

/** A child of today's caseload in family-based care holds a carer of their kind if one is free (at the row's price). */
export function attachCaseloadCarer(st: ModelState, child: Child): void {
  const i = freeCarer(st, child);
  if (i < 0) return;
  const pool = st.foster!.pools[i];
  pool.used++;
  pool.monitor.add(st.now, 1);
  child.carerPool = i;
}
