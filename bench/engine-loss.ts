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
