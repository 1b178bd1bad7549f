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

/**
 * A house's ages under a registration: seed 001 §22, one house "regulated for
 * use by children under 16" (0-16), the others "only able to provide
 * placements for young people aged over 16" (16-18). Ages the house sets
 * itself replace these, except that an unregulated house never takes anyone
 * under 16.
 */
export function houseAgeRange(registration: string, own: { minAge?: number; maxAge?: number }): { minAge: number; maxAge: number } {
  const unregulated = registration === 'unregulated16plus';
  const [regMin, regMax] = unregulated ? [16, 18] : [0, 16];
  return { minAge: Math.max(own.minAge ?? regMin, unregulated ? 16 : 0), maxAge: own.maxAge ?? regMax };
}

/** Registrations (today's, and each dated step's) under which the house's ages leave no one it may take. */
export function houseAgeProblems(h: { registration: string; minAge?: number; maxAge?: number; capacitySteps: { registration?: string }[] }): { path: PropertyKey[]; message: string }[] {
  const empty = (registration: string) => {
    const { minAge, maxAge } = houseAgeRange(registration, h);
    return minAge >= maxAge ? `as ${registration} the house would take ages ${minAge}-${maxAge}, which is no one (registered: under 16 unless maxAge is set; unregulated: 16 or over)` : null;
  };
  const out: { path: PropertyKey[]; message: string }[] = [];
  const now = empty(h.registration);
  if (now) out.push({ path: ['maxAge'], message: now });
  h.capacitySteps.forEach((step, j) => {
    const m = step.registration ? empty(step.registration) : null;
    if (m) out.push({ path: ['capacitySteps', j, 'registration'], message: m });
  });
  return out;
}
