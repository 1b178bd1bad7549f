/**
 * Renders a journey check as plain text: one line per child with stated and
 * recomputed totals and differences, then every flag with its reason.
 */
import type { JourneyCheck } from './check.js';
import type { JourneyFlag } from './flag.js';
import { formatGbp } from './money.js';

const HEADERS = [
  'child', 'actual stated', 'actual recomputed', 'anticipated stated', 'anticipated recomputed',
  'difference stated', 'difference recomputed', 'flags',
];

function padRow(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
}

/** Where a flag sits: "child 2, anticipated, row 3 (Above Plus ART Outreach Support)". */
export function flagLocation(flag: JourneyFlag): string {
  const parts = [`child ${flag.child}`, flag.journey];
  if (flag.row !== null) parts.push(`row ${flag.row}`);
  const where = parts.join(', ');
  return flag.setting === null ? where : `${where} (${flag.setting})`;
}

/** The readable report: a table, a note on the sign, then the flags. */
export function renderJourneyCheck(check: JourneyCheck): string {
  const rows = check.children.map((c) => [
    String(c.child),
    formatGbp(c.actual.statedGbp), formatGbp(c.actual.recomputedGbp),
    formatGbp(c.anticipated.statedGbp), formatGbp(c.anticipated.recomputedGbp),
    formatGbp(c.difference.statedGbp), formatGbp(c.difference.recomputedGbp),
    String(check.flags.filter((f) => f.child === c.child).length),
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const lines = [
    `Journeys from ${check.source} (difference = actual - anticipated; positive is an avoided cost)`,
    '',
    padRow(HEADERS, widths),
    ...rows.map((r) => padRow(r, widths)),
    '',
    `${check.flags.length} flag${check.flags.length === 1 ? '' : 's'}:`,
    ...check.flags.map((f) => `- ${flagLocation(f)} [${f.kind}]: ${f.reason}`),
  ];
  return lines.join('\n');
}
