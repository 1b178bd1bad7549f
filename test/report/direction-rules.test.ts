import { describe, expect, it } from 'vitest';
import { betterWhen } from '../../src/report/direction.js';

/** Which way is better, by figure id (src/report/direction.ts). */
describe('the better direction of the figures added on 1 December 2026', () => {
  it('fewer children going without support is better, for the team and for each kind of request', () => {
    expect(betterWhen('outreach.wentWithout')).toBe('lower');
    expect(betterWhen('outreach.byRequest.atRisk.shareWentWithout')).toBe('lower');
    expect(betterWhen('outreach.byRequest.leaveHub.wentWithout')).toBe('lower');
  });

  it("the Hub's turn-aways are better lower; a house's or home's have no direction (a closed place turns no one away)", () => {
    expect(betterWhen('hub.turnedAway')).toBe('lower');
    expect(betterWhen('home.2.turnedAway')).toBeUndefined();
    expect(betterWhen('house.0.turnedAway')).toBeUndefined();
  });

  it('the breakdown uplift and the total without it are costs: lower is better', () => {
    expect(betterWhen('cost.breakdownUplift')).toBe('lower');
    expect(betterWhen('cost.totalWithoutBreakdownUplift')).toBe('lower');
  });
});
