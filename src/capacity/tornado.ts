import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import type { DifferenceSummary, FigureSummary } from './result-document.js';
import { Comparison } from './compare.js';
import { RunningMoments } from './running-moments.js';
import { interval } from './summarise.js';

/**
 * One-at-a-time sensitivity on common random numbers. Every arm (the
 * central scenario, each assumption at its low and high value, and the same
 * again with an option applied) runs the same children, so each difference
 * below is paired replication by replication.
 *
 * Arms, in order: base central, then base low/high for each assumption;
 * with an option, the same list again with the option applied.
 */
export interface TornadoRow {
  assumption: string;
  low: string;
  high: string;
  /** The figure at the low (high) value minus the figure at the central scenario. */
  atLow: DifferenceSummary;
  atHigh: DifferenceSummary;
  /** With an option: the option's effect (option − baseline) at the central, low and high values. */
  optionAtLow?: DifferenceSummary;
  optionAtHigh?: DifferenceSummary;
  /**
   * What the table ranks by: the extent of the row's bar, from the smallest to the largest of the low, central and
   * high values of the option's effect if there is an option, else of the figure. Not |high − low| alone: an
   * assumption whose both ends move the answer the same way (central outside [low, high]) was ranked below the
   * longer bar the chart drew for it.
   */
  swing: number;
  /**
   * high − low itself (signed), paired replication by replication, with its
   * 95% interval: whether the assumption's range changes the figure (or the
   * option's effect) at all, and by how much at most. Absent only for a
   * figure some arm does not report.
   */
  highMinusLow?: { mean: number; ci95: [number, number]; clearOfZero: boolean };
}

/** Accumulates replications of every arm and reads the tornado off them. */
export class Tornado {
  private readonly moves: Comparison;
  private readonly optionEffects: Comparison[];
  /** Per figure id (the central arm's catalogue), per assumption: moments of high − low, replication by replication. */
  private readonly spans = new Map<string, RunningMoments[]>();
  /** Per arm, the index of each of those figures in the arm's own values (an option may add figures). */
  private readonly columns: Map<string, number[]>;

  constructor(private readonly catalogues: readonly MetricCatalogue[], private readonly assumptions: readonly { label: string; low: string; high: string }[], private readonly withOption: boolean) {
    const arms = 1 + 2 * assumptions.length;
    if (catalogues.length !== arms * (withOption ? 2 : 1)) throw new Error(`Tornado: expected ${arms * (withOption ? 2 : 1)} arms, got ${catalogues.length}`);
    this.moves = new Comparison(catalogues[0], catalogues.slice(1, arms));
    this.optionEffects = withOption ? Array.from({ length: arms }, (_, j) => new Comparison(catalogues[j], [catalogues[arms + j]])) : [];
    this.columns = new Map();
    for (const { id } of catalogues[0].scalars) {
      const columns = catalogues.map((c) => c.scalars.findIndex((s) => s.id === id));
      if (columns.some((c) => c < 0)) continue;
      this.columns.set(id, columns);
      this.spans.set(id, assumptions.map(() => new RunningMoments()));
    }
  }

  /** Adds one replication index: one result per arm, in arm order. */
  add(results: readonly ReplicationResult[]): void {
    const arms = 1 + 2 * this.assumptions.length;
    this.moves.add(results.slice(0, arms));
    this.optionEffects.forEach((c, j) => c.add([results[j], results[arms + j]]));
    for (const [id, col] of this.columns) {
      const v = (arm: number) => results[arm].values[col[arm]];
      // What the row ranks by at arm `a` (1 + 2k low, 2 + 2k high): the figure, or the option's effect on it.
      const at = (a: number) => (this.withOption ? v(arms + a) - v(a) : v(a));
      this.spans.get(id)!.forEach((m, k) => m.add(at(2 + 2 * k) - at(1 + 2 * k)));
    }
  }

  get count(): number {
    return this.moves.count;
  }

  /** The figure at the central values, with its 95% interval (undefined for a figure the central arm lacks). */
  centralFigure(id: string): FigureSummary | undefined {
    return this.moves.baselineFigures().find((f) => f.id === id);
  }

  /** The option's effect at the central values (undefined without an option). */
  centralOptionEffect(id: string): DifferenceSummary | undefined {
    return this.optionEffects[0]?.optionResults()[0].differences.find((d) => d.id === id);
  }

  /** Rows for figure `id`, the longest bar (swing) first. */
  rows(id: string): TornadoRow[] {
    const moved = this.moves.optionResults().map((o) => pick(o.differences, id));
    const effects = this.optionEffects.map((c) => pick(c.optionResults()[0].differences, id));
    const rows = this.assumptions.map((a, k) => {
      const row: TornadoRow = { assumption: a.label, low: a.low, high: a.high, atLow: moved[2 * k], atHigh: moved[2 * k + 1], swing: 0 };
      if (this.withOption) {
        row.optionAtLow = effects[1 + 2 * k];
        row.optionAtHigh = effects[2 + 2 * k];
      }
      const [lo, hi] = this.withOption ? [row.optionAtLow!, row.optionAtHigh!] : [row.atLow, row.atHigh];
      // The figure's rows are differences from the central scenario (central 0); the option's rows are effects, beside the central effect.
      const central = this.withOption ? effects[0].meanDifference : 0;
      const ends = [lo.meanDifference, hi.meanDifference, central];
      row.swing = Math.max(...ends) - Math.min(...ends);
      const span = this.spans.get(id)?.[k];
      if (span && span.count > 0) {
        const { mean, ci95 } = interval(span);
        row.highMinusLow = { mean, ci95, clearOfZero: ci95[0] > 0 || ci95[1] < 0 };
      }
      return row;
    });
    return rows.sort((x, y) => y.swing - x.swing);
  }
}

function pick(list: DifferenceSummary[], id: string): DifferenceSummary {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no figure ${id}`);
  return d;
}
