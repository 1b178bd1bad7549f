import type { FigureSummary, SizeDocument } from '../capacity/result-document.js';
import { formatMeanPm } from '../report/format-interval.js';
import { formatNumber } from '../report/format.js';
import { configNumber, decisionOf, droppedWords, marksOf, pathName, settingsText, VERDICT_WORDS } from '../report/size-words.js';
import { textTable, wrap } from './text-table.js';

/**
 * The terminal view of a sizing search, 100 columns wide, in the report's
 * vocabulary and numbering: one row per configuration (#1 …) with its
 * settings, replications, verdict, objective and target figure as
 * mean ± 95% CI, then the answer in words.
 */

function pm(f: FigureSummary | undefined): string {
  return f ? formatMeanPm(f.mean, f.ci95, f.unit) : '–';
}

const MARKS = { chosen: 'recommended', tie: 'tie', today: 'today' } as const;

/** The search as an aligned table and a closing verdict. */
export function formatSizing(doc: SizeDocument, width = 100): string {
  const fig = (i: number, id: string) => doc.configurations[i].figures.find((f) => f.id === id);
  const columns = [
    { header: '#', right: true }, ...doc.dimensions.map((d) => ({ header: pathName(d.path), right: true })), { header: 'reps', right: true },
    { header: 'target' }, { header: doc.objective, right: true }, { header: doc.target.figure, right: true }, { header: 'note', shrink: true },
  ];
  const rows = doc.configurations.map((c, i) => [
    configNumber(i), ...doc.dimensions.map((d) => String(c.settings[d.path])), String(c.replications), VERDICT_WORDS[c.feasible],
    pm(fig(i, doc.objective)), pm(fig(i, doc.target.figure)),
    [...marksOf(doc, i).map((m) => MARKS[m]), c.onParetoFront ? 'Pareto' : '', c.dropped ? 'early' : ''].filter(Boolean).join('; '),
  ]);
  const early = doc.configurations.flatMap((c, i) => (c.dropped ? wrap(`${configNumber(i)} stopped early: ${droppedWords(c.dropped)}`, width, '  ') : []));
  const total = doc.configurations.reduce((a, c) => a + c.replications, 0);
  const p = doc.provenance;
  const chosen = doc.chosen === null ? undefined : doc.configurations[doc.chosen];
  const target = `${doc.target.figure} ≤ ${doc.target.value} with ${doc.target.confidence * 100}% confidence`;
  const d = decisionOf(doc);
  const verdict = d.statement ?? (chosen
    ? `Recommended: ${configNumber(doc.chosen!)} (${settingsText(chosen.settings)}), the lowest mean ${doc.objective} among configurations shown to meet ${target}: ${pm(fig(doc.chosen!, doc.objective))}.`
    : `No configuration was shown to meet ${target}.`);
  const unclear = doc.configurations.filter((c) => c.feasible === 'unclear' && !c.dropped).length;
  return [
    ...wrap(`${doc.scenario.name}: ${doc.configurations.length} configurations, ${total} replications in all (seed ${p.seed}, ${formatNumber(p.wallMs / 1000, 1)} s)${p.partial ? ' (PARTIAL: stopped early)' : ''}. Means ± 95% CI; configurations with fewer replications are less precise.`, width),
    ...textTable(columns, rows, width, ''),
    ...early,
    '',
    ...wrap(verdict, width),
    ...(unclear ? wrap(`${unclear} configuration(s) reached the replication cap and the run cannot tell yet whether they meet the target; one of them may be cheaper (raise --replications).`, width) : []),
  ].join('\n');
}
