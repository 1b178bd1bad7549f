import { loadScenario } from '../src/io/load-scenario.js';
import { buildTimeline } from '../src/sim/timeline.js';
import type { LossCase } from './hand-loop.js';

/**
 * The loss-system benchmark cases: ordinary carecap scenario files, and the
 * same model read from them for the hand-written loop (bench/hand-loop.ts),
 * so both run the same beds, rates, stays and horizon.
 */
export const LOSS_CASES: Record<string, { file: string; replications: number }> = {
  'loss-3': { file: 'scenarios/test/loss-3.yaml', replications: 1000 },
  'loss-3000': { file: 'scenarios/test/loss-3000.yaml', replications: 20 },
};

/** The M/M/c/c model a loss scenario file describes (Hub only, exponential stays, one stream). */
export function lossCaseOf(file: string): LossCase {
  const { scenario: s } = loadScenario(file);
  const stay = s.services.hub.stayDays;
  if (stay.dist !== 'exponential' || s.demand.length !== 1) throw new Error(`${file}: not a loss-system benchmark scenario`);
  return {
    beds: s.services.hub.beds,
    arrivalsPerDay: (s.demand[0].ratePerYear ?? 0) / 365.25,
    meanStayDays: stay.mean,
    horizonDays: buildTimeline(s).horizonT,
  };
}
