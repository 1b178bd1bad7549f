import type { ModelState } from './model/state.js';

/**
 * Drop children who have left care from the replication's set of children
 * present, once nothing in the model still acts on them: a child may leave
 * and still be supported by outreach, or wait for it (`services.outreach.startOn:
 * returnHome`, seed 001 §19), so a leaver is dropped only when neither. Memory then
 * follows the children present, not every child who passed through; figures
 * over all children are counters (state.ts `Counters`). Called after each
 * event, so a handler that makes a leaver and then asks for outreach for them
 * sees them kept.
 */
export function releaseLeavers(st: ModelState): void {
  const leavers = st.leavers;
  let kept = 0;
  for (let i = 0; i < leavers.length; i++) {
    const c = leavers[i];
    if (c.supported || c.outreachWaiting) leavers[kept++] = c;
    else st.children.delete(c);
  }
  leavers.length = kept;
}
