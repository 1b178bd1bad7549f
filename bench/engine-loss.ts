import { EventCalendar, Rank } from '../src/sim/event-calendar.js';
import { purposeStream } from '../src/sim/random.js';
import { exponential } from '../src/sim/distributions/exponential.js';

/**
 * The engine alone on the loss-system case: carecap's calendar, ranks and
 * seeded streams driving an M/M/3/3 Hub (4.8 Erlangs, 28-day stays, 10
 * years) with no children, placements or monitors. Set beside `hub-loss`
 * (the same system through the whole care model) it shows what the engine
 * costs and what the model costs.
 */
type LossEvent = { kind: 'arrival' } | { kind: 'release' };

export function runEngineLoss(replications: number): { events: number; blocking: number } {
  const beds = 3;
  const stayDays = 28;
  const perDay = 4.8 / stayDays;
  const horizon = 10 * 365.25;
  let events = 0;
  let blocked = 0;
  let offered = 0;
  for (let r = 0; r < replications; r++) {
    const arrivals = purposeStream(1, r, 'arrivals/referrals');
    const stays = purposeStream(1, r, 'stays');
    const calendar = new EventCalendar<LossEvent>();
    let busy = 0;
    calendar.schedule(exponential(arrivals, 1 / perDay), Rank.admit, { kind: 'arrival' });
    while (calendar.size > 0 && calendar.peekTime() <= horizon) {
      const event = calendar.pop()!;
      const t = calendar.lastTime;
      events++;
      switch (event.kind) {
        case 'arrival':
          offered++;
          calendar.schedule(t + exponential(arrivals, 1 / perDay), Rank.admit, { kind: 'arrival' });
          if (busy < beds) {
            busy++;
            calendar.schedule(t + exponential(stays, stayDays), Rank.release, { kind: 'release' });
          } else blocked++;
          break;
        case 'release':
          busy--;
          break;
      }
    }
  }
  return { events, blocking: blocked / offered };
}

/**
 * The engine alone with a calendar as full as the default scenario's (about
 * 800 pending events, instrumented in bench/README.md "Third pass"): an
 * M/M/∞ system with `pending` stays in progress on average (28-day stays,
 * five years, starting full). Sifting a heap of 800 costs about ten levels a
 * pop against two for engine-loss's, so this is the floor under a model with
 * that many events in flight.
 */
export function runEngineHeap(pending: number, replications: number): { events: number } {
  const stayDays = 28;
  const perDay = pending / stayDays;
  const horizon = 5 * 365.25;
  let events = 0;
  for (let r = 0; r < replications; r++) {
    const arrivals = purposeStream(1, r, 'arrivals/referrals');
    const stays = purposeStream(1, r, 'stays');
    const calendar = new EventCalendar<LossEvent>();
    for (let i = 0; i < pending; i++) calendar.schedule(exponential(stays, stayDays), Rank.release, { kind: 'release' });
    calendar.schedule(exponential(arrivals, 1 / perDay), Rank.admit, { kind: 'arrival' });
    while (calendar.size > 0 && calendar.peekTime() <= horizon) {
      const event = calendar.pop()!;
      const t = calendar.lastTime;
      events++;
      if (event.kind === 'arrival') {
        calendar.schedule(t + exponential(arrivals, 1 / perDay), Rank.admit, { kind: 'arrival' });
        calendar.schedule(t + exponential(stays, stayDays), Rank.release, { kind: 'release' });
      }
    }
  }
  return { events };
}
