import type { ModelState } from './state.js';

/**
 * Count an event in the reporting period: the one place that decides
 * whether something that happened during the warm-up is counted (it is not),
 * so handlers say what happened rather than guarding counters themselves.
 * `counter` is an index from state.ts `COUNT`.
 */
export function tally(st: ModelState, counter: number, by = 1): void {
  if (st.inReport) st.counters[counter] += by;
}
