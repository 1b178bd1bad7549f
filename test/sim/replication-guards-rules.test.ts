import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scenario } from './helpers.js';
import { runReplication } from '../../src/sim/run-replication.js';
import { checkInvariants } from '../../src/sim/model/invariants.js';

/**
 * Two guards of a replication that no valid scenario trips in a correct model,
 * so they are watched here through the modules they call:
 * - `checkInvariants: true` (ReplicationOptions, for tests) checks the model's
 *   invariants after every event taken from the calendar; without it nothing
 *   is checked (it is slow). The checker is wrapped to count its calls.
 * - a figure that comes out NaN or infinite stops the run with a message
 *   naming the figure, rather than reaching a council's summary table. The
 *   catalogue is wrapped so that, for a scenario named "broken", one figure
 *   returns a value that is not finite.
 */
vi.mock('../../src/sim/model/invariants.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/sim/model/invariants.js')>();
  return { ...m, checkInvariants: vi.fn(m.checkInvariants) };
});
vi.mock('../../src/sim/model/figures.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/sim/model/figures.js')>();
  return {
    ...m,
    figureDefs: (s: Parameters<typeof m.figureDefs>[0], tl: Parameters<typeof m.figureDefs>[1]) => {
      const defs = m.figureDefs(s, tl);
      if (!s.name.startsWith('broken')) return defs;
      const bad = s.name === 'broken-nan' ? NaN : Infinity;
      return defs.map((d) => (d.id === 'hub.stays' ? { ...d, value: () => bad } : d));
    },
  };
});

const fixed = (value: number) => ({ dist: 'fixed', value });
// One child, assessed for 28 days from day 0: two events (arrival, end of stay).
const oneStay = (name = 'test') => scenario({ name, demand: [{ name: 'r', arrivalDays: [0], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }], services: { hub: { stayDays: fixed(28) } } });

describe('checking the invariants (ReplicationOptions.checkInvariants)', () => {
  const calls = vi.mocked(checkInvariants);
  beforeEach(() => {
    calls.mockClear();
  });

  it('is off by default: a replication run without the option checks nothing', () => {
    expect(runReplication(oneStay(), 1, 0).events).toBe(2);
    expect(runReplication(oneStay(), 1, 0, { checkInvariants: undefined }).events).toBe(2);
    expect(runReplication(oneStay(), 1, 0, { checkInvariants: false }).events).toBe(2);
    expect(calls).not.toHaveBeenCalled();
  });

  it('when asked, checks after each of the two events of a single Hub stay', () => {
    expect(runReplication(oneStay(), 1, 0, { checkInvariants: true }).events).toBe(2);
    expect(calls).toHaveBeenCalledTimes(2);
  });
});

describe('a figure that is not a finite number', () => {
  it('stops the replication, naming the figure and its value', () => {
    expect(() => runReplication(oneStay('broken-nan'), 1, 0)).toThrow(new Error('figure hub.stays is not a finite number (NaN)'));
    expect(() => runReplication(oneStay('broken-infinity'), 1, 0)).toThrow(new Error('figure hub.stays is not a finite number (Infinity)'));
  });

  it('the same scenario with every figure finite runs', () => {
    expect(runReplication(oneStay('fine'), 1, 0).values.every(Number.isFinite)).toBe(true);
  });
});
