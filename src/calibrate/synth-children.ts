/**
 * A synthetic SSDA903 history from a scenario's parameters: a simple
 * generator of its own (not the DES). Children enter residential care as a
 * Poisson process at the scenario's residential-route rates (direct and
 * assessment streams together; the return cannot show a Hub stay, so every
 * entry is placed by the direct streams' placement mix), with the streams'
 * growth backwards and forwards from the start date. Each placement ends at
 * the first of the setting's exponential exit clocks (breakdown, step-down,
 * return home, SGO) and the 18th birthday; a breakdown moves the child to
 * another residential placement, a step-down to foster care, whose own
 * breakdown brings them back to residential care.
 */
import { makeSampler } from '../sim/distributions/spec.js';
import { exponential } from '../sim/distributions/exponential.js';
import type { RandomSource } from '../sim/random.js';
import type { Scenario } from '../sim/scenario.js';
import { dayNumber } from '../sim/calendar-dates.js';
import { eighteenthBirthday } from './return-dates.js';

/** One synthetic episode (days since 1970-01-01). */
export interface SynthEpisode {
  decom: number;
  dec: number | null;
  rne: string;
  ls: string;
  place: string;
  provider: string;
  rec: string;
  reason: string;
  location: string;
}

/** One synthetic child: an ordinal, sex, day of birth, episodes in order. */
export interface SynthChild {
  ordinal: number;
  sex: '1' | '2';
  birthDay: number;
  cin: string;
  episodes: SynthEpisode[];
}

