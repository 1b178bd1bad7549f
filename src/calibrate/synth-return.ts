import { dayNumber, financialYear } from '../sim/calendar-dates.js';
import { purposeStream } from '../sim/random.js';
import type { Scenario } from '../sim/scenario.js';
import { formatReturnDate } from './return-dates.js';
import { synthChildren, type SynthChild, type SynthEpisode } from './synth-children.js';

/** The column layouts written (a subset of the DfE's, as councils export them). */
export const SYNTH_EPISODE_COLUMNS = ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN', 'PL_LOCATION'];
export const SYNTH_HEADER_COLUMNS = ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'];

/** One year's return: its financial year and its two tables as rows of text. */
export interface SynthYear {
  year: number;
  episodes: string[][];
  header: string[][];
}

/** Years simulated before the first year written, so the first year already holds children placed long ago. */
export const SYNTH_BURN_IN_YEARS = 8;

/**
 * A fake return of `years` financial years ending the 31 March before the
 * scenario's start date. Each year's file holds the episodes open in that
 * year, an episode still open on its 31 March without DEC, REC and reason,
 * as a council's return would. No real child: ids are `SYN` and an ordinal,
 * postcodes the pseudo-postcode ZZ99 3CZ ("no fixed abode / not known").
 */
export function synthReturn(s: Scenario, seed: number, years: number): SynthYear[] {
  const lastYear = financialYear(dayNumber(s.startDate)) - 1;
  const first = lastYear - years + 1;
  const end = dayNumber(`${lastYear + 1}-04-01`);
  const children = synthChildren(s, purposeStream(seed, 0, 'synth-903'), dayNumber(`${first - SYNTH_BURN_IN_YEARS}-04-01`), end);
  return Array.from({ length: years }, (_, i) => yearTables(children, first + i));
}

function yearTables(children: SynthChild[], year: number): SynthYear {
  const from = dayNumber(`${year}-04-01`);
  const to = dayNumber(`${year + 1}-04-01`);
  const episodes: string[][] = [];
  const header: string[][] = [];
  for (const c of children) {
    const inYear = c.episodes.filter((e) => e.decom < to && (e.dec === null || e.dec >= from));
    if (inYear.length === 0) continue;
    const id = `SYN${String(c.ordinal).padStart(6, '0')}`;
    header.push([id, c.sex, formatReturnDate(c.birthDay), 'WBRI', '', '', '']);
    for (const e of inYear) episodes.push(episodeRow(id, c.cin, e, to));
  }
  return { year, episodes, header };
}

function episodeRow(id: string, cin: string, e: SynthEpisode, to: number): string[] {
  const closed = e.dec !== null && e.dec < to;
  return [
    id, formatReturnDate(e.decom), e.rne, e.ls, cin, e.place, e.provider,
    closed ? formatReturnDate(e.dec!) : '', closed ? e.rec : '', closed ? e.reason : '',
    'ZZ99 3CZ', 'ZZ99 3CZ', e.place.startsWith('K') ? 'XXXXXXX' : '', e.location,
  ];
}
