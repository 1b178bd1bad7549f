import { RunningMoments } from './running-moments.js';
import { studentTCritical } from './student-t.js';

/**
 * Which alternatives the data cannot rule out as the best: the screening
 * procedure of Nelson, Swann, Goldsman & Song (2001), "Simple procedures
 * for selecting the best simulated system when the number of alternatives
 * is large", Operations Research 49(6):950–963, §3, with common random
 * numbers. Each alternative gives one score per replication (higher is
 * better; the same replication index means the same children), and for k
 * alternatives after n replications
 *
 *   i is kept  ⇔  Ȳ_i ≥ Ȳ_j − W_ij for every j ≠ i,
 *   W_ij = t · S_ij / √n,  t = the (confidence)^(1/(k−1)) quantile of
 *   Student's t with n − 1 degrees of freedom,
 *
 * S_ij² being the sample variance of the paired differences Y_i − Y_j.
 * The subset kept contains the alternative with the highest true mean with
 * probability at least `confidence` when the paired differences are
 * normal (here, means of many children's costs: near normal by the central
 * limit theorem), whatever the other means are: no indifference zone is
 * needed. Every alternative left out is beaten, pair by pair on the same
 * replications, by at least one kept. It says nothing about the order
 * within the subset.
 */
export class PairedScores {
  /** pairs[i][j - i - 1]: moments of Y_i − Y_j for i < j. */
  private readonly pairs: RunningMoments[][];

  constructor(readonly alternatives: number) {
    if (!Number.isInteger(alternatives) || alternatives < 1) throw new RangeError(`PairedScores: alternatives must be a positive integer, got ${alternatives}`);
    this.pairs = Array.from({ length: alternatives }, (_, i) => Array.from({ length: alternatives - i - 1 }, () => new RunningMoments()));
  }

  /** Adds one replication: the score of every alternative, in order, from the same replication index. */
  add(scores: ArrayLike<number>): void {
    if (scores.length !== this.alternatives) throw new RangeError(`PairedScores.add: expected ${this.alternatives} scores, got ${scores.length}`);
    for (let i = 0; i < this.alternatives; i++) {
      const row = this.pairs[i];
      for (let j = i + 1; j < this.alternatives; j++) row[j - i - 1].add(scores[i] - scores[j]);
    }
  }

  /** Replications added. */
  get count(): number {
    return this.alternatives > 1 ? this.pairs[0][0].count : 0;
  }

  /** Mean and sample sd of Y_i − Y_j over the replications (i ≠ j). */
  difference(i: number, j: number): { mean: number; sd: number } {
    if (i === j) return { mean: 0, sd: 0 };
    const m = i < j ? this.pairs[i][j - i - 1] : this.pairs[j][i - j - 1];
    const sign = i < j ? 1 : -1;
    return { mean: sign * m.mean, sd: m.count > 1 ? m.sd : 0 };
  }
}

/** The screening's answer: the alternatives kept (indices, in index order) and what it used. */
export interface BestSubset {
  kept: number[];
  confidence: number;
  /** The t multiplier of every W_ij. */
  t: number;
  replications: number;
}

/**
 * The screening subset of {@link PairedScores} (Nelson et al. 2001, above).
 * With one alternative it is kept; with fewer than two replications nothing
 * can be ruled out, so every alternative is kept.
 */
export function bestSubset(scores: PairedScores, confidence = 0.95): BestSubset {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`bestSubset: confidence must be in (0, 1), got ${confidence}`);
  const k = scores.alternatives;
  const n = scores.count;
  const all = Array.from({ length: k }, (_, i) => i);
  if (k === 1 || n < 2) return { kept: all, confidence, t: Infinity, replications: n };
  // One-sided quantile q = confidence^(1/(k−1)); studentTCritical is two-sided, P(|T| ≤ t) = 2q − 1.
  const q = confidence ** (1 / (k - 1));
  const t = studentTCritical(n - 1, 2 * q - 1);
  const kept = all.filter((i) =>
    all.every((j) => {
      if (j === i) return true;
      const { mean, sd } = scores.difference(i, j);
      return mean >= -(t * sd) / Math.sqrt(n);
    }),
  );
  // The alternative with the highest mean always passes in exact arithmetic; should rounding in the paired means
  // ever drop every one, claim nothing rather than an empty set.
  return { kept: kept.length > 0 ? kept : all, confidence, t, replications: n };
}
