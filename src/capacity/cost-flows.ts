import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import { RunningMoments } from './running-moments.js';
import { interval, intervalOf } from './summarise.js';
import { CoMoments } from './co-moments.js';
import { ratioEstimate } from './ratio-estimate.js';

/** Counts a saving may be quoted per unit avoided of (decision costPerSpilloverAvoided, costPerOocWeekAvoided). */
export const AVOIDED_COUNTS = ['spillover.count', 'ooc.childWeeks'] as const;

/**
 * Money of an option against the baseline, replication by replication on
 * common random numbers (docs/sizing.md, Compare as a decision).
 *
 * Cash flows are the model's costs per financial year, which are nominal:
 * running costs grow at the scenario's costGrowthPerYear and one-off costs
 * are entered in cash. The HM Treasury Green Book discounts real flows at
 * r = 3.5%, real meaning at base-year prices by the GDP deflator (general
 * inflation π), not by the price of care: care costs growing faster than
 * general inflation are a real cost and must stay in. So each year's cash is
 * discounted at the nominal equivalent
 *   1 + r_nominal = (1 + r)·(1 + π),
 * the same as deflating year t by (1 + π)^t and discounting at r. Year t = 0
 * is the first financial year of the run and is not discounted (the Green
 * Book's convention); t is the time from the start of the period to the
 * start of the year, so a first year cut short (a run from 1 October)
 * counts as its share of a year. (Until December 2026 the scenario's own cost growth
 * was used as π, which made the NPV blind to that assumption.)
 */
export interface Discounting {
  /** Real discount rate per year, e.g. 0.035. */
  realRate: number;
  /** General inflation per year (the GDP deflator) that turns cash into real prices, e.g. 0.02. */
  deflator: number;
}

/**
 * The financial-year total figures of a catalogue, in order: `cost.fy2026.total` → fy "2026", with the share of
 * the year inside the period (1 when the catalogue does not say, as in documents written before it did).
 */
export function financialYears(catalogue: MetricCatalogue): { fy: string; label: string; index: number; yearShare: number }[] {
  return catalogue.scalars.flatMap((s, index) => {
    const m = /^cost\.fy(\d+)\.total$/.exec(s.id);
    return m ? [{ fy: m[1], label: s.label.replace(/^Cost in FY /, ''), index, yearShare: s.yearShare ?? 1 }] : [];
  });
}

/** Accumulates one option's cost flows against the baseline's. */
export class CostFlows {
  private readonly baseFy: number[];
  private readonly optionFy: number[];
  private readonly years: string[];
  private readonly byYear: RunningMoments[];
  private readonly npv = new RunningMoments();
  private readonly factors: number[];
  /** When each shared financial year starts, in years from the start of the period (a short first year counts as its share). */
  private readonly starts: number[];
  private readonly shares: number[];
  private readonly totals: [number, number];
  /** Per count of AVOIDED_COUNTS present in both catalogues: its index in each. */
  private readonly counts: ([number, number] | null)[];
  /** Per replication: the cost difference (option − baseline) and each count avoided (baseline − option), for ratio intervals. */
  private readonly avoided: CoMoments;
  private readonly row: Float64Array;
  private cheaper = 0;
  private n = 0;

  constructor(baseline: MetricCatalogue, option: MetricCatalogue, readonly discounting: Discounting) {
    const optionYears = new Map(financialYears(option).map((y) => [y.fy, y.index]));
    const shared = financialYears(baseline).filter((y) => optionYears.has(y.fy));
    this.years = shared.map((y) => y.label);
    this.baseFy = shared.map((y) => y.index);
    this.optionFy = shared.map((y) => optionYears.get(y.fy)!);
    this.byYear = shared.map(() => new RunningMoments());
    const nominal = (1 + discounting.realRate) * (1 + discounting.deflator);
    this.shares = shared.map((y) => y.yearShare);
    this.starts = this.shares.map((_, t) => this.shares.slice(0, t).reduce((a, b) => a + b, 0));
    // Each year's cash discounted from when that year starts: a whole-year run gives nominal^-t, t = 0, 1, …; a run
    // from 1 October discounts its second year by half a year, not a whole one.
    this.factors = this.starts.map((t) => nominal ** -t);
    this.totals = [baseline.scalars.findIndex((s) => s.id === 'cost.total'), option.scalars.findIndex((s) => s.id === 'cost.total')];
    this.counts = AVOIDED_COUNTS.map((id) => {
      const [b, o] = [baseline.scalars.findIndex((s) => s.id === id), option.scalars.findIndex((s) => s.id === id)];
      return b < 0 || o < 0 ? null : [b, o];
    });
    this.avoided = new CoMoments(1 + AVOIDED_COUNTS.length);
    this.row = new Float64Array(1 + AVOIDED_COUNTS.length);
  }

