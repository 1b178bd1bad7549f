import type { DifferenceSummary, FigureSummary, SizeDocument } from '../capacity/result-document.js';
import { formatSigned, formatValue } from '../report/format.js';

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

function paired(d: DifferenceSummary | undefined): string {
  return d ? `${formatSigned(d.meanDifference, d.unit)} (n ${d.n})` : '';
}

function value(f: FigureSummary | undefined): string {
  return f ? formatValue(f.mean, f.unit) : '–';
}

/** `services.hub.beds` → `hub.beds`. */
const short = (path: string) => path.replace(/^services\./, '');

/** The search as an aligned table and a closing verdict. */
export function formatSizing(doc: SizeDocument): string {
  const fig = (i: number, id: string) => doc.configurations[i].figures.find((f) => f.id === id);
  const vs = doc.chosen === null ? 'paired vs recommended' : `paired vs #${doc.chosen}`;
  const header = ['#', ...doc.dimensions.map((d) => short(d.path)), 'reps', 'target', 'front', doc.objective, vs, doc.target.figure, 'note'];
  const rows = doc.configurations.map((c, i) => [
    String(i), ...doc.dimensions.map((d) => String(c.settings[d.path])), String(c.replications), VERDICT[c.feasible],
    c.onParetoFront ? 'yes' : '', value(fig(i, doc.objective)), paired(c.versusRecommended), value(fig(i, doc.target.figure)),
    i === doc.chosen ? 'RECOMMENDED' : doc.tieSet?.includes(i) ? `tied with #${doc.chosen}: meets the target, shown no more than δ costlier` : c.dropped ?? '',
  ]);
  const right = header.map((h, c) => !['target', 'front'].includes(h) && c !== header.length - 1);
  const total = doc.configurations.reduce((a, c) => a + c.replications, 0);
  const p = doc.provenance;
  return [
    `${doc.scenario.name}: ${doc.configurations.length} configurations, ${total} replications in all (seed ${p.seed}, ${p.wallMs} ms)${p.partial ? ' (PARTIAL: stopped early)' : ''}`,
    ...pad([header, ...rows], right).map((l) => `  ${l}`),
    `  Means are over each configuration's own replications; "${vs}" is the paired mean difference on the replications both ran.`,
    '',
    doc.statement ?? '',
  ].join('\n');
}

/** Settings in words: `hub.beds 5, outreach.slots 12`. */
function settingsText(settings: Record<string, number>): string {
  return Object.entries(settings).map(([k, v]) => `${short(k)} ${v}`).join(', ');
}

/** A set of configurations in words: fixed settings once, varying ones as a range or list ("hub.beds 5; outreach.slots 10 to 14"). */
export function describeSet(doc: SizeDocument, set: number[]): string {
  const values = doc.dimensions.map((d) => new Set(set.map((i) => doc.configurations[i].settings[d.path])).size);
  if (values.reduce((a, b) => a * b, 1) !== set.length) return set.map((i) => `#${i} (${settingsText(doc.configurations[i].settings)})`).join(', ');
  return doc.dimensions.map((d) => {
    const vs = [...new Set(set.map((i) => doc.configurations[i].settings[d.path]))].sort((a, b) => a - b);
    const run = vs.length > 1 && vs[vs.length - 1] - vs[0] === vs.length - 1;
    return `${short(d.path)} ${vs.length === 1 ? vs[0] : run ? `${vs[0]} to ${vs[vs.length - 1]}` : vs.join(', ')}`;
  }).join('; ');
}

/** The search's answer in words: what it recommends, what it could not separate, and against today's configuration. */
export function sizingStatement(doc: SizeDocument, undecided: number[]): string {
  const goal = doc.budget !== undefined
    ? `the lowest ${doc.objective} with mean cost.total within ${formatValue(doc.budget, 'GBP')}`
    : `the lowest ${doc.objective} meeting ${doc.target.figure} ≤ ${doc.target.value}`;
  const list = undecided.map((i) => `#${i} (${settingsText(doc.configurations[i].settings)})`).join(', ');
  if (doc.outcome === 'stopped') return `The search was stopped before it finished: no configuration is recommended and no confidence is claimed. Undecided: ${list || 'none'}.`;
  if (doc.outcome === 'capped-inconclusive') return `The search reached the cap of ${Math.max(...doc.configurations.map((c) => c.replications))} replications before deciding between ${list}: no configuration is recommended and no confidence is claimed. Raise --replications, or widen --indifference or --tolerance.`;
  if (doc.outcome === 'none-feasible' || doc.chosen === null) return `No configuration meets the constraint (${doc.budget !== undefined ? `cost.total ≤ ${formatValue(doc.budget, 'GBP')}` : `${doc.target.figure} ≤ ${doc.target.value}`}): every one was shown to fail it.`;
  const unit = doc.configurations[doc.chosen].figures.find((f) => f.id === doc.objective)?.unit ?? 'count';
  const delta = doc.indifference === undefined ? '' : formatValue(doc.indifference, unit);
  const rec = `#${doc.chosen} (${settingsText(doc.configurations[doc.chosen].settings)})`;
  const tie = doc.tieSet ?? [doc.chosen];
  const head = tie.length > 1
    ? `Any of these ${tie.length} configurations meets the constraint, and each is shown (one-sided 95%, paired) to have a mean ${doc.objective} at most ${delta} (δ) above the recommendation's, so the choice among them makes no difference the data can detect: ${describeSet(doc, tie)}. `
      + (doc.recommendedBy === 'rule' ? `Recommended by a rule, not a finding (${doc.rule}): ${rec}.` : `Recommended: ${rec}, the configuration the procedure kept (within δ of the best with probability ≥ ${doc.target.confidence * 100}%).`)
    : `Recommended: ${rec}, ${goal} (correct with probability ≥ ${doc.target.confidence * 100}% when it is at least ${delta} better than every other and every configuration's constraint mean is at least ${doc.tolerance === undefined ? 'ε' : formatValue(doc.tolerance, doc.configurations[doc.chosen].figures.find((f) => f.id === doc.target.figure)?.unit ?? 'count')} from the limit).`;
  const d = doc.today?.difference;
  const today = doc.today && d
    ? ` Against today's configuration (${settingsText(doc.today.settings)}): ${doc.objective} ${formatSigned(d.meanDifference, d.unit)} (95% CI ${formatSigned(d.ci95[0], d.unit)} to ${formatSigned(d.ci95[1], d.unit)}) over ${d.n} paired replications.`
    : '';
  const edge = doc.dimensions.filter((d) => d.values.length > 1 && doc.configurations[doc.chosen!].settings[d.path] === d.values[d.values.length - 1]);
  const widen = edge.length ? ` The recommendation is at the top of the grid for ${edge.map((d) => short(d.path)).join(', ')}: a larger value, not searched, may be better still.` : '';
  return head + today + widen;
}
