import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

/** Offering a freed Hub bed to the waiting list (src/sim/model/freed.ts), on a scripted scenario worked by hand. */
const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const fixed = (value: number) => ({ dist: 'fixed', value });

describe('a freed Hub bed and the waiting list', () => {
  it('a young person waiting for a Hub bed who turns 18 at the moment the bed frees is not admitted: they leave care at 18', () => {
    // One bed. Child 1 (10) takes it on day 0 for a 91.3125-day assessment; child 2 (17.75) waits in a crisis placement.
    // Child 2 is 18 on day 0.25 × 365.25 = 91.3125, the instant the bed frees: a Hub bed is for under-18s, so the
    // bed stays empty and child 2 leaves care that day.
    const s = scenario({
      demand: [
        { name: 'younger', arrivalDays: [0], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
        { name: 'older', arrivalDays: [0], route: 'assessment', ageYears: fixed(17.75), needMix: { ebd: 1 } },
      ],
      services: { hub: { beds: 1, maxWaitDays: 200, stayDays: fixed(91.3125) } },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map(line)).toEqual([
      '0 referral 1 Hub',
      '0 placed-hub 1 Hub',
      '0 referral 2 Hub',
      '0 placed-waitingHub 2 waitingHub',
      '91.3125 returned-home 1 left',
      '91.3125 turned-18 2 left',
    ]);
    expect(figure('hub.admissions')).toBe(1);
    expect(figure('children.turned18')).toBe(1);
  });
});
