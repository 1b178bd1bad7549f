import type { ModelState } from './state.js';

/**
 * Income from places sold to other councils (seed 001 §34), booked once per
 * replication as a negative cost: it does not depend on what happens, only
 * on the contract (places × weekly price from `from` to `to`, while the
 * place is open). The places themselves are taken out of local capacity by
 * the capacity schedule (capacity-schedule.ts).
 */
export function bookSoldPlacesIncome(st: ModelState): void {
  const { hub, houses, homes } = st.s.services;
  // By kind and index, never by name: a home may be called "Hub" (buildPlaces: the Hub, houses, homes in order).
  const services = [{ kind: 'hub', i: 0, soldPlaces: hub.soldPlaces }, ...houses.map((h, i) => ({ kind: 'house', i, soldPlaces: h.soldPlaces })), ...homes.map((h, i) => ({ kind: 'home', i, soldPlaces: h.soldPlaces }))];
  for (const service of services) {
    const place = st.places.filter((p) => p.kind === service.kind)[service.i];
    for (const sale of service.soldPlaces) {
      const from = Math.max(st.tl.timeOf(sale.from), place.opensT);
      const to = Math.min(sale.to ? st.tl.timeOf(sale.to) : st.tl.horizonT, place.closesT, st.tl.horizonT);
      st.ledger.accrue('soldPlacesIncome', from, to, -(sale.places * sale.weeklyGbpPerPlace) / 7);
    }
  }
}
