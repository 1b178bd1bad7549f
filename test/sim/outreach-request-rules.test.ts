import { describe, expect, it } from 'vitest';
import { runLogged, scenario, type LogLine, RISKY_CHILD_WITH_OUTREACH } from './helpers.js';

/**
 * Who gets an outreach slot, who waits and who goes without (docs/model.md
 * "Assessment and Resource Team"), and how long an episode runs. Three
 * children leave the Hub on days 10, 11 and 12 and each asks for outreach
 * (startOn: leaveHub); episodes last 100 days. Expected logs and counts are
 * worked by hand.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const threeLeavers = (outreach: Record<string, unknown>) => scenario({
  demand: [{ name: 'r', arrivalDays: [0, 1, 2], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
  services: {
    hub: { beds: 3, stayDays: fixed(10), outcomes: { home: 1 } },
    outreach: { episodeDays: fixed(100), startOn: ['leaveHub'], ...outreach },
  },
});
const outreachLines = (log: LogLine[]) => log.filter((l) => l.what.startsWith('outreach-')).map((l) => `${l.t} ${l.what} ${l.child} ${l.where}`);

describe('asking for outreach when every slot is taken', () => {
  it('with maxWaitDays 0 a child finding every slot taken goes without at once, and is counted and logged', () => {
    const { log, figure } = runLogged(threeLeavers({ slots: 1, maxWaitDays: 0 }));
    expect(outreachLines(log)).toEqual([
      '10 outreach-start 1 Outreach',
      '11 outreach-without 2 Outreach',
      '12 outreach-without 3 Outreach',
      '110 outreach-end 1 Outreach',
    ]);
    expect(figure('outreach.requests')).toBe(3);
    expect(figure('outreach.starts')).toBe(1);
    expect(figure('outreach.wentWithout')).toBe(2);
  });

  it('with no outreach slots at all a child goes without even when waits are unlimited (nobody would ever serve them)', () => {
    const { log, figure } = runLogged(threeLeavers({ slots: 0 }));
    expect(outreachLines(log)).toEqual(['10 outreach-without 1 Outreach', '11 outreach-without 2 Outreach', '12 outreach-without 3 Outreach']);
    expect(figure('outreach.wentWithout')).toBe(3);
    expect(figure('outreach.meanWaitingList')).toBe(0);
  });

  it('a full outreach waiting list (maxWaiting) turns the next child away; the one waiting is served when the slot frees', () => {
    const { log, figure } = runLogged(threeLeavers({ slots: 1, maxWaiting: 1 }));
    expect(outreachLines(log)).toEqual([
      '10 outreach-start 1 Outreach',
      '11 outreach-wait 2 Outreach',
      '12 outreach-without 3 Outreach',
      '110 outreach-end 1 Outreach',
      '110 outreach-start 2 Outreach',
      '210 outreach-end 2 Outreach',
    ]);
    expect(figure('outreach.wentWithout')).toBe(1);
    expect(figure('outreach.waited')).toBe(1);
    expect(figure('outreach.waitDays')).toBe(99);
  });

  it('a wait that reaches maxWaitDays gives up: logged as given up, counted as went without', () => {
    const { log, figure } = runLogged(threeLeavers({ slots: 1, maxWaitDays: 5 }));
    expect(outreachLines(log)).toEqual([
      '10 outreach-start 1 Outreach',
      '11 outreach-wait 2 Outreach',
      '12 outreach-wait 3 Outreach',
      '16 outreach-gave-up 2 Outreach',
      '17 outreach-gave-up 3 Outreach',
      '110 outreach-end 1 Outreach',
    ]);
    expect(figure('outreach.requests')).toBe(3);
    expect(figure('outreach.wentWithout')).toBe(2);
  });
});

describe('the length of an outreach episode', () => {
  it('an episode started again after a Hub stay runs its full length, whatever became of the episode the Hub ended', () => {
    // An at-risk child is supported from day 0 (episode to day 100); the situation breaks down at b
    // (365 a year: within days), the child enters the Hub (ending support at b), leaves on b + 10 and
    // is supported again: that episode ends on b + 110, not on day 100.
    const s = scenario(RISKY_CHILD_WITH_OUTREACH);
    const { log } = runLogged(s);
    const b = log.find((l) => l.what === 'breakdown')!.t;
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(80);
    const times = (what: string) => log.filter((l) => l.what === what).map((l) => l.t);
    expect(times('outreach-start')).toEqual([0, b + 10]);
    expect(times('outreach-end')).toEqual([b, b + 110]);
  });
});
