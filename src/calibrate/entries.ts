import { financialYear, dayNumber } from '../sim/calendar-dates.js';
import type { Placement } from './placements.js';
import type { ObservationWindow } from './window.js';
import { yearsOf } from './window.js';
import { fitTrend, type TrendFit } from './trend.js';
import { wilsonShare, type Estimate } from './intervals.js';

/** Age bands at entry, in years: carecap's residential entrants are mostly 11-17. */
export const AGE_BANDS: readonly [number, number][] = [[0, 10], [10, 13], [13, 15], [15, 16], [16, 18]];

/** carecap's first destinations of a direct placement. */
export type ResidentialType = 'inHouseHome' | 'house' | 'externalResidential';

/** The carecap destination of a residential placement: own children's home, own semi-independent house, or external. */
export function residentialType(p: Placement): ResidentialType {
  if (!p.local) return 'externalResidential';
  return p.kind === 'semi-independent' ? 'house' : 'inHouseHome';
}

/** Entries into residential care (from outside it) and into care, with rates, trend, ages and first placement types. */
export interface EntryEstimates {
  residential: TrendFit;
  residentialByAge: { band: [number, number]; count: number; share: Estimate }[];
  residentialByType: Record<ResidentialType, Estimate>;
  byAgeAndType: Record<string, Record<ResidentialType, number>>;
  intoCare: Record<'residential' | 'family' | 'other', number>;
  /** Children who entered care in family-based care and moved to residential care later (counted in residential entries). */
  fromFamily: number;
}

/**
 * An entry into residential care: a residential placement starting in the
 * window, not straight after another residential one, and not a return to
 * residential care after a step-down in the same period of care (carecap
 * makes those itself, from family-based care's breakdown rate).
 */
export function isResidentialEntry(p: Placement, w: ObservationWindow): boolean {
  return p.setting === 'residential' && p.previous !== 'residential' && !p.afterResidential && p.startDay >= w.startDay && p.startDay < w.endDay;
}

/** Count and estimate entries; the rate is evaluated at the scenario's start date. */
export function estimateEntries(placements: Placement[], w: ObservationWindow, startDay: number): EntryEstimates {
  const entries = placements.filter((p) => isResidentialEntry(p, w));
  const years = w.years.map((fy) => ({ year: yearsOf(dayNumber(`${fy}-10-01`)), count: entries.filter((p) => financialYear(p.startDay) === fy).length, exposureYears: 1 }));
  const band = (age: number) => AGE_BANDS.find(([lo, hi]) => age >= lo && age < hi) ?? AGE_BANDS[AGE_BANDS.length - 1];
  const byAgeAndType: Record<string, Record<ResidentialType, number>> = {};
  for (const [lo, hi] of AGE_BANDS) byAgeAndType[`${lo}-${hi}`] = { inHouseHome: 0, house: 0, externalResidential: 0 };
  for (const p of entries) byAgeAndType[band(p.ageAtStartYears).join('-')][residentialType(p)]++;
  const typeCount = (t: ResidentialType) => entries.filter((p) => residentialType(p) === t).length;
  const starts = placements.filter((p) => p.startsCare && p.startDay >= w.startDay && p.startDay < w.endDay);
  return {
    residential: fitTrend(years, yearsOf(startDay)),
    residentialByAge: AGE_BANDS.map(([lo, hi]) => {
      const count = entries.filter((p) => band(p.ageAtStartYears)[0] === lo).length;
      return { band: [lo, hi], count, share: wilsonShare(count, entries.length) };
    }),
    residentialByType: {
      inHouseHome: wilsonShare(typeCount('inHouseHome'), entries.length),
      house: wilsonShare(typeCount('house'), entries.length),
      externalResidential: wilsonShare(typeCount('externalResidential'), entries.length),
    },
    byAgeAndType,
    intoCare: {
      residential: starts.filter((p) => p.setting === 'residential').length,
      family: starts.filter((p) => p.setting === 'family').length,
      other: starts.filter((p) => p.setting === 'other').length,
    },
    fromFamily: entries.filter((p) => p.previous === 'family').length,
  };
}
