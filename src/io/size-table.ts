import type { FigureSummary, SizeDocument } from '../capacity/result-document.js';
import { formatValue } from '../report/format.js';

/**
 * The terminal view of a sizing search: one row per configuration with its
 * settings, replications, verdict, objective and target figure, then the
 * chosen configuration in words.
 */

function pad(cells: string[][], right: boolean[]): string[] {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => [...r[c]].length)));
  return cells.map((r) => r.map((v, c) => (right[c] ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join('  ').trimEnd());
}

const VERDICT = { yes: 'meets', no: 'fails', unclear: 'unclear' } as const;

function value(f: FigureSummary | undefined): string {
  return f ? formatValue(f.mean, f.unit) : '–';
}

/** `services.hub.beds` → `hub.beds`. */
const short = (path: string) => path.replace(/^services\./, '');

/** The search as an aligned table and a closing verdict. */
export function formatSizing(doc: SizeDocument): string {
  const fig = (i: number, id: string) => doc.configurations[i].figures.find((f) => f.id === id);
  const header = ['#', ...doc.dimensions.map((d) => short(d.path)), 'reps', 'target', 'front', doc.objective, doc.target.figure, 'note'];
  const rows = doc.configurations.map((c, i) => [
    String(i), ...doc.dimensions.map((d) => String(c.settings[d.path])), String(c.replications), VERDICT[c.feasible],
    c.onParetoFront ? 'yes' : '', value(fig(i, doc.objective)), value(fig(i, doc.target.figure)),
    i === doc.chosen ? 'CHOSEN' : c.dropped ?? '',
  ]);
  const right = header.map((h, c) => !['target', 'front'].includes(h) && c !== header.length - 1);
  const total = doc.configurations.reduce((a, c) => a + c.replications, 0);
  const p = doc.provenance;
  const chosen = doc.chosen === null ? undefined : doc.configurations[doc.chosen];
  const verdict = chosen
    ? `Cheapest configuration meeting ${doc.target.figure} ≤ ${doc.target.value} with ${doc.target.confidence * 100}% confidence: #${doc.chosen} (${Object.entries(chosen.settings).map(([k, v]) => `${short(k)} = ${v}`).join(', ')}), ${doc.objective} ${value(fig(doc.chosen!, doc.objective))}.`
    : `No configuration was shown to meet ${doc.target.figure} ≤ ${doc.target.value} with ${doc.target.confidence * 100}% confidence.`;
  const unclear = doc.configurations.filter((c) => c.feasible === 'unclear' && !c.dropped).length;
  return [
    `${doc.scenario.name}: ${doc.configurations.length} configurations, ${total} replications in all (seed ${p.seed}, ${p.wallMs} ms)${p.partial ? ' (PARTIAL: stopped early)' : ''}`,
    ...pad([header, ...rows], right).map((l) => `  ${l}`),
    '',
    verdict,
    ...(unclear ? [`${unclear} configuration(s) reached the replication cap still unclear; one of them may be cheaper and feasible (raise --replications).`] : []),
  ].join('\n');
}
