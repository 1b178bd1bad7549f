import { carecapSetting, PLACE_KINDS, type CarecapSetting, type PlaceKind } from './code-lists.js';
import { ageYearsOn, eighteenthBirthday } from './return-dates.js';
import type { ChildHistory } from './return-children.js';
import type { EpisodeRow } from './return-types.js';

/** How a placement ended: still open, a move to another placement, or leaving care (with the REC code). */
export type PlacementEnd =
  | { kind: 'open' }
  | { kind: 'move'; to: CarecapSetting; reason: string }
  | { kind: 'exit'; rec: string };

/**
 * One placement: consecutive episodes joined while only the legal status
 * changes (RNE L). Days are day numbers; no identifier is kept beyond the
 * run's own child ordinal.
 */
export interface Placement {
  child: number;
  place: string;
  kind: PlaceKind;
  setting: CarecapSetting;
  provider: string;
  /** Provided by the council itself (PR1) in a children's home or semi-independent place: carecap's homes and houses. */
  local: boolean;
  outOfCounty: boolean | null;
  startDay: number;
  /** Last day seen: the end, or null while open. */
  endDay: number | null;
  end: PlacementEnd;
  birthDay: number;
  eighteenthDay: number;
  ageAtStartYears: number;
  /** The first placement of a period of care (RNE S). */
  startsCare: boolean;
  /** The setting of the placement before this one in the same period of care. */
  previous: CarecapSetting | null;
  /** An earlier placement in this period of care was residential. */
  afterResidential: boolean;
}

/** Every placement of every child, in order. */
export function buildPlacements(children: Iterable<ChildHistory>): Placement[] {
  const out: Placement[] = [];
  for (const c of children) {
    let current: Placement | null = null;
    let reason = '';
    let residentialSeen = false;
    for (const e of c.episodes) {
      if (current && e.rne === 'L' && current.endDay === e.decom) {
        current.endDay = e.dec;
      } else {
        const startsCare = !current || e.rne === 'S' || current.endDay !== e.decom;
        if (startsCare) residentialSeen = false;
        const next = newPlacement(c, e, startsCare, current?.setting ?? null, residentialSeen);
        if (current && !startsCare) current.end = { kind: 'move', to: next.setting, reason };
        current = next;
        out.push(current);
        if (current.setting === 'residential') residentialSeen = true;
      }
      if (e.dec !== null && e.rec !== 'X1') current.end = { kind: 'exit', rec: e.rec };
      reason = e.reason;
    }
  }
  return out;
}

function newPlacement(c: ChildHistory, e: EpisodeRow, startsCare: boolean, previous: CarecapSetting | null, afterResidential: boolean): Placement {
  const kind = PLACE_KINDS[e.place];
  return {
    child: c.key, place: e.place, kind, setting: carecapSetting(kind), provider: e.provider,
    local: e.provider === 'PR1' && (kind === 'childrens-home' || kind === 'semi-independent'),
    outOfCounty: e.location === null ? null : e.location === 'OUT',
    startDay: e.decom, endDay: e.dec, end: { kind: 'open' }, birthDay: c.birthDay,
    eighteenthDay: eighteenthBirthday(c.birthDay), ageAtStartYears: ageYearsOn(e.decom, c.birthDay),
    startsCare, previous: startsCare ? null : previous, afterResidential,
  };
}
