import type { DifferenceSummary, FigureSummary, SizeDocument } from '../capacity/result-document.js';
import { formatAt, formatMeanPm, formatSignedAt, roundingStep, stepOf, differenceTexts } from '../report/format-interval.js';
import { formatNumber, formatValue, countOf } from '../report/format.js';
import { configNumber, decisionOf, stoppedWords, zonesText, marksOf, pathName, settingsText, VERDICT_WORDS } from '../report/size-words.js';
import { textTable, wrap } from './text-table.js';

/**
 * The terminal view of a sizing search, 100 columns wide, in the report's
 * vocabulary and numbering: one row per configuration (#1 …) with its
 * settings, replications, verdict, objective and target figure as
 * mean ± 95% CI, then the answer in words.
 */

function pm(f: FigureSummary | undefined): string {
  return f ? formatMeanPm(f.mean, f.ci95, f.unit, true, f.n) : '–';
}

/** The paired difference from the recommendation, on the replications both ran (comparable, unlike two means). */
function paired(d: DifferenceSummary | undefined): string {
  if (!d) return '';
  const like = Math.max(Math.abs(d.ci95[0]), Math.abs(d.ci95[1]));
  return `${formatSignedAt(d.meanDifference, d.unit, stepOf(d.ci95, d.unit), like)} (n ${d.n})`;
}

const MARKS = { chosen: 'recommended', tie: 'tie', today: 'today' } as const;

/** The search as an aligned table and a closing verdict. */
export function formatSizing(doc: SizeDocument, width = 100): string {
  const fig = (i: number, id: string) => doc.configurations[i].figures.find((f) => f.id === id);
  const hasPaired = doc.configurations.some((c) => c.versusRecommended);
  const vs = doc.chosen === null ? 'recommended' : configNumber(doc.chosen);
  const columns = [
    { header: '#', right: true }, ...doc.dimensions.map((d) => ({ header: pathName(d.path), right: true })), { header: 'reps', right: true },
    { header: 'target' }, { header: doc.objective, right: true }, ...(hasPaired ? [{ header: `vs ${vs}`, right: true }] : []),
    { header: doc.target.figure, right: true }, { header: 'note', shrink: true },
  ];
  const rows = doc.configurations.map((c, i) => [
    configNumber(i), ...doc.dimensions.map((d) => String(c.settings[d.path])), String(c.replications), VERDICT_WORDS[c.feasible],
    pm(fig(i, doc.objective)), ...(hasPaired ? [paired(c.versusRecommended)] : []), pm(fig(i, doc.target.figure)),
    [...marksOf(doc, i).map((m) => MARKS[m]), c.onParetoFront ? 'Pareto' : '', c.dropped ? 'early' : ''].filter(Boolean).join('; '),
  ]);
  const early = doc.configurations.flatMap((c, i) => (c.dropped ? wrap(`${configNumber(i)} stopped early: ${stoppedWords(doc, i)}`, width, '  ') : []));
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
    ...wrap(`${doc.scenario.name}: ${countOf(doc.configurations.length, 'configuration')}, ${countOf(total, 'replication')} in all (seed ${p.seed}, ${formatNumber(p.wallMs / 1000, 1)} s)${p.partial ? ' (PARTIAL: stopped early)' : ''}. Means ± 95% CI; configurations with fewer replications are less precise.${zonesText(doc)}`, width),
    ...textTable(columns, rows, width, ''),
    ...early,
    ...(hasPaired ? wrap(`"vs ${vs}": ${doc.objective} minus the recommendation's, paired on the replications both ran (n); means over different replication counts are not comparable.`, width, '  ') : []),
    '',
    ...wrap(verdict, width),
    ...(unclear ? wrap(`${unclear} configuration(s) reached the replication cap and the run cannot tell yet whether they meet the target; one of them may be cheaper (raise --replications).`, width) : []),
  ].join('\n');
}

