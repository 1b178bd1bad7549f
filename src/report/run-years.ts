import type { FigureSummary, RunDocument } from '../capacity/result-document.js';
import { yearCosts } from './figure-select.js';
import { financialYearLabel, formatNumber } from './format.js';
import { formatMeanPm } from './format-interval.js';
import { html, type SafeHtml } from './html.js';
import { dayNumber, financialYear } from '../sim/calendar-dates.js';
import { financialYearSpans, reportingDays } from '../sim/timeline.js';

/**
 * Key figures by UK financial year (1 April to 31 March; MODEL.md, Time and
 * money): cost from the `cost.fy<year>.total` figures, any per-year
 * spill-over or out-of-county figures (`spillover.fy<year>.<x>`,
 * `ooc.fy<year>.<x>`) when the document has them, and otherwise
 * out-of-county child-weeks summed from the weekly `ooc` series.
 */

/** The financial year (its starting calendar year) an ISO date falls in. */
export function financialYearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
}

const PER_YEAR = /^(spillover|ooc)\.fy(\d{4})\.(.+)$/;

/** Per-year spill-over and out-of-county figures, keyed by column then year. */
function perYearFigures(figures: FigureSummary[]): Map<string, Map<number, FigureSummary>> {
  const columns = new Map<string, Map<number, FigureSummary>>();
  for (const f of figures) {
    const m = PER_YEAR.exec(f.id);
    if (!m) continue;
    const key = `${m[1]}.${m[3]}`;
    columns.set(key, (columns.get(key) ?? new Map()).set(Number(m[2]), f));
  }
  return columns;
}

/**
 * Mean child-weeks out of county in each financial year, and the weeks of the year in the run, from the weekly
 * `ooc` series (mean children present in each reporting week). A week that straddles 1 April is shared between the
 * two years day by day, and the last week counts only the days the run covers: summing whole weeks by their start
 * date gave one year 53 weeks and the next 52, a fall in the table that was not in the model.
 */
export function oocWeeksByYear(doc: RunDocument): Map<number, { childWeeks: number; weeks: number }> {
  const series = doc.series.find((s) => s.id === 'ooc');
  const out = new Map<number, { childWeeks: number; weeks: number }>();
  if (!series || doc.weekStarts.length === 0) return out;
  const first = dayNumber(doc.weekStarts[0]);
  const end = first + reportingDays(doc.scenario.startDate, doc.scenario.horizonYears);
  doc.weekStarts.forEach((week, w) => {
    const from = dayNumber(week);
    for (let day = from; day < Math.min(from + 7, end); day++) {
      const fy = financialYear(day);
      const acc = out.get(fy) ?? { childWeeks: 0, weeks: 0 };
      acc.childWeeks += series.mean[w] / 7;
      acc.weeks += 1 / 7;
      out.set(fy, acc);
    }
  });
  return out;
}

/** Column header of a per-year figure: its label without the "in FY …" part. */
function columnLabel(f: FigureSummary): string {
  return f.label.replace(/\s*(in|,)\s*FY\s*\d{4}\/\d{2}:?/i, '').trim();
}

/** The by-year table (`#fy-table`); empty when the document has no per-year figures at all. */
export function fyTable(doc: RunDocument): SafeHtml {
  const costs = yearCosts(doc.figures).filter((c) => c.category === 'total');
  const extra = perYearFigures(doc.figures);
  const hasOocFigure = [...extra.keys()].some((k) => k.startsWith('ooc.') && /week/i.test(k));
  const ooc = hasOocFigure ? new Map() : oocWeeksByYear(doc);
  const years = [...new Set([...costs.map((c) => c.year), ...[...extra.values()].flatMap((m) => [...m.keys()]), ...ooc.keys()])].sort((a, b) => a - b);
  if (years.length === 0) return html``;
  const extraCols = [...extra.entries()];
  const head = html`<tr><th>Financial year</th>${costs.length ? html`<th class="num">Cost (£, mean ± 95% CI)</th>` : ''}${extraCols.map(([, m]) => html`<th class="num">${columnLabel([...m.values()][0])}</th>`)}${ooc.size ? html`<th class="num">Out-of-county child-weeks (mean)</th>` : ''}</tr>`;
  const cell = (f: FigureSummary | undefined) => html`<td class="num">${f ? formatMeanPm(f.mean, f.ci95, f.unit, true, f.n) : '–'}</td>`;
  // A year the run covers only in part says which part, in the words of the per-year figures' labels.
  const spans = financialYearSpans(doc.scenario.startDate, doc.scenario.horizonYears);
  const rows = years.map((y) => {
    const o = ooc.get(y);
    const part = spans.find((s) => s.fy === y)?.part ?? '';
    return html`<tr><td>${financialYearLabel(y)}${part}</td>${costs.length ? cell(costs.find((c) => c.year === y)?.figure) : ''}${extraCols.map(([, m]) => cell(m.get(y)))}${ooc.size ? html`<td class="num">${o ? formatNumber(o.childWeeks, 0) : '–'}</td>` : ''}</tr>`;
  });
  const note = ooc.size ? html`<p class="note">Out-of-county child-weeks by year are summed from the weekly means, a week across 1 April shared between the two years day by day (the results file holds weekly bands, not yearly totals per replication, so they carry no interval); the whole-period figure with its interval is in the table beside.</p>` : '';
  return html`<table id="fy-table" class="compact"><thead>${head}</thead><tbody>${rows}</tbody></table>${note}`;
}
