import type { Scenario } from '../scenario.js';
import type { FigureDef } from './figures.js';
import { COUNT, type ModelState } from './state.js';

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Short-break figures (short-breaks.ts), for scenarios with a shortBreak demand stream. */
export function shortBreakFigures(s: Scenario): FigureDef[] {
  if (!s.demand.some((d) => d.route === 'shortBreak')) return [];
  const c = (st: ModelState) => st.counters;
  const fig = (id: string, label: string, unit: FigureDef['unit'], value: (st: ModelState) => number): FigureDef => ({ id, label, unit, group: 'shortBreaks', value });
  return [
    fig('shortBreaks.episodes', 'Short breaks: episodes started', 'count', (st) => c(st)[COUNT.shortBreaks]),
    fig('shortBreaks.refused', 'Short breaks: requests finding no bed', 'count', (st) => c(st)[COUNT.shortBreaksRefused]),
    fig('shortBreaks.requests', 'Short breaks: requests (episodes started and refused)', 'count', (st) => c(st)[COUNT.shortBreaks] + c(st)[COUNT.shortBreaksRefused]),
    // A ratio of totals over replications, as every other share (theory-oracle review: averaged replication by
    // replication it read 0.304 against Erlang B's 0.310 on quarter-year runs).
    { ...fig('shortBreaks.refusedShare', 'Short breaks: share of requests finding no bed', 'share', (st) => ratio(c(st)[COUNT.shortBreaksRefused], c(st)[COUNT.shortBreaks] + c(st)[COUNT.shortBreaksRefused])), ratio: { numerator: 'shortBreaks.refused', denominator: 'shortBreaks.requests' } },
  ];
}
