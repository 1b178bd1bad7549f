import { z } from 'zod';
import { isCalendarDate } from './calendar-dates.js';

/**
 * Dated capacity steps for a service (issue 12; seed 001 §34 "expand this
 * model through recruiting additional staff … or investing in additional
 * properties"; seed 004 §17 homes opening in stages). Each step says how
 * many places the service has from a date on, while it is open; several
 * steps after an opening date make a ramp. A house step can also change its
 * registration (seed 001 §23: re-registration after the 6-12-month review).
 */
/** A date in a scenario file: `YYYY-MM-DD`, and a day in the calendar. The one rule for every date field. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'expected a real calendar date');

const step = z.strictObject({
  from: isoDate,
  /** Places (beds, slots) available from `from` until the next step. */
  places: z.number().int('expected an integer').nonnegative(),
  /** The fixed cost per place-week from `from` on, if it changes (absent: unchanged). */
  fixedWeeklyGbpPerPlace: z.number().nonnegative().optional(),
});

const houseStep = z
  .strictObject({
    from: isoDate,
    /** 1 = single occupancy, 2 = double occupancy (seed 001 §21). */
    places: z.number().int('expected an integer').nonnegative().optional(),
    registration: z.enum(['registered', 'unregulated16plus']).optional(),
    /** Re-registration changes the cost (seed 001 §25: £5,477 registered, £2,438 16+ a place-week). */
    fixedWeeklyGbpPerPlace: z.number().nonnegative().optional(),
  })
  .refine((s) => s.places !== undefined || s.registration !== undefined, 'a step changes places, registration or both');

/** Steps must be in date order, one per date, so that a reader sees the plan as it unfolds. */
function ordered<T extends { from: string }>(schema: z.ZodType<T>) {
  return z
    .array(schema)
    .default([])
    .refine((list) => list.every((s, i) => i === 0 || list[i - 1].from < s.from), 'steps must be in date order, one per date');
}

/** `capacitySteps` for the Hub, the outreach team and the homes. */
export const capacitySteps = ordered(step);
/** `capacitySteps` for a multi-functional house: places and/or registration. */
export const houseCapacitySteps = ordered(houseStep);

export type CapacityStep = z.output<typeof step>;
export type HouseCapacityStep = z.output<typeof houseStep>;

/**
 * Places sold to other councils (seed 001 §34: "or sell the provision to
 * other local authorities"): from `from` to `to` (absent: the horizon) the
 * buyer has `places` of the service's places, so there are that many fewer
 * for local children; the council still staffs them (fixed cost on every
 * place) and is paid `weeklyGbpPerPlace` for each (income, with the same
 * yearly price growth as costs).
 */
const sale = z
  .strictObject({
    buyer: z.string().min(1).max(80),
    places: z.number().int('expected an integer').positive(),
    from: isoDate,
    to: isoDate.optional(),
    weeklyGbpPerPlace: z.number().nonnegative(),
  })
  .refine((s) => s.to === undefined || s.from < s.to, { message: 'to must be after from', path: ['to'] });

export const soldPlaces = z.array(sale).default([]);
export type SoldPlaces = z.output<typeof sale>;
