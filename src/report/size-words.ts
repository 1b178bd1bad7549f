import type { FigureSummary, SizeConfiguration, SizeDocument } from '../capacity/result-document.js';
import { formatNumber, formatValue } from './format.js';
import { formatAt, roundingStep } from './format-interval.js';

/**
 * One vocabulary for a sizing search, used by the page, its charts and the
 * terminal table (issue 13 found three): a configuration meets the target,
 * fails it, or the run cannot tell yet. Configurations are numbered from 1
 * everywhere a person reads them (#1, #2 …), as in configurations.csv.
 */
export const VERDICT_WORDS = { yes: 'meets the target', no: 'fails the target', unclear: 'cannot tell yet' } as const;

/** `#3`: the number a person reads for configuration index 2. */
export function configNumber(index: number): string {
  return `#${index + 1}`;
}

/** `services.hub.beds` → `hub.beds`: the path as a reader knows it. */
export function pathName(path: string): string {
  return path.replace(/^services\./, '');
}

/** `hub.beds 4, outreach.slots 12`. */
export function settingsText(settings: Record<string, number>): string {
  return Object.entries(settings).map(([k, v]) => `${pathName(k)} ${v}`).join(', ');
}

/** A configuration's summary of one figure. */
export function figureOf(c: SizeConfiguration, id: string): FigureSummary | undefined {
  return c.figures.find((f) => f.id === id);
}

/** The first summary of a figure in any configuration: its label and unit. */
export function describeFigure(doc: SizeDocument, id: string): FigureSummary | undefined {
  for (const c of doc.configurations) {
    const f = figureOf(c, id);
    if (f) return f;
  }
  return undefined;
}

/** Fields issue 10 adds to a size document (all optional: older documents lack them). */
export interface SizeDecision {
  outcome?: string;
  tieSet?: number[];
  recommendedBy?: string;
  rule?: string;
  statement?: string;
  today?: { index: number | null; settings: Record<string, number> };
  budget?: number;
}

/** The decision fields of a document, read defensively. */
export function decisionOf(doc: SizeDocument): SizeDecision {
  const d = doc as SizeDocument & SizeDecision;
  const valid = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < doc.configurations.length;
  return {
    outcome: typeof d.outcome === 'string' ? d.outcome : undefined,
    tieSet: Array.isArray(d.tieSet) ? d.tieSet.filter(valid) : undefined,
    recommendedBy: d.recommendedBy, rule: d.rule, statement: d.statement, budget: d.budget,
    today: d.today && (d.today.index === null || valid(d.today.index)) ? d.today : undefined,
  };
}

/** Marks of a configuration: chosen, in the tie set, today's. */
export function marksOf(doc: SizeDocument, i: number): ('chosen' | 'tie' | 'today')[] {
  const d = decisionOf(doc);
  const marks: ('chosen' | 'tie' | 'today')[] = [];
  if (i === doc.chosen) marks.push('chosen');
  else if (d.tieSet?.includes(i)) marks.push('tie');
  if (d.today?.index === i) marks.push('today');
  return marks;
}

/**
 * Why the search stopped early, in the page's numbering. The search now
 * writes "#6"; documents written before December 2026 hold 0-based indices
 * ("costlier than configuration 5"), read as #6.
 */
export function droppedWords(text: string): string {
  return text.replace(/configuration (\d+)/g, (_, n: string) => `configuration ${configNumber(Number(n))}`);
}

/**
 * Why configuration i stopped early, in words that agree with its mark: a configuration of the tie set was ruled
 * out as the best by the procedure and is yet within δ of the recommendation, which the bare drop reason
 * ("higher cost … past the KN boundary") beside "within δ of the recommended" read as a contradiction.
 */
export function stoppedWords(doc: SizeDocument, i: number): string {
  const text = doc.configurations[i].dropped;
  if (!text) return '';
  const words = droppedWords(text);
  return i !== doc.chosen && decisionOf(doc).tieSet?.includes(i) ? `ruled out as the best, though within δ of the recommendation: ${words}` : words;
}

/**
 * δ and ε in the reader's units, with what each means: they are settings that decide the answer (a tie, or whether a
 * configuration near the limit meets it), so they are on the page, not only in results.json.
 */
export function zonesText(doc: SizeDocument): string {
  const idx = doc;
  if (idx.indifference === undefined) return '';
  const obj = describeFigure(doc, doc.objective);
  const tgt = describeFigure(doc, doc.target.figure);
  // Settings, not estimates: two significant figures, as people quote them (£1.5m), as the statement does.
  const delta = obj?.unit === 'GBP' ? formatAt(idx.indifference, 'GBP', roundingStep(idx.indifference)) : obj ? formatValue(idx.indifference, obj.unit) : String(idx.indifference);
  const eps = idx.tolerance === undefined ? '' : tgt?.unit === 'share' ? `${formatNumber(idx.tolerance * 100, 2)} pp` : tgt ? formatValue(idx.tolerance, tgt.unit) : String(idx.tolerance);
  return ` δ = ${delta} (--indifference): differences in ${obj?.label.toLowerCase() ?? doc.objective} smaller than this are treated as not mattering.${eps ? ` ε = ${eps} (--tolerance): a configuration whose ${tgt?.label.toLowerCase() ?? doc.target.figure} is within ε of the limit may be called either way.` : ''}`;
}

