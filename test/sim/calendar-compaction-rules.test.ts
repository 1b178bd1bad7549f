import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scenario } from './helpers.js';
import { runReplication } from '../../src/sim/run-replication.js';

/**
 * Memory of a long run (run-replication.ts, "Cancelled events"): an event
 * cancelled by a child's release (an 18th birthday scheduled at arrival for a
 * young person who has since gone home) waits in the calendar until its
 * time. Once the calendar holds more than 1,024 events and has doubled since
 * it was last compacted, the cancelled ones are dropped, so the calendar
 * follows the children present, not every child who passed through; and the
 * cost of a compaction (linear in the calendar) is paid once per doubling,
 * not after every event. The calendar class is wrapped to record its largest
 * size and each compaction (the size before and after).
 */
const seen = vi.hoisted(() => ({ maxSize: 0, compactions: [] as { before: number; after: number }[] }));
vi.mock('../../src/sim/event-calendar.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/sim/event-calendar.js')>();
  class Watched<E> extends m.EventCalendar<E> {
    override schedule(t: number, rank: number, event: E): void {
      super.schedule(t, rank, event);
      if (this.size > seen.maxSize) seen.maxSize = this.size;
    }
    override retain(keep: (event: E) => boolean): void {
      const before = this.size;
      super.retain(keep);
      seen.compactions.push({ before, after: this.size });
    }
  }
  return { ...m, EventCalendar: Watched };
});

const fixed = (value: number) => ({ dist: 'fixed', value });
// 5,000 young people a year aged 17.5, each assessed for 1 day and going home: each leaves behind a
// cancelled 18th birthday 182.6 days after arrival. Those arriving in the first 182.4 days have their
// birthday within the year: about 2,500 cancelled events, at about 13.7 a day.
const shortStays = { name: 'short', ratePerYear: 5000, route: 'assessment', ageYears: fixed(17.5), needMix: { ebd: 1 } };

beforeEach(() => {
  seen.maxSize = 0;
  seen.compactions = [];
});

describe('dropping cancelled events from the calendar', () => {
  it('with few children present, the calendar never holds much more than 1,024 events', () => {
    const s = scenario({ demand: [shortStays], services: { hub: { beds: 200, stayDays: fixed(1) } } });
    const events = runReplication(s, 1, 0).events;
    // About 5,000 arrivals and 5,000 ends of stay handled; the birthdays are all cancelled.
    expect(events).toBeGreaterThan(9000);
    expect(events).toBeLessThan(11000);
    // A compaction follows the event after which the calendar holds more than 1,024; one event adds at
    // most 3 (the next arrival, the end of stay, the birthday).
    expect(seen.maxSize).toBeGreaterThan(1024);
    expect(seen.maxSize).toBeLessThanOrEqual(1024 + 3);
    // Each compaction leaves only what is live: about 14 children in the Hub, their ends of stay and
    // birthdays, and the next arrival; so about 1,000 cancelled birthdays come between compactions,
    // and the 2,500 of the year make 2 of them.
    expect(seen.compactions.length).toBeGreaterThanOrEqual(1);
    expect(seen.compactions.length).toBeLessThanOrEqual(3);
    for (const c of seen.compactions) {
      expect(c.before).toBeGreaterThan(1024);
      expect(c.after).toBeLessThan(100);
    }
  });

  it('with many children present, the next compaction waits until the calendar has doubled', () => {
    // As above, plus 800 children arriving over the first 8 days for 1,000-day stays: 800 live ends of stay
    // (their need has its own stay; beyond the period, but in the calendar). A compaction leaves about 820 events, so the next comes at
    // about 1,640, after some 820 more cancelled birthdays: 3 compactions over the half year in which
    // birthdays are cancelled, where compacting whenever the calendar passes 1,024 would take about 12.
    const s = scenario({
      demand: [shortStays, { name: 'long', arrivalDays: Array.from({ length: 800 }, (_, i) => i / 100), route: 'assessment', ageYears: fixed(10), needMix: { complex: 1 } }],
      services: { hub: { beds: 1200, stayDays: fixed(1), stayDaysByNeed: { complex: fixed(1000) } } },
    });
    runReplication(s, 1, 0);
    expect(seen.compactions.length).toBeGreaterThanOrEqual(2);
    expect(seen.compactions.length).toBeLessThanOrEqual(4);
    for (const [k, c] of seen.compactions.entries()) {
      expect(c.after).toBeGreaterThan(800);
      if (k > 0) expect(c.before).toBeGreaterThan(2 * seen.compactions[k - 1].after);
    }
  });
});
