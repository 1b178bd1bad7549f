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
  /**
   * A need's own yearly breakdown rate in this setting (MODEL.md: a hazard "per need and setting"), replacing
   * breakdownPerYear × placements.breakdownFactorByNeed for that need here; needs not listed keep that product.
   */
  breakdownPerYearByNeed: z.record(z.string(), perYear).default({}),
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

/**
 * Added to the weekly cost of the first placement a child enters after a
 * placement in care broke down (not the Hub or a crisis wait, which are steps
 * on the way), whatever the route: through the Hub, after a wait, or turned
 * away. Stated in each kind of next placement's block (`placements.external`,
 * `.localResidential`, `.family`). MODEL.md "Breakdown": the cost follows the
 * child's history and never depends on whether a bed happened to be free, so
 * the shipped scenarios state seed 003's one breakdown figure, "Breakdown -
 * new placement" +£2,077.63 a week, in all three. Different amounts are
 * allowed for a council with its own evidence, but then which bed was free
 * changes what a breakdown costs (a departure from MODEL.md the report names).
 * If any of the three is above 0, all three must be stated
 * ({@link statedUplifts}): a missing one would be a silent 0 that lets a
 * free bed of that kind save the uplift.
 */
const breakdownUplift = gbp.optional();

const UPLIFT_BLOCKS = [
  ['external', 'an external placement (bought, in or out of county)'],
  ['localResidential', 'a local house or home (on top of its variable rate)'],
  ['family', 'family-based care (on top of its weekly cost)'],
] as const;

/** If the breakdown uplift is charged anywhere, each kind of next placement says what it carries there (0 allowed, if stated). */
function statedUplifts(p: { external: { breakdownUpliftWeeklyGbp?: number }; localResidential: { breakdownUpliftWeeklyGbp?: number }; family: { breakdownUpliftWeeklyGbp?: number } }, ctx: z.RefinementCtx): void {
  const charged = UPLIFT_BLOCKS.find(([b]) => (p[b].breakdownUpliftWeeklyGbp ?? 0) > 0);
  if (!charged) return;
  for (const [block, what] of UPLIFT_BLOCKS) {
    if (p[block].breakdownUpliftWeeklyGbp !== undefined) continue;
    const amount = p[charged[0]].breakdownUpliftWeeklyGbp!.toLocaleString('en-GB');
    ctx.addIssue({
      code: 'custom',
      path: [block, 'breakdownUpliftWeeklyGbp'],
      message: `state it: placements.${charged[0]}.breakdownUpliftWeeklyGbp is £${amount} a week, so say what the first placement after a breakdown costs more when it is ${what}. MODEL.md "Breakdown" has the same ${amount} (the cost follows the child's history, not which bed was free); a lower amount, or 0, lets a free place of this kind save the uplift`,
    });
  }
}

export const PlacementsSchema = z.strictObject({
  family: z.strictObject({ weeklyCostGbp: DistributionSchema, breakdownUpliftWeeklyGbp: breakdownUplift, ...exitRates }),
  localResidential: z.strictObject({ breakdownUpliftWeeklyGbp: breakdownUplift, ...exitRates }),
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
    /** See {@link breakdownUplift}: seed 003 "Breakdown - new placement": £2,077.63. */
    breakdownUpliftWeeklyGbp: breakdownUplift,
    /** Replaced by a `breakdownUpliftWeeklyGbp` in each of external, localResidential and family: refused with a message saying so (and `not: {}` in the JSON schema editors read). */
    breakdownUpliftOn: z.never({ error: 'was replaced (December 2026) by a breakdownUpliftWeeklyGbp in each of placements.external, placements.localResidential and placements.family: externalOnly is 0 in the last two; anyNextPlacement is the external amount in all three (docs/model.md, "Breakdown")' }).optional(),
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
}).superRefine(statedUplifts);
export type HubFullMix = z.output<typeof HubFullMixSchema>;