  /**
   * Adds one replication's baseline and option results (the same replication
   * index). Returns that replication's saving (baseline − option): `npv`
   * discounted as the whole comparison is, `total` the undiscounted total cost.
   */
  add(baseline: ReplicationResult, option: ReplicationResult): { npv: number; total: number } {
    let saving = 0;
    this.baseFy.forEach((b, t) => {
      const d = option.values[this.optionFy[t]] - baseline.values[b];
      this.byYear[t].add(d);
      saving -= d * this.factors[t];
    });
    this.npv.add(saving);
    // A catalogue without cost.total (a sensitivity study's own figures) has no total saving to score: 0.
    const total = this.totals[0] < 0 || this.totals[1] < 0 ? 0 : baseline.values[this.totals[0]] - option.values[this.totals[1]];
    if (total > 0) this.cheaper += 1;
    this.row[0] = -total;
    this.counts.forEach((c, k) => { this.row[k + 1] = c ? baseline.values[c[0]] - option.values[c[1]] : 0; });
    this.avoided.add(this.row);
    this.n += 1;
    return { npv: saving, total };
  }

  /** Share of replications in which the option's total cost is below the baseline's. */
  get shareCheaper(): number {
    return this.n ? this.cheaper / this.n : 0;
  }

  /**
   * Extra cost per unit of a count avoided (negative: a net saving per unit), as a ratio of means
   * (mean cost difference ÷ mean count avoided) with its delta-method 95% interval (Cochran 1977, §6.4; the
   * linearised per-replication values carry the covariance of cost and count on the same children). Null when the
   * count is not in both catalogues or no unit is avoided on average. The delta method needs the mean avoided well
   * clear of zero; callers quote it only when the count's own paired interval excludes zero.
   */
  perAvoided(id: (typeof AVOIDED_COUNTS)[number]): { ratio: number; ci95: [number, number] } | null {
    const k = AVOIDED_COUNTS.indexOf(id);
    if (!this.counts[k] || !(this.avoided.mean(k + 1) > 0)) return null;
    const r = ratioEstimate(this.avoided, 0, k + 1);
    const { ci95 } = intervalOf(r.ratio, r.sd, this.avoided.count);
    return { ratio: r.ratio, ci95 };
  }

  /** Net present value of the saving (baseline − option), with its 95% interval. */
  presentValue(): { gbp: number; ci95: [number, number] } {
    const { mean, ci95 } = interval(this.npv);
    return { gbp: mean, ci95 };
  }

  /** Undiscounted option − baseline per financial year. */
  financialYears(): { fy: string; meanDifferenceGbp: number; ci95: [number, number] }[] {
    return this.byYear.map((m, t) => {
      const { mean, ci95 } = interval(m);
      return { fy: this.years[t], meanDifferenceGbp: mean, ci95 };
    });
  }

  /**
   * Years from the start of the period until the cumulative mean undiscounted
   * saving turns non-negative and stays so, interpolated linearly within the
   * financial year it turns; 0 when it is never negative; null when it is
   * negative at the end of the horizon. A financial year cut short by the
   * period counts as its share of a year (a run from 1 October: the first
   * year is half a year), so payback is time from the start, not a count of
   * financial years (second oracle review: "1.9 years" for 1.39).
   */
  paybackYears(): number | null {
    const savings = this.byYear.map((m) => -m.mean);
    let cumulative = 0;
    let payback: number | null = 0;
    savings.forEach((s, t) => {
      const before = cumulative;
      cumulative += s;
      if (cumulative < 0) payback = null;
      else if (payback === null) payback = this.starts[t] + this.shares[t] * (s > 0 ? -before / s : 1);
    });
    return payback;
  }
}