/** A set of configurations in words: fixed settings once, varying ones as a range or list ("hub.beds 5; outreach.slots 10 to 14"). */
export function describeSet(doc: SizeDocument, set: number[]): string {
  const values = doc.dimensions.map((d) => new Set(set.map((i) => doc.configurations[i].settings[d.path])).size);
  if (values.reduce((a, b) => a * b, 1) !== set.length) return set.map((i) => `${configNumber(i)} (${settingsText(doc.configurations[i].settings)})`).join(', ');
  return doc.dimensions.map((d) => {
    const vs = [...new Set(set.map((i) => doc.configurations[i].settings[d.path]))].sort((a, b) => a - b);
    const run = vs.length > 1 && vs[vs.length - 1] - vs[0] === vs.length - 1;
    return `${pathName(d.path)} ${vs.length === 1 ? vs[0] : run ? `${vs[0]} to ${vs[vs.length - 1]}` : vs.join(', ')}`;
  }).join('; ');
}

/** The search's answer in words: what it recommends, what it could not separate, and against today's configuration. */

/**
 * When the procedure kept one configuration but others are within δ of it, those that need no more of any varied
 * service than the recommendation and less of some: their cost is within δ, so a council may prefer them. Compared
 * service by service, never by adding Hub beds to outreach slots (different things at different prices).
 */
function fewestPlaces(doc: SizeDocument, tie: number[]): string {
  if (doc.chosen === null) return '';
  const rec = doc.configurations[doc.chosen].settings;
  const leaner = tie.filter((k) => k !== doc.chosen && Object.entries(doc.configurations[k].settings).every(([p, v]) => v <= rec[p])
    && Object.entries(doc.configurations[k].settings).some(([p, v]) => v < rec[p]));
  if (leaner.length === 0) return '';
  const list = leaner.map((k) => `${configNumber(k)} (${settingsText(doc.configurations[k].settings)})`).join(', ');
  return ` ${list} ${leaner.length === 1 ? 'needs' : 'need'} no more of any service than the recommendation and less of some: a council that values that more than a cost difference under δ may choose ${leaner.length === 1 ? 'it' : 'one of them'}.`;
}

/** Tie-set members whose paired difference from the recommendation is clear of zero: within δ, yet detectably dearer (or cheaper). */
function detectablyDifferent(doc: SizeDocument, tie: number[]): string {
  const clear = tie.filter((k) => k !== doc.chosen && doc.configurations[k].versusRecommended?.clearOfZero);
  if (clear.length === 0) return '';
  const list = clear.map((k) => configNumber(k)).join(', ');
  return ` The data does tell ${list} from the recommendation (the paired 95% interval excludes zero, column "vs the recommendation"), by less than δ: a smaller --indifference would separate ${clear.length === 1 ? 'it' : 'them'}.`;
}

export function sizingStatement(doc: SizeDocument, undecided: number[]): string {
  return statementCore(doc, undecided) + oneOffWords(doc);
}

