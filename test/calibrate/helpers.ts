import { loadScenario } from '../../src/io/load-scenario.js';
import type { Scenario } from '../../src/sim/scenario.js';
import type { RawTable } from '../../src/calibrate/return-types.js';
import { SYNTH_EPISODE_COLUMNS, SYNTH_HEADER_COLUMNS, synthReturn } from '../../src/calibrate/synth-return.js';

/**
 * A scenario with known parameters for round trips: the default's rates and
 * mixes, its local beds made ample (one home of 1,000 beds taking every need
 * and age) so that no child meant for a local place spills over, and the
 * residential entry rates tripled for precision.
 */
export function knownScenario(): Scenario {
  const s = structuredClone(loadScenario('scenarios/leicestershire.yaml').scenario);
  const home = { ...s.services.homes[1], name: 'Ample', beds: 1000, needs: [], minAge: 0, maxAge: 18, opens: undefined, closes: undefined };
  s.services.homes = [home];
  s.services.houses = [];
  for (const d of s.demand) if (d.route !== 'outreach' && d.ratePerYear) d.ratePerYear *= 3;
  return s;
}

/** A synthetic return as the tables calibrate reads. */
export function synthTables(s: Scenario, seed: number, years: number): { episodes: RawTable[]; headers: RawTable[] } {
  const ys = synthReturn(s, seed, years);
  return {
    episodes: ys.map((y) => ({ file: `episodes_${y.year}.csv`, kind: 'episodes' as const, header: [...SYNTH_EPISODE_COLUMNS], rows: y.episodes })),
    headers: ys.map((y) => ({ file: `header_${y.year}.csv`, kind: 'header' as const, header: [...SYNTH_HEADER_COLUMNS], rows: y.header })),
  };
}
