import type { RunDocument } from '../capacity/result-document.js';
import { yearCosts } from './figure-select.js';
import { financialYearLabel } from './format.js';
import { formatAt, stepOf } from './format-interval.js';
import { html, raw, type SafeHtml } from './html.js';

/**
 * A small static SVG of cost by financial year (bars at the mean, whiskers
 * for the 95% CI, each bar labelled) for the run report's answer: drawn by
 * the browser with the page, before plotly loads, without JavaScript and in
 * print. Presentation attributes only (no style attributes: the CSP blocks
 * them).
 */

const W = 520;
const H = 200;
const PAD = { top: 26, right: 8, bottom: 26, left: 8 };

/** Rounds for SVG coordinates. */
const r1 = (x: number) => Math.round(x * 10) / 10;

/** The chart, or nothing when the document has no `cost.fy<year>.total` figures. */
export function costByYearMini(doc: RunDocument): SafeHtml {
  const years = yearCosts(doc.figures).filter((c) => c.category === 'total').sort((a, b) => a.year - b.year);
  if (years.length === 0) return html``;
  const top = Math.max(...years.map((y) => y.figure.ci95[1])) * 1.08;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = (W - PAD.left - PAD.right) / years.length;
  const y = (v: number) => r1(PAD.top + plotH * (1 - Math.max(0, v) / top));
  const bars = years.map((c, i) => {
    const f = c.figure;
    const x = r1(PAD.left + slot * i + slot * 0.2);
    const w = r1(slot * 0.6);
    const mid = r1(x + w / 2);
    const label = formatAt(f.mean, 'GBP', stepOf(f.ci95, 'GBP'));
    return html`<rect x="${x}" y="${y(f.mean)}" width="${w}" height="${r1(y(0) - y(f.mean))}" fill="#0072B2" opacity="0.85"></rect>
<line x1="${mid}" x2="${mid}" y1="${y(f.ci95[0])}" y2="${y(f.ci95[1])}" stroke="#1b1f24" stroke-width="1.5"></line>
<text x="${mid}" y="${r1(y(f.ci95[1]) - 6)}" text-anchor="middle" font-size="12" fill="#1b1f24">${label}</text>
<text x="${mid}" y="${H - 8}" text-anchor="middle" font-size="12" fill="#57606a">${financialYearLabel(c.year)}</text>`;
  });
  return html`<figure class="mini"><svg id="cost-by-year-mini" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="Cost by financial year, mean with 95% confidence interval">
${raw(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0)}" y2="${y(0)}" stroke="#d0d7de"></line>`)}
${bars}</svg><figcaption class="note">Cost by financial year (1 April to 31 March): bar at the mean, line its 95% CI.</figcaption></figure>`;
}
