import type { ModelState } from './model/state.js';
import { releaseChild } from './model/child-pool.js';

/**
 * Drop children who have left care from the replication's set of children
 * present, once nothing in the model still acts on them: a child may leave
 * and still be supported by outreach, or wait for it (`services.outreach.startOn:
 * returnHome`, seed 001 §19), so a leaver is dropped only when neither. Memory then
 * follows the children present, not every child who passed through; figures
 * over all children are counters (state.ts `Counters`). Called after each
 * event, so a handler that makes a leaver and then asks for outreach for them
 * sees them kept.
 *
 * Leavers kept for outreach would be rescanned after every event; instead
 * {@link leaverStamp} sums counts that only grow between scans (leavers
 * queued, changes to the outreach team's and its waiting list's occupancy:
 * every end of support or of a wait moves one of them), so an unchanged stamp
 * means no kept leaver can have become releasable.
 */
export function leaverStamp(st: ModelState): number {
  return st.leavers.size + st.outreach.monitor.changes + st.outreachQueueMonitor.changes;
}

/** Drop every queued leaver who is still out of the model and neither supported nor waiting for outreach. */
export function releaseLeavers(st: ModelState): void {
  const leavers = st.leavers;
  let kept = 0;
  for (let i = 0; i < leavers.size; i++) {
    const c = leavers.at(i);
    // Back in the model since leaving (a re-entry risk after going home, placements.returnHome): present again.
    if (c.setting !== 'left') continue;
    if (c.supported || c.outreachWaiting) leavers.set(kept++, c);
    // A child queued twice (left, came back, left again within one event) is released once.
    else if (st.children.delete(c)) releaseChild(c);
  }
  leavers.truncate(kept);
}
