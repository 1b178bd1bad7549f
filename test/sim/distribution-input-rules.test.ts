import { describe, expect, it } from 'vitest';
import { DistributionSchema } from '../../src/sim/distributions/index.js';
import { formatPath } from '../../src/sim/scenario.js';
import { scenario } from './helpers.js';

/**
 * What a user sees when a distribution in a scenario file is wrong: `path: message` lines
 * (paths as `validateScenario` prints them), empty when the distribution is accepted.
 */
const problems = (raw: unknown) => {
  const r = DistributionSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
};
const TRIANGLE_RULE = 'mode: needs min <= mode <= max and min < max';

describe('uniform distribution: its range must not be empty', () => {
  it('a uniform with max equal to min is refused at max', () => {
    expect(problems({ dist: 'uniform', min: 5, max: 5 })).toEqual(['max: max must be greater than min']);
    expect(problems({ dist: 'uniform', min: 5, max: 5.5 })).toEqual([]);
  });
});

describe('triangular distribution: min <= mode <= max with a range that is not empty', () => {
  it('a mode at either end of the range is accepted (a right-angled triangle)', () => {
    expect(problems({ dist: 'triangular', min: 7, mode: 7, max: 90 })).toEqual([]);
    expect(problems({ dist: 'triangular', min: 7, mode: 90, max: 90 })).toEqual([]);
    expect(problems({ dist: 'triangular', min: 7, mode: 28, max: 90 })).toEqual([]);
  });

  it('a mode below min or above max is refused at mode', () => {
    expect(problems({ dist: 'triangular', min: 10, mode: 5, max: 20 })).toEqual([TRIANGLE_RULE]);
    expect(problems({ dist: 'triangular', min: 10, mode: 25, max: 20 })).toEqual([TRIANGLE_RULE]);
  });

  it('min = mode = max (no range at all) is refused at mode', () => {
    expect(problems({ dist: 'triangular', min: 10, mode: 10, max: 10 })).toEqual([TRIANGLE_RULE]);
  });

  it('a Hub stay with its mode above its max is refused with the field named in the scenario', () => {
    expect(() => scenario({ services: { hub: { stayDays: { dist: 'triangular', min: 14, mode: 70, max: 56 } } } })).toThrow(
      `services.hub.stayDays.${TRIANGLE_RULE}`,
    );
  });
});

describe('empirical distribution: contiguous bins, each with a range, shares adding up to 1', () => {
  it('a bin whose to equals its from is refused at that bin\'s to', () => {
    expect(problems({ dist: 'empirical', bins: [{ from: 0, to: 0, share: 1 }] })).toEqual(['bins[0].to: to must be greater than from']);
  });

  it('a bin whose to is below its from is refused at that bin\'s to, naming the bin', () => {
    expect(
      problems({ dist: 'empirical', bins: [{ from: 0, to: 10, share: 0.5 }, { from: 10, to: 5, share: 0.5 }] }),
    ).toEqual(['bins[1].to: to must be greater than from']);
  });

  it('shares that do not add up to 1 are refused at bins, with their total', () => {
    expect(problems({ dist: 'empirical', bins: [{ from: 0, to: 5, share: 0.5 }] })).toEqual([
      'bins: bin shares must add up to 1 (they add up to 0.5)',
    ]);
    // within 1e-6 of 1 is accepted: shares rounded to 7 decimal places
    const third = { share: 0.3333333 };
    expect(problems({ dist: 'empirical', bins: [{ from: 0, to: 1, ...third }, { from: 1, to: 2, ...third }, { from: 2, to: 3, ...third }] })).toEqual([]);
  });

  it('a gap between bins is refused at the later bin\'s from', () => {
    expect(
      problems({ dist: 'empirical', bins: [{ from: 0, to: 5, share: 0.5 }, { from: 6, to: 9, share: 0.5 }] }),
    ).toEqual(['bins[1].from: bins must be contiguous (from = previous to)']);
  });

  it('a Hub stay histogram with an empty bin is refused with the field named in the scenario', () => {
    const stays = { dist: 'empirical', bins: [{ from: 10, to: 14, share: 0.5 }, { from: 14, to: 14, share: 0.5 }] };
    expect(() => scenario({ services: { hub: { stayDays: stays } } })).toThrow('services.hub.stayDays.bins[1].to: to must be greater than from');
  });
});