type Rates = { breakdownPerYear: number; stepDownPerYear: number; returnHomePerYear: number; sgoPerYear: number };
const pickOne = <T>(r: RandomSource, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Residential-route streams: their rate at the start, growth, and how new entrants are placed and aged. */
export function residentialRoutes(s: Scenario) {
  // Short breaks are respite episodes, not entries to care (seed 004 §17): not a residential route.
  const streams = s.demand.filter((d) => d.route !== 'outreach' && d.route !== 'shortBreak' && d.ratePerYear !== undefined);
  const rate = streams.reduce((a, d) => a + (d.ratePerYear ?? 0), 0);
  const growth = streams.reduce((a, d) => a + (d.ratePerYear ?? 0) * d.growthPerYear, 0) / rate;
  const direct = streams.filter((d) => d.placement);
  const w = direct.reduce((a, d) => a + (d.ratePerYear ?? 0), 0);
  const mix = { inHouseHome: 0, house: 0, externalResidential: 0 };
  for (const d of direct) for (const k of Object.keys(mix) as (keyof typeof mix)[]) mix[k] += ((d.ratePerYear ?? 0) * (d.placement?.[k] ?? 0)) / w;
  const norm = mix.inHouseHome + mix.house + mix.externalResidential;
  return { streams, rate, growth, mix: { inHouseHome: mix.inHouseHome / norm, house: mix.house / norm, externalResidential: mix.externalResidential / norm } };
}

/** A placement to begin: the day, the child, residential or family-based, and how the episode starts. */
interface Start { day: number; child: SynthChild; residential: boolean; rne: string; ls: string }

/**
 * Simulate children entering residential care from `fromDay` to `toDay`
 * (exclusive), placement starts in time order so that the council's own
 * beds (the scenario's homes and houses as one pool) fill up: a child meant
 * for a local place when every bed is taken is placed externally, as carecap
 * spills over.
 */
export function synthChildren(s: Scenario, r: RandomSource, fromDay: number, toDay: number): SynthChild[] {
  const routes = residentialRoutes(s);
  const entries = arrivals(s, routes, r, fromDay, toDay);
  const queue: Start[] = entries.map(({ child, day }) => ({ day, child, residential: true, rne: 'S', ls: r() < 0.5 ? 'V2' : 'C1' }));
  const beds = localBeds(s);
  let busy: number[] = [];
  queue.sort((a, b) => a.day - b.day);
  while (queue.length > 0) {
    const next = queue.shift()!;
    busy = busy.filter((end) => end > next.day);
    const follow = place(s, routes.mix, r, next, toDay, busy.length < beds(next.day), busy);
    if (follow) queue.splice(insertAt(queue, follow.day), 0, follow);
  }
  return entries.map((e) => e.child);
}

/** Children arriving as a thinned Poisson process at the residential routes' rate, growing from the start date. */
function arrivals(s: Scenario, routes: ReturnType<typeof residentialRoutes>, r: RandomSource, fromDay: number, toDay: number): { child: SynthChild; day: number }[] {
  const startDay = dayNumber(s.startDate);
  const rateOn = (day: number) => routes.rate * Math.pow(1 + routes.growth, (day - startDay) / 365.25);
  const peak = Math.max(rateOn(fromDay), rateOn(toDay));
  const ages = routes.streams.map((d) => makeSampler(d.ageYears));
  const children: { child: SynthChild; day: number }[] = [];
  for (let day = fromDay + exponential(r, 365.25 / peak); day < toDay; day += exponential(r, 365.25 / peak)) {
    if (r() >= rateOn(day) / peak) continue;
    const k = pickStream(r, routes.streams.map((d) => d.ratePerYear ?? 0));
    const entryDay = Math.floor(day);
    const birthDay = entryDay - Math.floor(ages[k](r) * 365.25);
    if (eighteenthBirthday(birthDay) <= entryDay + 1) continue;
    const cin = pickOne(r, ['N1', 'N1', 'N1', 'N2', 'N3', 'N4', 'N4', 'N5', 'N6', 'N8']);
    children.push({ day: entryDay, child: { ordinal: children.length + 1, sex: r() < 0.6 ? '1' : '2', birthDay, cin, episodes: [] } });
  }
  return children;
}

/** The scenario's homes and houses open on a day, as one pool of beds (homes for needs no stream has, like short breaks, left out). */
function localBeds(s: Scenario): (day: number) => number {
  const wanted = new Set(s.demand.flatMap((d) => Object.keys(d.needMix).filter((n) => d.needMix[n] > 0)));
  const open = (x: { opens?: string; closes?: string }, day: number) => (!x.opens || dayNumber(x.opens) <= day) && (!x.closes || dayNumber(x.closes) > day);
  // Short-breaks beds take respite episodes, not placements.
  const homes = s.services.homes.filter((h) => h.purpose !== 'shortBreaks' && (h.needs.length === 0 || h.needs.some((n) => wanted.has(n))));
  return (day) => homes.filter((h) => open(h, day)).reduce((a, h) => a + h.beds, 0) + s.services.houses.filter((h) => open(h, day)).reduce((a, h) => a + h.places, 0);
}

function insertAt(queue: Start[], day: number): number {
  let i = queue.length;
  while (i > 0 && queue[i - 1].day > day) i--;
  return i;
}

function pickStream(r: RandomSource, weights: number[]): number {
  let u = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((u -= weights[i]) < 0) return i;
  return weights.length - 1;
}

/**
 * One placement: where, how long, how it ends; its episodes are added to the
 * child. Returns the next placement to begin after a move, if any.
 */
function place(s: Scenario, mix: Record<string, number>, r: RandomSource, at: Start, toDay: number, bedFree: boolean, busy: number[]): Start | null {
  const c = at.child;
  const eighteen = eighteenthBirthday(c.birthDay);
  const p = at.residential ? residentialPlace(s, mix, r, (at.day - c.birthDay) / 365.25, bedFree) : fosterPlace(r);
  const local = at.residential && p.provider === 'PR1';
  const rates: Rates = local ? s.placements.localResidential : at.residential ? s.placements.external : { ...s.placements.family, stepDownPerYear: 0 };
  const clocks = (['breakdownPerYear', 'stepDownPerYear', 'returnHomePerYear', 'sgoPerYear'] as const).map((k) => (rates[k] > 0 ? exponential(r, 365.25 / rates[k]) : Infinity));
  const first = clocks.indexOf(Math.min(...clocks));
  const end = Math.min(at.day + Math.max(1, Math.round(clocks[first])), eighteen); // at least a day: two episodes never start the same day
  if (local) busy.push(end >= toDay ? Infinity : end);
  let [day, rne, ls] = [at.day, at.rne, at.ls];
  const ep = (dec: number | null, rec: string, reason: string): SynthEpisode => ({ decom: day, dec, rne, ls, place: p.place, provider: p.provider, rec, reason, location: p.location });
  if (end - day > 2 && ls !== 'C2' && r() < 0.3) {
    const change = day + 1 + Math.floor(r() * (end - day - 1));
    c.episodes.push(ep(change, 'X1', ''));
    [day, rne, ls] = [change, 'L', 'C2'];
  }
  const leave = (dec: number | null, rec: string) => {
    c.episodes.push(ep(dec, rec, ''));
    return null;
  };
  if (end >= toDay) return leave(null, '');
  if (end === eighteen) return leave(end, at.residential ? 'E5' : 'E17');
  if (first === 2) return leave(end, pickOne(r, ['E4A', 'E4A', 'E4A', 'E4B', 'E13']));
  if (first === 3) return leave(end, pickOne(r, ['E41', 'E45', 'E46', 'E47', 'E48']));
  const reason = first === 1 ? 'CARPL' : pickOne(r, ['CREQB', 'CREQB', 'CHILD', 'CREQO', 'ALLEG', 'LAREQ', 'CARPL']);
  c.episodes.push(ep(end, 'X1', reason));
  return { day: end, child: c, residential: first === 0, rne: 'P', ls };
}

function residentialPlace(s: Scenario, mix: Record<string, number>, r: RandomSource, ageYears: number, bedFree: boolean) {
  const u = r();
  const external = { place: r() < 0.06 ? 'K1' : 'K2', provider: r() < 0.8 ? 'PR4' : 'PR5', location: r() < s.placements.external.outOfCountyShare ? 'OUT' : 'IN' };
  if (u >= mix.inHouseHome + mix.house || !bedFree) return external;
  if (u < mix.inHouseHome) return { place: 'K2', provider: 'PR1', location: 'IN' };
  return { place: ageYears >= 16 ? 'K3' : 'K2', provider: 'PR1', location: 'IN' };
}

function fosterPlace(r: RandomSource) {
  return { place: pickOne(r, ['U4', 'U5', 'U6']), provider: r() < 0.5 ? 'PR1' : 'PR4', location: r() < 0.3 ? 'OUT' : 'IN' };
}
