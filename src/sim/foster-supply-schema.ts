import { z } from 'zod';
import { capacitySteps, isoDate } from './dated-capacity-schema.js';

/**
 * Family-based care with limited supply (issue 12; seed 002: "8 children in
 * the current residential caseload are looking to step down, 6 requiring a
 * specialist level 6 carer and 2 able to step down into mainstream carers";
 * risk: "Market capacity for mainstream and specialist carers"). Absent from
 * a scenario, family-based care never runs out (every family placement is
 * made at once, at a price drawn from placements.family.weeklyCostGbp).
 */

const pool = z.strictObject({
  name: z.string().min(1).max(80),
  /** mainstream carers take children who do not need a specialist; specialist (level 6) carers those who do. */
  kind: z.enum(['mainstream', 'specialist']),
  provider: z.enum(['inHouse', 'agency']),
  /** Carers free for this cohort at the start (one child each). */
  carers: z.number().int('expected an integer').nonnegative(),
  weeklyGbp: z.number().nonnegative(),
  /** Carers from dated steps on (a recruitment drive, an agency contract ending). */
  capacitySteps,
});

export const FosterCarersSchema = z
  .strictObject({
    /** Share of children stepping down or placed in family care who need a specialist carer (seed 002: 6 of 8). */
    specialistShare: z.number().min(0).max(1),
    /** Carer pools in order of preference (a child takes the first free carer of their kind). */
    pools: z.array(pool).min(1),
    /**
     * A family placement other than a step-down that finds no carer: `residential` (sought as an
     * in-house home, else a spill-over) or `spotPurchase` (an agency carer found off-contract at `spotWeeklyGbp`).
     */
    whenNoCarer: z.enum(['residential', 'spotPurchase']),
    spotWeeklyGbp: z.number().nonnegative().optional(),
    /** Active step-down searches (seed 002: "a target of 10 CYP each year"): from each date, this many a year, evenly spaced. */
    stepDownSearches: z.array(z.strictObject({ from: isoDate, perYear: z.number().nonnegative() })).default([]),
  })
  .refine((f) => f.whenNoCarer !== 'spotPurchase' || f.spotWeeklyGbp !== undefined, { message: 'required when whenNoCarer is spotPurchase', path: ['spotWeeklyGbp'] })
  .refine((f) => f.stepDownSearches.every((s, i) => i === 0 || f.stepDownSearches[i - 1].from < s.from), { message: 'searches must be in date order', path: ['stepDownSearches'] });

export type FosterCarers = z.output<typeof FosterCarersSchema>;