function statementCore(doc: SizeDocument, undecided: number[]): string {
  const goal = doc.budget !== undefined
    ? `the lowest ${doc.objective} with mean cost.total within ${formatValue(doc.budget, 'GBP')}`
    : `the lowest ${doc.objective} meeting ${doc.target.figure} ≤ ${doc.target.value}`;
  const list = undecided.map((i) => `${configNumber(i)} (${settingsText(doc.configurations[i].settings)})`).join(', ');
  if (doc.outcome === 'stopped') return `The search was stopped before it finished: no configuration is recommended and no confidence is claimed. Undecided: ${list || 'none'}.`;
  if (doc.outcome === 'capped-inconclusive') return `The search reached the cap of ${countOf(Math.max(...doc.configurations.map((c) => c.replications)), 'replication')} before deciding between ${list}: no configuration is recommended and no confidence is claimed. Raise --replications, or widen --indifference or --tolerance.`;
  if (doc.outcome === 'none-feasible' || doc.chosen === null) return `No configuration meets the constraint (${doc.budget !== undefined ? `cost.total ≤ ${formatValue(doc.budget, 'GBP')}` : `${doc.target.figure} ≤ ${doc.target.value}`}): every one was shown to fail it.`;
  const unit = doc.configurations[doc.chosen].figures.find((f) => f.id === doc.objective)?.unit ?? 'count';
  // δ and ε are settings, not estimates: two significant figures read as people quote them (£1.2m, 3.0%).
  const delta = doc.indifference === undefined ? '' : formatAt(doc.indifference, unit, roundingStep(doc.indifference));
  const rec = `${configNumber(doc.chosen)} (${settingsText(doc.configurations[doc.chosen].settings)})`;
  const tie = doc.tieSet ?? [doc.chosen];
  const head = tie.length > 1
    ? `Any of these ${tie.length} configurations meets the constraint, and each is shown (one-sided 95%, paired) to have a mean ${doc.objective} less than ${delta} (δ) above the recommendation's: ${describeSet(doc, tie)}. δ is the difference this search was set to treat as not mattering (--indifference), so among these the choice rests on more than ${doc.objective}. `
      + (doc.recommendedBy === 'rule' ? `Recommended by a rule, not a finding (${doc.rule}): ${rec}.` : `Recommended: ${rec}, the configuration the procedure kept (within δ of the best with probability ≥ ${doc.target.confidence * 100}%).${detectablyDifferent(doc, tie)}${fewestPlaces(doc, tie)}`)
    : `Recommended: ${rec}, ${goal} (correct with probability ≥ ${doc.target.confidence * 100}% when it is at least ${delta} better than every other and every configuration's constraint mean is at least ${doc.tolerance === undefined ? 'ε' : formatAt(doc.tolerance, doc.configurations[doc.chosen].figures.find((f) => f.id === doc.target.figure)?.unit ?? 'count', roundingStep(doc.tolerance)).replace(/%$/, ' pp')} from the limit).`;
  const d = doc.today?.difference;
  const today = doc.today && d
    ? ` Against today's configuration (${settingsText(doc.today.settings)}): ${doc.objective} ${differenceTexts(d.meanDifference, d.ci95, d.unit).mean} (95% CI ${differenceTexts(d.meanDifference, d.ci95, d.unit).low} to ${differenceTexts(d.meanDifference, d.ci95, d.unit).high}) over ${d.n} paired replications.`
    : '';
  const edge = doc.dimensions.filter((d) => d.values.length > 1 && doc.configurations[doc.chosen!].settings[d.path] === d.values[d.values.length - 1]);
  const widen = edge.length ? ` The recommendation is at the top of the grid for ${edge.map((d) => pathName(d.path)).join(', ')}: a larger value, not searched, may be better still.` : '';
  return head + today + widen;
}

/**
 * What the costs include for places added: the one-off cost per unit entered (--one-off), or that there is none, so
 * a configuration that adds a bed is not read as costed with its purchase or set-up price when it is not. Only when the
 * objective is money (otherwise no cost is being compared). Documents written before December 2026 say nothing.
 */
function oneOffWords(doc: SizeDocument): string {
  if (doc.oneOffPerUnit === undefined || !/^cost\./.test(doc.objective)) return '';
  const entered = Object.entries(doc.oneOffPerUnit);
  const added = doc.dimensions.filter((d) => !(d.path in doc.oneOffPerUnit!)).map((d) => pathName(d.path));
  const with_ = entered.map(([p, gbp]) => `${formatAt(gbp, 'GBP', roundingStep(gbp / 10))} per ${pathName(p)} added`).join(', ');
  // The objective is undiscounted cash over the period (compare ranks options that carry money by net present value).
  const basis = doc.objective === 'cost.total' ? ' cost.total is undiscounted cash over the period.' : '';
  if (entered.length === 0) return ` No one-off (capital or set-up) cost is included for places added: configurations above today's are costed on running costs alone (give --one-off path=pounds per unit).${basis}`;
  return ` One-off costs included, paid on the start date: ${with_} above today's${added.length ? `; none for ${added.join(', ')}` : ''}.${basis}`;
}
