import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

const referrals = (days: number[], extra: Record<string, unknown> = {}) => ({
  demand: [{ name: 'referrals', arrivalDays: days, route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 }, ...extra }],
});
const line = (t: number, what: string, child: number, where: string) => ({ t, what, child, where });

describe('exact event logs of tiny scripted scenarios', () => {
  it('three beds, four referrals on days 0-3, 28-day stays: the fourth spills over; day 28 gets the bed freed on day 28', () => {
    const { log, figure } = runLogged(scenario(referrals([0, 1, 2, 3, 28])));
    expect(log.filter((l) => l.what !== 'arrived')).toEqual([
      line(0, 'referral', 1, 'Hub'),
      line(0, 'placed-hub', 1, 'Hub'),
      line(1, 'referral', 2, 'Hub'),
      line(1, 'placed-hub', 2, 'Hub'),
      line(2, 'referral', 3, 'Hub'),
      line(2, 'placed-hub', 3, 'Hub'),
      line(3, 'referral', 4, 'Hub'),
      line(3, 'spillover', 4, 'Hub'),
      line(3, 'placed-external', 4, 'out of county'),
      line(28, 'returned-home', 1, 'left'),
      line(28, 'referral', 5, 'Hub'),
      line(28, 'placed-hub', 5, 'Hub'),
      line(29, 'returned-home', 2, 'left'),
      line(30, 'returned-home', 3, 'left'),
      line(56, 'returned-home', 5, 'left'),
    ]);
    expect(figure('hub.turnedAway')).toBe(1);
    expect(figure('spillover.count')).toBe(1);
    expect(figure('hub.admissions')).toBe(4);
  });

  it('releases before admitting even when the referral was scheduled before the release', () => {
    // With one bed, the day-28 referral is put on the calendar at day 0, before the
    // first child's stay end: only the rank puts the release first.
    const { log } = runLogged(scenario({ ...referrals([0, 28]), services: { hub: { beds: 1 } } }));
    expect(log.filter((l) => l.t === 28 && l.what !== 'arrived').map((l) => `${l.what} ${l.child}`)).toEqual(['returned-home 1', 'referral 2', 'placed-hub 2']);
  });

  it('waits for a bed in a crisis placement when the Hub allows waiting, and spills over when the wait runs out', () => {
    const s = scenario({ ...referrals([0, 1, 2]), services: { hub: { beds: 1, maxWaitDays: 30 } } });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map((l) => `${l.t} ${l.what} ${l.child}`)).toEqual([
      '0 referral 1', '0 placed-hub 1',
      '1 referral 2', '1 placed-waitingHub 2',
      '2 referral 3', '2 placed-waitingHub 3',
      '28 returned-home 1', '28 placed-hub 2',
      '32 spillover 3', '32 placed-external 3',
      '56 returned-home 2',
    ]);
    expect(figure('spillover.count')).toBe(1);
    // Child 2 waited 27 days and child 3 30 days in a crisis placement at £6,250 a week.
    expect(figure('cost.external')).toBeCloseTo(((27 + 30) * 6250) / 7 + ((365 - 32) * 6000) / 7, 6);
  });
});
