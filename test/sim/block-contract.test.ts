import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

describe('block-purchased external places', () => {
  it('are matched like a home, paid at the contract price used or not, and booked as external, not in-house', () => {
    const s = scenario({
      demand: [{ name: 'direct', arrivalDays: [0, 1, 2], route: 'direct', ageYears: { dist: 'fixed', value: 12 }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: {
        homes: [
          { name: 'Own home', beds: 1, fixedWeeklyGbpPerBed: 5500 },
          { name: 'Block contract', beds: 1, fixedWeeklyGbpPerBed: 4800, provider: 'blockContract' },
        ],
      },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map((l) => `${l.t} ${l.what} ${l.child} ${l.where}`)).toEqual([
      '0 placed-home 1 Own home', '1 placed-home 2 Block contract', '2 spillover 3 inHouseHome', '2 turned-away 3 Own home', '2 turned-away 3 Block contract', '2 placed-external 3 out of county',
    ]);
    expect(figure('cost.externalBlock')).toBeCloseTo((365 * 4800) / 7, 6);
    expect(figure('cost.localFixed')).toBeCloseTo((3 * 365 * 5200 + 365 * 5500) / 7, 6);
    // The in-house homes' figure leaves the block contract out: one bed, full from day 0.
    expect(figure('homes.utilisation')).toBe(1);
  });
});
