import type { RunDocument, SeriesSummary } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { baseLayout, PALETTE, title } from './chart-common.js';
import { plotlyText } from './escape.js';
import { formatNumber } from './format.js';

/**
 * Children by placement over time, by month or by quarter (the view the
 * councils' demand models use): the weekly means of the children series
 * averaged over each period. A button switches months and quarters.
 */

/** Series counted in children (and the Hub, one child per bed), in document order. */
function childSeries(doc: RunDocument): SeriesSummary[] {
  return doc.series.filter((s) => s.unit === 'children' || s.id === 'hub');
}

/** Start date of the calendar month or financial-year quarter a week starting `iso` falls in. */
export function periodStart(iso: string, by: 'month' | 'quarter'): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  if (by === 'month') return `${iso.slice(0, 7)}-01`;
  // Financial-year quarters start in April, July, October and January.
  const q = Math.floor(((month + 8) % 12) / 3);
  const startMonth = ((q * 3 + 3) % 12) + 1;
  return `${year}-${String(startMonth).padStart(2, '0')}-01`;
}

/** Mean of a weekly series over each period, in period order. */
export function periodMeans(weekStarts: string[], values: ArrayLike<number>, by: 'month' | 'quarter'): { x: string[]; y: number[] } {
  const sums = new Map<string, { total: number; weeks: number }>();
  weekStarts.forEach((week, w) => {
    const key = periodStart(week, by);
    const acc = sums.get(key) ?? { total: 0, weeks: 0 };
    acc.total += values[w];
    acc.weeks += 1;
    sums.set(key, acc);
  });
  const keys = [...sums.keys()];
  return { x: keys, y: keys.map((k) => sums.get(k)!.total / sums.get(k)!.weeks) };
}

/** The chart, or null when the document has no children series. */
export function childrenOverTimeChart(doc: RunDocument): ChartSpec | null {
  const list = childSeries(doc);
  if (list.length === 0 || doc.weekStarts.length === 0) return null;
  const traces = (by: 'month' | 'quarter', visible: boolean) => list.map((s, i) => {
    const { x, y } = periodMeans(doc.weekStarts, s.mean, by);
    return { type: 'scatter', mode: 'lines+markers', name: plotlyText(s.label), x, y, visible, line: { color: PALETTE[i % PALETTE.length], width: 2, shape: 'hv' },
      text: y.map((v) => formatNumber(v, 1)), hovertemplate: `${plotlyText(s.label)}: %{text}<extra>%{x|%b %Y}</extra>` };
  });
  const data = [...traces('quarter', true), ...traces('month', false)];
  // A little room before the first period, so its date label clears the y-axis's "0".
  const first = Date.parse(periodStart(doc.weekStarts[0], 'quarter'));
  const last = Date.parse(doc.weekStarts[doc.weekStarts.length - 1]);
  const pad = (last - first) * 0.03;
  const range = [new Date(first - pad).toISOString().slice(0, 10), new Date(last + pad).toISOString().slice(0, 10)];
  const show = (by: 'month' | 'quarter') => data.map((_, k) => (k < list.length) === (by === 'quarter'));
  return {
    div: 'children-over-time',
    height: 420,
    data,
    layout: baseLayout({
      title: title('Children by placement over time', 'Mean number present in each period, over all replications. Quarters are financial-year quarters (April to June first).'),
      xaxis: { type: 'date', title: { text: 'Period starting' }, hoverformat: '%-d %b %Y', automargin: true, range },
      yaxis: { title: { text: 'Children (mean in the period)' }, rangemode: 'tozero', automargin: true, tickformat: ',.4~r' },
      hovermode: 'x unified',
      updatemenus: [{ type: 'buttons', direction: 'right', showactive: true, x: 1, xanchor: 'right', y: 1.02, yanchor: 'bottom', pad: { r: 0, t: 0 },
        buttons: [{ label: 'By quarter', method: 'restyle', args: ['visible', show('quarter')] }, { label: 'By month', method: 'restyle', args: ['visible', show('month')] }] }],
    }),
  };
}
