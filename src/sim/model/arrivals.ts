import { Rank } from '../event-calendar.js';
import { exponential } from '../distributions/exponential.js';
import type { Child } from './child.js';
import { acquireChild, fillChild } from './child-pool.js';
import type { DemandRuntime, ModelState } from './state.js';
import { seekHub } from './hub.js';
import { drawOutcome, goTo } from './placements.js';
import { requestOutreach } from './outreach.js';
import { startRisk } from './risk.js';
import { startShortBreak } from './short-breaks.js';
import { settlePurpose } from './purpose-stays.js';

/** Ages at or above 18 are capped just below it: a child in care is under 18 (MODEL.md "Children"). */
const MAX_ARRIVAL_AGE = 17.99;

/** Schedule the first arrival of every demand stream. */
export function scheduleFirstArrivals(st: ModelState): void {
  st.demand.forEach((_, i) => scheduleNextArrival(st, i, 0));
}

/**
 * Next arrival of stream i after time t. A constant rate gives exponential
 * gaps; a growing rate r(t) = r0 (1+g)^(t/365.25) is sampled exactly by
 * inverting its cumulative intensity, one unit exponential per arrival.
 */
function scheduleNextArrival(st: ModelState, i: number, t: number): void {
  const d = st.s.demand[i];
  const rt = st.demand[i];
  let next: number;
  if (d.arrivalDays) {
    if (rt.scriptIndex >= d.arrivalDays.length) return;
    next = st.tl.originT + d.arrivalDays[rt.scriptIndex++];
  } else if (d.ratePeriods.length > 0) {
    next = nextByThinning(st, i, t);
  } else {
    const perDay = d.ratePerYear! / 365.25;
    if (perDay === 0) return; // a stream with no demand: no draw (docs/model.md)
    const e = exponential(rt.arrivals, 1);
    const g = d.growthPerYear;
    const tau = t - st.tl.originT;
    // The rate is flat before the start date: a gap that ends there is e / r.
    if (g === 0 || (tau < 0 && e <= -tau * perDay)) next = t + e / perDay;
    else {
      // Growth counts from the start date: Λ(τ) = r/k (e^{kτ} − 1), so e^{kτ'} = e^{kτ} + e·k/r. A gap
      // drawn in the warm-up spends −τ·r of its e before the start date and the rest from τ = 0.
      const k = Math.log(1 + g) / 365.25;
      const from = tau < 0 ? 0 : tau;
      const rest = tau < 0 ? e + tau * perDay : e;
      next = st.tl.originT + Math.log(Math.exp(k * from) + (rest * k) / perDay) / k;
    }
  }
  if (next <= st.tl.horizonT) st.calendar.schedule(next, Rank.admit, { kind: 'arrival', stream: i });
}

/**
 * Piecewise rates (with growth on top) by thinning (Lewis & Shedler 1979):
 * candidates at the stream's highest rate, each kept with probability
 * rate(t) / highest. Two draws per candidate, from the stream's own source.
 */
function nextByThinning(st: ModelState, i: number, t: number): number {
  const d = st.s.demand[i];
  const rt = st.demand[i];
  const rateAt = (x: number) => {
    let r = d.ratePerYear!;
    for (const p of d.ratePeriods) if (x >= st.tl.timeOf(p.from)) r = p.ratePerYear;
    return r * Math.pow(1 + d.growthPerYear, Math.max(0, x - st.tl.originT) / 365.25);
  };
  const top = Math.max(d.ratePerYear!, ...d.ratePeriods.map((p) => p.ratePerYear)) * Math.pow(1 + Math.max(0, d.growthPerYear), (st.tl.horizonT - st.tl.originT) / 365.25);
  if (top <= 0) return Infinity;
  for (let x = t; ; ) {
    x += (exponential(rt.arrivals, 1) * 365.25) / top;
    if (x > st.tl.horizonT) return x;
    if (rt.arrivals() * top < rateAt(x)) return x;
  }
}

/** A referral arrives: make the child, schedule their 18th birthday, and send them down their route. */
export function arrive(st: ModelState, stream: number): void {
  scheduleNextArrival(st, stream, st.now);
  const child = makeChild(st, st.demand[stream], st.s.demand[stream].singleOccupancyShare);
  const d = st.s.demand[stream];
  child.purpose = d.route === 'shortBreak' ? 'shortBreaks' : (d.purpose ?? null);
  st.trace?.(st.now, 'arrived', child.id, `${d.name} age=${child.arrivalAge}`);
  switch (d.route) {
    case 'assessment':
      seekHub(st, child);
      return settlePurpose(child);
    case 'direct':
      goTo(st, child, drawOutcome(d.placement!, child.rng.assessment()));
      return settlePurpose(child);
    case 'shortBreak':
      return startShortBreak(st, child);
    case 'outreach':
      return startAtRisk(st, child, d.riskBreakdownPerYear!, st.demand[stream].riskDays!(child.rng.assessment));
  }
}

/** An at-risk referral: the risk window starts, and outreach is asked for if the scenario says so. */
function startAtRisk(st: ModelState, child: Child, breakdownPerYear: number, days: number): void {
  startRisk(st, child, breakdownPerYear, days);
  if (st.s.services.outreach.startOn.includes('atRisk')) requestOutreach(st, child, 'atRisk');
}

/** Create a child, drawing age, need and single occupancy from the child's own traits stream. */
export function makeChild(st: ModelState, rt: DemandRuntime, singleShare: number): Child {
  const child = acquireChild(rt.keys, rt.nextOrdinal++);
  const traits = child.rng.traits;
  const age = Math.min(MAX_ARRIVAL_AGE, rt.age(traits));
  // A draw is skipped where the scenario leaves no choice (one need, no single occupancy):
  // the draw count then depends on the scenario's parameters only, never on capacity.
  let need = 0;
  if (rt.needCumulative.length > 1) {
    const u = traits();
    while (need < rt.needCumulative.length - 1 && u >= rt.needCumulative[need]) need++;
  }
  const single = singleShare > 0 && traits() < singleShare;
  return registerChild(st, child, age, need, single);
}

/** Add a child (a record from child-pool.ts `acquireChild`) to the run and schedule their 18th birthday. */
export function registerChild(st: ModelState, child: Child, age: number, need: number, single: boolean): Child {
  fillChild(child, st.nextChildId++, st.now, age, need, single);
  st.children.add(child);
  if (child.t18 <= st.tl.horizonT) st.calendar.schedule(child.t18, Rank.release, { kind: 'turn18', child, life: child.life });
  return child;
}
