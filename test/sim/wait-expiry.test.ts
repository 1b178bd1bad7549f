import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/io/load-scenario.js';
import { runReplication } from '../../src/sim/run-replication.js';

/**
 * A wait ends by its own limit, never by another wait's. A child can wait in
 * a crisis placement for a Hub bed, be admitted before the limit (the Hub
 * wait's expiry event is then stale) and, after the assessment, wait for
 * outreach. Before 30 November 2026 the expiry event did not say which wait
 * it was for, and the two waits count their tokens separately, so the stale
 * Hub expiry could end the outreach wait days early (plan-2020, seed 7,
 * replication 0: child 272 "gave up" 2.4 days into a 28-day wait). Checked on
 * every wait of the shipped scenarios that have both kinds: each "gave up"
 * comes exactly maxWaitDays after the start of the child's current wait.
 */
describe('waits end at their own limit', () => {
  for (const [file, seed, reps] of [['scenarios/plan-2020.yaml', 7, 6], ['scenarios/leicestershire.yaml', 20260401, 6]] as const) {
    it(`${file}: every outreach and Hub wait that runs out lasted exactly its maxWaitDays`, () => {
      const s = loadScenario(file).scenario;
      const outreachMax = s.services.outreach.maxWaitDays!;
      const hubMax = s.services.hub.maxWaitDays;
      let outreachChecked = 0;
      let hubChecked = 0;
      for (let r = 0; r < reps; r++) {
        const outreachSince = new Map<number, number>();
        const last = new Map<number, { what: string; t: number }>();
        runReplication(s, seed, r, {
          trace: (t, what, child, where) => {
            if (what === 'outreach-wait') outreachSince.set(child, t);
            if (what === 'outreach-gave-up') {
              expect(t - outreachSince.get(child)!, `replication ${r}, child ${child} at t=${t}`).toBeCloseTo(outreachMax, 9);
              outreachChecked++;
            }
            const before = last.get(child);
            if (what === 'spillover' && where === 'Hub' && before?.what === 'placed-waitingHub') {
              expect(t - before.t, `replication ${r}, child ${child} at t=${t}`).toBeCloseTo(hubMax, 9);
              hubChecked++;
            }
            if (!what.startsWith('outreach')) last.set(child, { what, t });
          },
        });
      }
      // The check must have something to check: both kinds of wait ran out in these runs.
      expect(outreachChecked).toBeGreaterThan(0);
      expect(hubChecked).toBeGreaterThan(0);
    });
  }
});
