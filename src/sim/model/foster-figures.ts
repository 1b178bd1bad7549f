import type { Scenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import type { FigureDef } from './figures.js';
import { COUNT, type ModelState } from './state.js';

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Figures of limited foster supply (foster-supply.ts, step-down-wait.ts), for scenarios with services.fosterCarers. */
export function fosterFigures(s: Scenario, tl: Timeline): FigureDef[] {
  const rules = s.services.fosterCarers;
  if (!rules) return [];
  const c = (st: ModelState) => st.counters;
  const days = (st: ModelState) => st.tl.horizonT - st.tl.originT;
  const fig = (id: string, label: string, unit: FigureDef['unit'], value: (st: ModelState) => number): FigureDef => ({ id, label, unit, group: 'stability', value });
  return [
    fig('stepDown.delayedBedDays', 'Delayed step-down: residential bed-days waiting for a foster carer', 'days', (st) => c(st)[COUNT.delayedStepDownDays]),
    fig('stepDown.meanWaiting', 'Delayed step-down: children waiting for a carer (mean)', 'children', (st) => c(st)[COUNT.delayedStepDownDays] / days(st)),
    fig('stepDown.waited', 'Step-downs that found no carer free and waited', 'count', (st) => c(st)[COUNT.stepDownsWaited]),
    fig('stepDown.searches', 'Active step-down searches', 'count', (st) => c(st)[COUNT.stepDownSearches]),
    fig('family.noCarer', 'Family placements (not step-downs) that found no carer free', 'count', (st) => c(st)[COUNT.familyNoCarer]),
    ...tl.years.map((span, y) => fig(`stepDown.fy${span.fy}.count`, `Step-downs in FY ${span.label}`, 'count', (st) => st.foster!.stepDownsByYear[y])),
    ...rules.pools.map((p, i) => fig(`carers.${i}.utilisation`, `Foster carers ${p.name}: utilisation (carer-days used / available)`, 'share', (st) => ratio(st.foster!.pools[i].monitor.occupiedDays, st.foster!.pools[i].monitor.availableDays))),
  ];
}
