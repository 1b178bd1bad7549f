import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { isoDate } from '../sim/calendar-dates.js';
import type { Scenario } from '../sim/scenario.js';
import type { Calibration } from './calibration.js';
import { AGE_BANDS } from './entries.js';
import type { ExitRates } from './exits.js';
import { percentWithInterval, roundedShares, sig, withInterval } from './format.js';
import type { Estimate } from './intervals.js';
import type { StartingCaseload } from './starting-caseload.js';
import { summaryLines } from './summary-lines.js';

/** The marker on every field taken from the template. */
export const ASSUMED = 'assumed, not in the SSDA903';

type Path = (string | number)[];

/**
 * The calibrated scenario as YAML: the template's text (comments kept), the
 * calibrated fields replaced and commented with their sample and interval,
 * every other field marked as assumed, and the evidence at the head.
 */
export function writeScenarioYaml(templateText: string, templateName: string, t: Scenario, c: Calibration, caseload: StartingCaseload, caseloadFile: string): string {
  const doc = parseDocument(templateText);
  // Aliases are expanded first: calibrate replaces some nodes (a stream's ageYears, its rate), and an alias
  // elsewhere (`ageYears: *ages` in a stream it does not calibrate) would be left pointing at nothing.
  visit(doc, {
    Alias(_, alias) {
      const copy = (alias.resolve(doc) as Node | undefined)?.clone() as Node | undefined;
      if (copy) copy.anchor = undefined;
      return copy;
    },
  });
  const done = new Set<string>();
  const put = (path: Path, value: unknown, comment: string) => {
    doc.setIn(path, doc.createNode(value));
    const node = doc.getIn(path, true) as Node;
    if (isScalar(node)) node.comment = ` ${comment}`;
    else node.commentBefore = ` ${comment}`;
    done.add(path.join('.'));
  };
  // The schema allows names of 80 characters: a long template name is shortened so the calibrated one still fits.
  const suffix = ', calibrated from an SSDA903 return';
  put(['name'], `${t.name.length + suffix.length <= NAME_MAX ? t.name : `${t.name.slice(0, NAME_MAX - suffix.length - 1).trimEnd()}…`}${suffix}`, 'from the template name');
  put(['description'], `Calibrated by carecap calibrate from an SSDA903 return (${c.window.years.length} years) on the template ${templateName}.`, 'generated');
  put(['startDate'], isoDate(c.startDay), 'the --start-date of the calibration: the caseload is the children in care on this day');
  put(['caseload'], caseloadFile, `the children in care on ${isoDate(c.startDay)} from the return (no identifiers); needs and costs ${ASSUMED}`);
  if (doc.hasIn(['initialCaseload'])) doc.deleteIn(['initialCaseload']);
  putDemand(t, c, put, doc);
  putExits(['placements', 'localResidential'], c.exits.local, 'the council\'s own children\'s homes and semi-independent places (PR1)', put, true);
  putExits(['placements', 'external'], c.exits.external, 'other residential placements (private, voluntary, other councils, secure, schools)', put, true);
  putExits(['placements', 'family'], c.exits.family, 'family-based placements after a residential one in the same period of care', put, false);
  if (c.outOfCounty) put(['placements', 'external', 'outOfCountyShare'], sig(c.outOfCounty.value), `calibrated: ${percentWithInterval(c.outOfCounty)} of ${c.outOfCounty.exposure} external residential placements begun in the years had PL_LOCATION OUT`);
  markAssumed(doc, doc.contents as Node, [], done, templateName);
  doc.commentBefore = summaryLines(c, caseload, templateName).map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

type Put = (path: Path, value: unknown, comment: string) => void;

/** Longest scenario name the schema allows (scenario-schema.ts). */
const NAME_MAX = 80;

function putDemand(t: Scenario, c: Calibration, put: Put, doc: Document): void {
  const e = c.entries;
  const routes = t.demand.map((d, i) => ({ d, i })).filter(({ d }) => d.route !== 'outreach' && d.route !== 'shortBreak' && d.ratePerYear !== undefined && !d.arrivalDays);
  const total = routes.reduce((s, { d }) => s + (d.ratePerYear ?? 0), 0);
  const n = e.residentialByAge.reduce((s, a) => s + a.count, 0);
  const bins = AGE_BANDS.map(([from, to], k) => ({ from, to, share: n ? e.residentialByAge[k].count / n : 0 })).filter((b) => b.share > 0);
  const shares = roundedShares(Object.fromEntries(bins.map((b, k) => [k, b.share])));
  const rate = e.residential.rateAt;
  for (const { d, i } of routes) {
    const part = (d.ratePerYear ?? 0) / total;
    put(['demand', i, 'ratePerYear'], sig(rate.value * part), `calibrated: ${withInterval(rate)} entries into residential care a year on ${isoDate(c.startDay)} (${rate.events} entries in ${rate.exposure} years), x ${sig(part)} by this route (the split between routes is ${ASSUMED}: template ${d.ratePerYear} of ${sig(total)})`);
    if (doc.hasIn(['demand', i, 'ratePeriods'])) doc.deleteIn(['demand', i, 'ratePeriods']);
    if (e.residential.growth) put(['demand', i, 'growthPerYear'], sig(e.residential.growth.value), `calibrated: ${percentWithInterval(e.residential.growth)} a year, Poisson regression on ${e.residential.years.length} yearly counts`);
    // A specialist stream (one need, like young parents) or one targeting a purpose (an emergency bed) keeps
    // its own ages and placements: the return's are everyone's.
    const specialist = Object.values(d.needMix).filter((w) => w > 0).length === 1;
    if (specialist || d.purpose) continue;
    if (n > 0) put(['demand', i, 'ageYears'], { dist: 'empirical', bins: bins.map((b, k) => ({ ...b, share: shares[k] })) }, `calibrated: ages at entry into residential care, ${n} entries (shares with intervals at the head of the file)`);
    if (d.route === 'direct' && n > 0) {
      const mix = roundedShares({ inHouseHome: e.residentialByType.inHouseHome.value, house: e.residentialByType.house.value, externalResidential: e.residentialByType.externalResidential.value });
      const why = (['inHouseHome', 'house', 'externalResidential'] as const).map((k) => `${k} ${percentWithInterval(e.residentialByType[k])}`).join(', ');
      put(['demand', i, 'placement'], mix, `calibrated: first residential placement of ${n} entries: ${why} (own children's home / own semi-independent / any other provider)`);
    }
  }
}

function putExits(at: Path, r: ExitRates, what: string, put: Put, residential: boolean): void {
  // A return with no placements of this kind (filtered to residential care, say) has no exposure to estimate from:
  // the template's rates stay, marked as assumed like every field the return does not reach.
  if (!(r.exposureYears > 0)) return;
  const base = `${sig(r.exposureYears)} placement-years of ${r.placements} ${what}${r.pooled ? `; ${r.pooled}` : ''}`;
  const line = (e: Estimate, events: string) => `calibrated: ${withInterval(e)} a year; ${e.events} ${events} in ${base}`;
  const m = r.moveReasons;
  const rate = (key: string, e: Estimate, events: string) => { if (Number.isFinite(e.value)) put([...at, key], sig(e.value), line(e, events)); };
  rate('breakdownPerYear', r.rates.breakdown, `moves to another residential placement (REASON_PLACE_CHANGE: ${m.unplanned} unplanned, ${m.planned} other reasons, ${m.none} none given)`);
  if (residential) rate('stepDownPerYear', r.rates.stepDown, 'moves to family-based care');
  rate('returnHomePerYear', r.rates.returnHome, 'returns home (REC E4A, E4B, E13)');
  rate('sgoPerYear', r.rates.sgo, 'special guardianship or child arrangements orders (REC E41, E45-E48)');
}

/** Mark every field not calibrated as assumed, keeping the template's own comment after the marker. */
function markAssumed(doc: Document, node: Node, path: Path, done: Set<string>, templateName: string): void {
  const key = path.join('.');
  if (done.has(key)) return;
  const under = [...done].some((d) => d.startsWith(`${key}.`) || key === '');
  if ((isMap(node) || isSeq(node)) && (under || !node.flow)) {
    const items = isMap(node) ? node.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), p.value] as const) : node.items.map((v, i) => [i, v] as const);
    for (const [k, v] of items) if (v) markAssumed(doc, v as Node, [...path, k], done, templateName);
    return;
  }
  const old = node.comment?.trim();
  node.comment = ` ${ASSUMED} (template ${templateName})${old ? `: ${old}` : ''}`;
}
