import { financialYearLabel, isoDate } from '../sim/calendar-dates.js';
import type { Calibration } from './calibration.js';
import { AGE_BANDS } from './entries.js';
import type { ExitRates } from './exits.js';
import { percentWithInterval, sig, withInterval } from './format.js';
import type { StartingCaseload } from './starting-caseload.js';
import type { StayGroup } from './stays.js';

/** How the evidence, and so every scenario.yaml calibrate writes, begins ("# " before it in the file): calibrate knows its own files by it. */
export const CALIBRATED_BY = 'Calibrated by carecap calibrate';

/** The calibration's evidence as comment lines for the head of the scenario (and for the terminal). */
export function summaryLines(c: Calibration, caseload: StartingCaseload, template: string): string[] {
  const w = c.window;
  const e = c.entries;
  const years = e.residential.years.map((y, i) => `${financialYearLabel(w.years[i])} ${y.count}`).join(', ');
  return [
    `${CALIBRATED_BY} from an SSDA903 return: financial years ${financialYearLabel(w.years[0])} to ${financialYearLabel(w.years[w.years.length - 1])} (${isoDate(w.startDay)} to ${isoDate(w.endDay - 1)}), ${c.children} children${c.dropped.children ? ` (${c.dropped.children} left out for ${c.dropped.problems} problems, --drop-invalid)` : ''}.`,
    `Start ${isoDate(c.startDay)}. Everything the return cannot fill comes from the template ${template} and is marked "assumed, not in the SSDA903".`,
    'No CHILD id, postcode or date of birth is written here or in the caseload file.',
    'Intervals are 95%: rates exact Poisson (Garwood) on events / placement-years; shares Wilson; trend Poisson regression on yearly counts.',
    '',
    `Entries into care (periods of care begun in these years) by first placement: residential ${e.intoCare.residential}, family-based ${e.intoCare.family}, other ${e.intoCare.other}.`,
    `Children who enter family-based care are not a carecap demand stream: they count as entries into residential care when they move there (${e.fromFamily} of the entries below did).`,
    `Entries into residential care (a residential placement not straight after another) by year: ${years}.`,
    '  Returns to residential care after a step-down in the same period are not entries: carecap makes them from family-based breakdowns;',
    '  the outreach route (template, assumed) adds its own at-risk breakdowns on top of these entries.',
    `  rate on ${isoDate(c.startDay)} ${withInterval(e.residential.rateAt)} a year; growth ${e.residential.growth ? `${percentWithInterval(e.residential.growth)} a year` : 'not estimable from one year (template used)'}.`,
    '  by age at entry and first placement (own home / own semi-independent house / external):',
    ...AGE_BANDS.map(([lo, hi], i) => {
      const t = e.byAgeAndType[`${lo}-${hi}`];
      return `    ${lo}-${hi}: ${t.inHouseHome} / ${t.house} / ${t.externalResidential}; ${percentWithInterval(e.residentialByAge[i].share)} of entries`;
    }),
    '',
    'Stays by placement type and provider (days): Weibull maximum likelihood with right censoring (open at the end of the',
    'data, or reaching 18) and left truncation (begun before the first year); exponential where fewer than 10 ends.',
    'carecap draws exits at constant rates (exponential stays): a Weibull shape whose interval holds 1 supports that.',
    ...c.stays.map(stayLine),
    '',
    `Ends carecap has no exit for (adoption, custody, independent living before 18, moves to other placement types), a year:`,
    `  own homes ${rateText(c.exits.local, 'other')}, external ${rateText(c.exits.external, 'other')}, family-based after residential ${rateText(c.exits.family, 'other')}: left out, so stays run longer in the model by that much.`,
    '',
    `Starting caseload on ${isoDate(c.startDay)}: ${caseload.rows.length} children in carecap's settings; ${caseload.outsideModel.family} in family-based care never in residential care this period and ${caseload.outsideModel.other} in other placements are outside the model.`,
    ...(caseload.overflowLocal ? [`  ${caseload.overflowLocal} children in the council's own homes or houses beyond the template's beds are written as external in county.`] : []),
  ];
}

function stayLine(g: StayGroup): string {
  const f = g.fit;
  if (f.kind === 'weibull') {
    return `  ${g.label}: ${f.stays} stays, ${f.ends} ends; Weibull shape ${withInterval(f.shape, 2)}, scale ${withInterval(f.scaleDays)} days, mean ${Math.round(f.meanDays)} days`;
  }
  return `  ${g.label}: ${f.stays} stays, ${f.ends} ends; exponential (${f.why}), mean ${withInterval(f.meanDays)} days`;
}

function rateText(r: ExitRates, k: keyof ExitRates['rates']): string {
  // No placements of the kind: no rate to give (never "NaN"); the scenario keeps the template's, marked assumed.
  if (!(r.exposureYears > 0)) return 'not estimable (no such placements in the return; the template\'s rates are kept, marked assumed)';
  return `${sig(r.rates[k].value)} (${r.rates[k].events} in ${sig(r.exposureYears)} placement-years)`;
}
