import { PROVIDER_NAMES, type PlaceKind } from './code-lists.js';
import type { Placement } from './placements.js';
import { fitStays, type Stay, type StayFit } from './weibull-fit.js';
import type { ObservationWindow } from './window.js';

/** A stay fit for one placement type and provider. */
export interface StayGroup {
  label: string;
  fit: StayFit;
}

const TYPE_NAMES: Record<PlaceKind, string> = {
  'childrens-home': "children's home", secure: 'secure', 'semi-independent': 'semi-independent / supported',
  'residential-school': 'residential school', foster: 'foster care', 'placed-with-parents': 'placed with parents',
  adoption: 'placed for adoption', other: 'other',
};

/** The type-and-provider label of a placement; foster care is in-house (PR1) or agency. */
export function stayLabel(p: Placement): string {
  if (p.kind === 'foster') return p.provider === 'PR1' ? 'foster care, in-house' : 'foster care, agency';
  if (p.kind === 'placed-with-parents' || p.kind === 'adoption') return TYPE_NAMES[p.kind];
  return `${TYPE_NAMES[p.kind]}, ${PROVIDER_NAMES[p.provider] ?? 'provider not given'}`;
}

/**
 * The placement's stay as seen in the window: days already stayed when the
 * window opened, days at its end or censoring. A stay that ran to the 18th
 * birthday is censored there (carecap ends care at 18 itself), as is one still open.
 */
export function stayOf(p: Placement, w: ObservationWindow): Stay | null {
  const to = Math.min(p.endDay ?? w.endDay, w.endDay, p.eighteenthDay);
  const entry = Math.max(0, w.startDay - p.startDay);
  if (to - p.startDay <= entry) return null;
  const ended = p.endDay !== null && p.end.kind !== 'open' && p.endDay < p.eighteenthDay - 7;
  return { entryDays: entry, exitDays: to - p.startDay, ended };
}

/** Stay fits for every type and provider seen, largest first. */
export function estimateStays(placements: Placement[], w: ObservationWindow): StayGroup[] {
  const groups = new Map<string, Stay[]>();
  for (const p of placements) {
    const s = stayOf(p, w);
    if (!s) continue;
    const label = stayLabel(p);
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label)!.push(s);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([label, stays]) => ({ label, fit: fitStays(stays) }));
}
