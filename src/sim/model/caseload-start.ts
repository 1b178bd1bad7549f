import type { CaseloadRow } from '../scenario.js';
import { CASELOAD_FAMILY, childFamilyKey } from '../random.js';
import { Rank } from '../event-calendar.js';
import { COUNT, type ModelState } from './state.js';
import { registerChild } from './arrivals.js';
import { acquireChild } from './child-pool.js';
import { countOocChild } from './spill-overs.js';
import { goTo, startPlacement } from './placements.js';
import { hasRoomFor } from './place.js';
import { requestOutreach } from './outreach.js';
import { startPurposeStay } from './purpose-stays.js';
import { attachCaseloadCarer } from './foster-hooks.js';
import type { Place } from './place.js';

/**
 * Start from today's caseload (MODEL.md "Starting state"): each child is put
 * where they are, at their stated weekly cost. Exits, breakdowns and
 * step-downs run at constant rates, so the time already stayed does not
 * change what remains (memorylessness); a Hub stay, which is not memoryless,
 * is drawn given the time already spent (by rejection).
 */
export function startFromCaseload(st: ModelState, rows: readonly CaseloadRow[]): void {
  const key = (purpose: string) => childFamilyKey(st.seed, st.replication, `${CASELOAD_FAMILY}/${purpose}`);
  const keys = { traits: key('traits'), assessment: key('assessment'), placement: key('placement'), support: key('support') };
  rows.forEach((row, i) => {
    const child = registerChild(st, acquireChild(keys, i), row.ageYears, st.s.needs.indexOf(row.need), row.singleOccupancy);
    // Already in residential care today: not a new entrant when placed below.
    child.everResidential = row.setting !== 'family' && row.setting !== 'hub';
    const gbpPerDay = row.weeklyCostGbp / 7;
    const p = st.s.placements;
    const place = row.setting === 'hub' ? st.hub : row.setting.includes(':') ? findPlace(st, row.setting, i) : null;
    const moved = place !== null && !hasRoomFor(place, child, st.now, true);
    st.placingCaseload = !moved;
    if (moved) {
      // The scenario has no room for this child here (the place is closed on the start date, or an
      // option has fewer places than today's caseload fills): they move on as a closure would move them.
      if (st.inReport) st.counters[COUNT.caseloadMoved]++;
      goTo(st, child, place.kind === 'house' ? 'house' : place.kind === 'hub' ? 'externalResidential' : 'inHouseHome');
    } else if (row.setting === 'hub') {
      // A local place costs what the scenario says it costs (fixed per place, plus its variable
      // rate); the row's weekly cost is informational there, so it is not charged twice.
      startPlacement(st, child, 'hub', st.hub, st.hub.variableGbpPerChildDay, 'localVariable');
      const remaining = remainingStay(st.samplers.hubStayByNeed[child.need], child.rng.assessment, row.weeksInPlacement * 7);
      st.calendar.schedule(st.now + remaining, Rank.release, { kind: 'stayEnd', child, epoch: child.epoch });
    } else if (row.setting === 'family') {
      startPlacement(st, child, 'family', null, gbpPerDay, 'family', p.family);
      if (st.foster) attachCaseloadCarer(st, child);
    } else if (row.setting.startsWith('external-')) {
      const ooc = row.setting === 'external-out-of-county';
      child.outOfCounty = ooc;
      if (ooc) {
        st.outOfCounty.add(child);
        st.oocMonitor.add(st.now, 1);
        countOocChild(st, child);
      }
      startPlacement(st, child, 'external', null, gbpPerDay, ooc ? 'externalOutOfCounty' : 'externalInCounty', p.external);
    } else {
      startPlacement(st, child, 'local', place!, place!.variableGbpPerChildDay, 'localVariable', p.localResidential);
      child.purpose = place!.purpose === 'longTerm' ? null : place!.purpose;
      startPurposeStay(st, child, place!, row.weeksInPlacement * 7);
    }
    st.placingCaseload = false;
    child.placements = 1;
    // The placement began weeksInPlacement ago: lengths count from then; costs only from the start date
    // (the ledger books nothing before the reporting period).
    if (child.costCategory !== null && !moved) child.placementStartT = st.now - row.weeksInPlacement * 7;
    if (row.outreach) requestOutreach(st, child, 'caseload');
  });
}

function findPlace(st: ModelState, setting: string, row: number): Place {
  const [kind, ...rest] = setting.split(':');
  const place = st.places.find((p) => p.kind === kind && p.name === rest.join(':'));
  if (!place) throw new Error(`caseload row ${row + 1}: no place for setting "${setting}"`);
  return place;
}

/** Days of Hub stay left for a child who has stayed `elapsed` days: a stay drawn given that it exceeds `elapsed`. */
function remainingStay(stay: (r: () => number) => number, r: () => number, elapsed: number): number {
  for (let i = 0; i < 1000; i++) {
    const days = stay(r);
    if (days > elapsed) return days - elapsed;
  }
  return 1; // The stated time in the Hub exceeds almost every stay the scenario allows: assume it ends tomorrow.
}
