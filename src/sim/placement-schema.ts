import { z } from 'zod';
import { DistributionSchema } from './distributions/spec.js';

/**
 * The `placements` part of the scenario: where children go, what it costs,
 * and every "without the service" outcome, each an explicit input (issue 11:
 * nothing that decides whether a service pays for itself is a silent default).
 */
const share = z.number().min(0).max(1);
const perYear = z.number().nonnegative();
const gbp = z.number().nonnegative();
const sumsToOne = (m: Record<string, number>) => Math.abs(Object.values(m).reduce((a, b) => a + b, 0) - 1) < 1e-6;

const exitRates = {
  breakdownPerYear: perYear.default(0),
  stepDownPerYear: perYear.default(0),
  returnHomePerYear: perYear.default(0),
  sgoPerYear: perYear.default(0),
};

/**
 * Where a referral goes when every Hub bed is taken (the Hub's counterfactual):
 * straight to a free local place in the matching order (else external), to
 * family-based care, to a crisis placement to wait for a bed (up to
 * services.hub.maxWaitDays, then external), or to an external placement.
 */
export const HubFullMixSchema = z
  .strictObject({
    localPlace: share.default(0),
    family: share.default(0),
    crisisWait: share.default(0),
    externalResidential: share.default(0),
  })
  .refine(sumsToOne, 'shares must add up to 1');

/** A child who returns home may come back into care: a re-entry hazard over a risk window (outreach's "return home" purpose). */
const returnHome = z.strictObject({
  reentryPerYear: perYear,
  riskDays: DistributionSchema,
});

export const PlacementsSchema = z.strictObject({
  family: z.strictObject({ weeklyCostGbp: DistributionSchema, ...exitRates }),
  localResidential: z.strictObject({ ...exitRates }),
  external: z.strictObject({
    outOfCountyShare: share,
    inCountyWeeklyCostGbp: DistributionSchema,
    outOfCountyWeeklyCostGbp: DistributionSchema,
    /**
     * External placement type by age: a young person of 16 or 17 placed
     * externally goes to supported (semi-independent) accommodation with
     * probability `share`, at its own price. Absent: every external
     * placement is residential.
     */
    supportedAccommodation16plus: z.strictObject({ share, weeklyCostGbp: DistributionSchema }).optional(),
    /** Multiplies the drawn external price for children of a need (prices differ by need; absent: 1). */
    priceFactorByNeed: z.record(z.string(), z.number().positive()).default({}),
    /**
     * Added to the weekly cost of the first placement a child enters after a
     * breakdown of a placement in care, whatever the route (through the Hub,
     * after a wait, or turned away): seed 003 "Breakdown - new placement": £2,077.63.
     */
    breakdownUpliftWeeklyGbp: gbp.default(0),
    /**
     * Which next placement carries the uplift. `anyNextPlacement` (MODEL.md,
     * Breakdown: the cost "follows the child's history, whatever route the
     * child then takes; it never depends on whether a bed happened to be
     * free"): a local house or home (on top of its variable rate) and
     * family-based care as well as an external placement. `externalOnly`:
     * an external one alone, as carecap charged it before 1 December 2026,
     * which let a free local bed save the uplift too and so raised the value
     * of local places (a sixth house's saving went from £0.03m to £0.32m).
     */
    breakdownUpliftOn: z.enum(['anyNextPlacement', 'externalOnly']).default('anyNextPlacement'),
    ...exitRates,
  }),
  crisis: z.strictObject({ weeklyCostGbp: DistributionSchema }),
  /** Absent: the Hub's full policy alone decides (maxWaitDays > 0: every referral waits; 0: every referral goes external). */
  whenHubFull: HubFullMixSchema.optional(),
  /** Absent: a child who returns home never comes back into care in the run. */
  returnHome: returnHome.optional(),
  /**
   * Multiplies the breakdown hazard of the first placement after a Hub
   * assessment (seed 001 §26 "getting it right first time ... better
   * placement stability"; the seed gives no size). Absent: 1, no effect.
   */
  afterAssessmentBreakdownFactor: z.number().nonnegative().default(1),
  /** Multiplies every placement's breakdown hazard for children of a need (MODEL.md: hazard "per need and setting"). */
  breakdownFactorByNeed: z.record(z.string(), z.number().nonnegative()).default({}),
});
export type HubFullMix = z.output<typeof HubFullMixSchema>;
