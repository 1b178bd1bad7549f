import { eighteenthBirthday } from './return-dates.js';
import type { EpisodeRow, HeaderRow, Problem } from './return-types.js';

/** One child's checked history. `key` is an ordinal for this run only: the CHILD id is not kept. */
export interface ChildHistory {
  key: number;
  birthDay: number;
  episodes: EpisodeRow[];
}

/**
 * Join several years' tables into one history per child and check it as the
 * councils' validators do: one date of birth per child, episodes in order
 * without overlaps, a new period of care (RNE S) only after a gap, the child
 * under 18 when each episode starts. An episode sent in two years' returns
 * (open in the first, closed in the second) is kept once, closed.
 */
export function joinChildren(episodes: EpisodeRow[], headers: HeaderRow[], problems: Problem[]): Map<string, ChildHistory> {
  const births = birthDays(headers, problems);
  const named = new Set(headers.map((h) => h.child));
  const byChild = new Map<string, EpisodeRow[]>();
  for (const e of dedupe(episodes, problems)) {
    if (!byChild.has(e.child)) byChild.set(e.child, []);
    byChild.get(e.child)!.push(e);
  }
  const children = new Map<string, ChildHistory>();
  let key = 0;
  for (const [child, list] of byChild) {
    list.sort((a, b) => a.decom - b.decom);
    const birthDay = births.get(child);
    const bad = (e: EpisodeRow, column: string, message: string) => problems.push({ file: e.file, table: 'episodes', row: e.row, column, message, child });
    // Only a child no header row names at all, seen in a valid episode: a header row with a problem of its own (a bad
    // DOB), or an episode row too short to read, is reported as such, and "has no row in the header table" on top was
    // false (hostile review 7).
    if (birthDay === undefined && !named.has(child) && list.some((e) => e.valid)) bad(list.find((e) => e.valid)!, 'CHILD', 'has no row in the header table');
    list.forEach((e, i) => checkEpisode(e, i > 0 ? list[i - 1] : null, birthDay, bad));
    children.set(child, { key: key++, birthDay: birthDay ?? 0, episodes: list });
  }
  return children;
}

function checkEpisode(e: EpisodeRow, prev: EpisodeRow | null, birthDay: number | undefined, bad: (e: EpisodeRow, c: string, m: string) => void): void {
  if (!e.valid) return;
  if (birthDay !== undefined && e.decom < birthDay) bad(e, 'DECOM', 'is before the date of birth');
  if (birthDay !== undefined && e.decom >= eighteenthBirthday(birthDay)) bad(e, 'DECOM', 'the child is 18 or over on this date (children looked after are under 18)');
  if (!prev || !prev.valid) return;
  if (prev.dec === null || prev.dec > e.decom) {
    bad(e, 'DECOM', `overlaps the child's previous episode (${prev.file} row ${prev.row}${prev.dec === null ? ', still open' : ''})`);
  } else if (e.rne === 'S' && prev.dec === e.decom) {
    bad(e, 'RNE', 'is S (started to be looked after) but the previous episode ended the same day');
  } else if (e.rne !== 'S' && prev.dec !== e.decom) {
    bad(e, 'RNE', `is ${e.rne} (a continuation) but the previous episode did not end on this episode's DECOM`);
  }
}

/** One date of birth per child; a child whose years disagree is a problem. */
function birthDays(headers: HeaderRow[], problems: Problem[]): Map<string, number> {
  const births = new Map<string, HeaderRow>();
  for (const h of headers) {
    if (!h.valid) continue;
    const seen = births.get(h.child);
    if (seen && seen.birthDay !== h.birthDay) {
      problems.push({ file: h.file, table: 'header', row: h.row, column: 'DOB', message: `differs from the child's DOB in ${seen.file} row ${seen.row}`, child: h.child });
    } else births.set(h.child, h);
  }
  return new Map([...births].map(([c, h]) => [c, h.birthDay]));
}

/**
 * The same episode in two returns: keep one, the closed one if either is
 * closed (the later file if both). Two episodes of a child starting the same
 * day in one file is a problem (episodes cannot overlap).
 */
function dedupe(episodes: EpisodeRow[], problems: Problem[]): EpisodeRow[] {
  const kept = new Map<string, EpisodeRow>();
  for (const e of episodes) {
    const k = `${e.child}\u0000${e.decom}`;
    const seen = kept.get(k);
    if (seen && seen.file === e.file && e.valid && seen.valid) {
      problems.push({ file: e.file, table: 'episodes', row: e.row, column: 'DECOM', message: `another episode of this child starts the same day (row ${seen.row})`, child: e.child });
    }
    if (!seen || e.dec !== null || seen.dec === null) kept.set(k, e);
  }
  return [...kept.values()];
}
