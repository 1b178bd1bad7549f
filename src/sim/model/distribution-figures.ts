import type { Scenario } from '../scenario.js';
import type { WaitTally } from '../wait-tally.js';
import { WAIT_THRESHOLDS_DAYS } from '../wait-tally.js';
import type { Place } from './place.js';
import type { ModelState } from './state.js';
import type { FigureDef } from './figures.js';

/**
 * Distributions, not only means (docs/results.md, Waits and occupancy
 * distributions): P(wait > t) of the outreach and Hub waits, with waits
 * ended by giving up censored at the time given up (wait-tally.ts), and the
 * share of time each number of places is in use, P(N = j), for the Hub and
 * the outreach team. P(wait > t) is a ratio figure (waits over t / waits
 * ended), summarised as a total over a total.
 */

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

function waitFigures(prefix: string, label: string, tally: (st: ModelState) => WaitTally): FigureDef[] {
  const ended = `${prefix}.waitsEnded`;
  const out: FigureDef[] = [
    { id: ended, label: `${label}: waits ended (served, or gave up: censored then)`, unit: 'count', group: prefix, value: (st) => tally(st).ended },
  ];
  WAIT_THRESHOLDS_DAYS.forEach((t, i) => {
    const over = `${prefix}.waitsOver${t}Days`;
    out.push(
      { id: over, label: `${label}: waits longer than ${t} days`, unit: 'count', group: prefix, value: (st) => tally(st).over[i] },
      {
        id: `${prefix}.shareWaitOver${t}Days`, label: `${label}: P(wait > ${t} days), gave-up waits censored`, unit: 'share', group: prefix,
        value: (st) => ratio(tally(st).over[i], tally(st).ended), ratio: { numerator: over, denominator: ended },
      },
    );
  });
  return out;
}

function levelFigures(prefix: string, label: string, noun: string, capacity: number, place: (st: ModelState) => Place): FigureDef[] {
  const days = (st: ModelState) => st.tl.horizonT - st.tl.originT;
  return Array.from({ length: capacity + 1 }, (_, j) => ({
    id: `${prefix}.shareTimeAt${j}`,
    label: `${label}: share of time with ${j}${j === capacity ? ' or more' : ''} ${noun} in use`,
    unit: 'share' as const, group: prefix,
    value: (st: ModelState) => (j === capacity ? place(st).monitor.levels.atLeast(j) : place(st).monitor.levels.at(j)) / days(st),
  }));
}

/** Wait and occupancy distributions of the Hub and the outreach team. */
export function distributionFigures(s: Scenario): FigureDef[] {
  return [
    ...waitFigures('outreach', 'Outreach', (st) => st.waits.outreach),
    ...waitFigures('hub', 'Hub', (st) => st.waits.hub),
    ...levelFigures('hub', 'Hub', 'beds', s.services.hub.beds, (st) => st.hub),
    ...levelFigures('outreach', 'Outreach', 'slots', s.services.outreach.slots, (st) => st.outreach),
  ];
}
