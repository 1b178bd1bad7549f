import { z } from 'zod';

/**
 * Matching a commissioner recognises for a multi-functional house (issue 12;
 * seed 001 §21: "for some young people, it would not be appropriate to fill
 * both rooms"). Ages per house narrow what its registration allows (an
 * unregulated house never takes anyone under 16); the sharing rule says
 * when two young people may not share: too far apart in age, or a pair of
 * needs that must be kept apart (e.g. a young person at risk of exploitation
 * with one who goes missing).
 */
export const houseAges = {
  /** Youngest age taken (years); never below 16 in an unregulated house. */
  minAge: z.number().min(0).max(18).optional(),
  /** Ages taken are below this (years). */
  maxAge: z.number().min(0).max(18).optional(),
};

export const SharingRuleSchema = z.strictObject({
  /** Two young people may share only if their ages differ by at most this many years. */
  maxAgeGapYears: z.number().positive().optional(),
  /** Pairs of needs that may not share the house. */
  needsApart: z.array(z.tuple([z.string(), z.string()])).default([]),
});
export type SharingRule = z.output<typeof SharingRuleSchema>;
