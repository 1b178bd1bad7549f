import type { FigureSummary } from '../capacity/result-document.js';

/**
 * Which figures each chart draws, by id prefix and group (ids as in
 * src/sim/results.ts: `hub.utilisation`, `cost.fy2026.external`). The table of
 * figures lists everything; charts take what matches and skip when nothing does.
 */

/** True for a figure whose id starts with `prefix.` or whose group is `group`. */
export function inArea(f: FigureSummary, area: string): boolean {
  return f.group === area || f.id.startsWith(area + '.');
}

/** One `cost.fy<year>.<category>` figure, split into its parts. */
export interface YearCost {
  year: number;
  category: string;
  figure: FigureSummary;
}

const FY_COST = /^cost\.fy(\d{4})\.(.+)$/;

/** Cost figures by UK financial year (`cost.fy2026.external`), in catalogue order. */
export function yearCosts(figures: FigureSummary[]): YearCost[] {
  const out: YearCost[] = [];
  for (const figure of figures) {
    const m = FY_COST.exec(figure.id);
    if (m) out.push({ year: Number(m[1]), category: m[2], figure });
  }
  return out;
}

/** Share of time a service is full: unit `share`, last id segment mentions "full". */
export function isShareFull(f: FigureSummary): boolean {
  const last = f.id.slice(f.id.lastIndexOf('.') + 1);
  return f.unit === 'share' && /full/i.test(last);
}

/** Spill-over figures other than money (counts, child-weeks out of county). */
export function isSpillover(f: FigureSummary): boolean {
  return inArea(f, 'spillover') && f.unit !== 'GBP';
}

/** Outreach waiting figures: waits and the waiting list. */
export function isOutreachWait(f: FigureSummary): boolean {
  return inArea(f, 'outreach') && /wait/i.test(f.id);
}

/** Placement stability figures: moves and breakdowns. */
export function isStability(f: FigureSummary): boolean {
  return inArea(f, 'stability');
}

/** Figures grouped by unit, keeping first-seen order, so a chart never mixes units on one axis. */
export function byUnit(figures: FigureSummary[]): FigureSummary[][] {
  const groups = new Map<string, FigureSummary[]>();
  for (const f of figures) {
    const list = groups.get(f.unit) ?? [];
    list.push(f);
    groups.set(f.unit, list);
  }
  return [...groups.values()];
}

/** Looks a figure up by id. */
export function figureById(figures: FigureSummary[], id: string): FigureSummary | undefined {
  return figures.find((f) => f.id === id);
}
