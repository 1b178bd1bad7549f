import { z } from 'zod';
import { DistributionSchema } from './distributions/spec.js';
import { ReportingSchema } from './reporting-schema.js';
import { capacitySteps, houseCapacitySteps, isoDate, soldPlaces } from './dated-capacity-schema.js';
import { PurposeSchema } from './purpose-schema.js';
import { FosterCarersSchema } from './foster-supply-schema.js';
import { houseAges, SharingRuleSchema } from './house-matching-schema.js';
import { PlacementsSchema } from './placement-schema.js';

/**
 * The scenario file's schema. Strict objects: an unknown key is an error, so
 * a typo (`bed: 4`) is reported instead of silently ignored. Units are in the
 * field names; sources of default figures are in scenarios/*.yaml comments
 * and docs/calibration.md, not here.
 */
const share = z.number().min(0).max(1);
const perYear = z.number().nonnegative();
const gbp = z.number().nonnegative();
const count = z.number().int('expected an integer').nonnegative();
// No space at either end: a caseload cell is trimmed before it is matched, so "Oak " could never be named (hostile review 3).
const name = z.string().min(1).max(80).refine((x) => x.trim() === x, 'must not begin or end with a space (or another blank character)');
/**
 * The name of a list element (a demand stream, house, home or other cost): `--set` and batch files pick an element
 * by index or by name, and take a part of digits alone as an index, so a home called "0" could never be named and
 * `services.homes.0` set the first home instead, without a word (hostile review 7).
 */
const elementName = name.refine((x) => !/^\d+$/.test(x), 'must not be digits alone: --set reads such a part of a path as a list index (services.homes.0 is the first home)');
/**
 * A need's name keys the maps by need (needMix, stayDaysByNeed, breakdownFactorByNeed, …), which are plain
 * objects: a need called "constructor" or "valueOf" read the object's own machinery there, so a scenario passed
 * its checks and every replication then failed ("… is not a function"), and "__proto__" was dropped from the
 * maps unread (hostile review 7). Such names are refused here, once for every map.
 */
const needName = name.refine((x) => !(x in Object.prototype), { error: (issue) => `"${String(issue.input)}" cannot name a need: JavaScript objects already use that name (choose another, e.g. "${String(issue.input)}-need")` });
/** Needs a scenario may list (the seeds use a handful); a house's need pairs are keyed a × MAX_NEEDS + b (place-specs.ts). */
export const MAX_NEEDS = 1000;

/** When a place exists: open from `opens` (default: always) until `closes` (default: never). */
const lifetime = { opens: isoDate.optional(), closes: isoDate.optional() };

/** Shares of destinations after assessment or at a direct placement. */
export const OutcomeMixSchema = z
  .strictObject({
    home: share.default(0),
    family: share.default(0),
    inHouseHome: share.default(0),
    house: share.default(0),
    externalResidential: share.default(0),
  })
  .refine((m) => Math.abs(Object.values(m).reduce((a, b) => a + b, 0) - 1) < 1e-6, 'shares must add up to 1');

export const DemandSchema = z.strictObject({
  name: elementName,
  /** Poisson arrivals per year at the start date. */
  ratePerYear: z.number().nonnegative().optional(),
  /** Piecewise rates: from each date on, this rate per year replaces ratePerYear (growth still applies). */
  ratePeriods: z.array(z.strictObject({ from: isoDate, ratePerYear: z.number().nonnegative() })).default([]),
  /** Scripted arrivals instead of a rate: days from the start date (a known list of referrals). */
  arrivalDays: z.array(z.number().nonnegative()).optional(),
  /** Compound growth of the rate per year, e.g. 0.03 for 3% a year. */
  growthPerYear: z.number().min(-0.5).max(1).default(0),
  /** shortBreak: respite episodes in a short-breaks home for children living at home or in foster care (not placements). */
  route: z.enum(['assessment', 'direct', 'outreach', 'shortBreak']),
  /** The purpose of the local place this stream's children are placed in (absent: longTerm); see purpose-schema.ts. */
  purpose: PurposeSchema.optional(),
  ageYears: DistributionSchema,
  /** Relative weights by need category; normalised. */
  needMix: z.record(z.string(), z.number().nonnegative()),
  singleOccupancyShare: share.default(0),
  /** Direct route: where children go. */
  placement: OutcomeMixSchema.optional(),
  /** Outreach route: how long the placement at home, in hospital or in foster care stays at risk. */
  riskDays: DistributionSchema.optional(),
  /** Outreach route: breakdown hazard of the at-risk placement, per year, before support. */
  riskBreakdownPerYear: perYear.optional(),
});

const hub = z.strictObject({
  beds: count,
  stayDays: DistributionSchema,
  /** A need's own assessment stay, replacing stayDays for children of that need (seed 000 child 6: three months). */
  stayDaysByNeed: z.record(z.string(), DistributionSchema).default({}),
  fixedWeeklyGbpPerBed: gbp,
  variableWeeklyGbpPerChild: gbp.default(0),
  /** 0: a loss system, a referral finding every bed taken goes external at once. */
  maxWaitDays: z.number().nonnegative().default(0),
  /** At most this many waiting at once (absent: no limit); a referral finding the list full goes external at once. */
  maxWaiting: z.number().int().nonnegative().optional(),
  outcomes: OutcomeMixSchema,
  capacitySteps,
  soldPlaces,
  ...lifetime,
});

/** What an outreach request is for: the transitions that start one (MODEL.md "Outreach"). */
export const OUTREACH_REQUESTS = ['leaveHub', 'atRisk', 'returnHome', 'stepDown', 'breakdown'] as const;
export type OutreachRequest = (typeof OUTREACH_REQUESTS)[number] | 'caseload';
const OutreachRequestSchema = z.enum(OUTREACH_REQUESTS);

const outreach = z.strictObject({
  slots: count,
  episodeDays: DistributionSchema,
  fixedWeeklyGbpPerSlot: gbp,
  /** Absent: wait as long as it takes. */
  maxWaitDays: z.number().nonnegative().optional(),
  /** At most this many waiting at once (absent: no limit); a child finding the list full goes without. */
  maxWaiting: z.number().int().nonnegative().optional(),
  /** Multiplies a supported placement's breakdown hazard. */
  breakdownFactor: z.number().min(0).max(1).default(1),
  startOn: z.array(OutreachRequestSchema).default([]),
  /**
   * Who is served first when a slot frees, by what the request is for (MODEL.md: a child waits "FIFO, or by
   * priority"): kinds listed first go first; among children of one kind, and among every kind not listed (after the
   * listed ones), first come, first served. Non-preemptive: a child already supported keeps their slot. Absent:
   * first come, first served for all. `caseload` is today's children marked `outreach` in the caseload.
   */
  priority: z.array(z.enum([...OUTREACH_REQUESTS, 'caseload'])).optional(),
  capacitySteps,
}).superRefine((o, ctx) => {
  const seen = new Set<string>();
  (o.priority ?? []).forEach((k, i) => {
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: ['priority', i], message: `${k} is listed twice: list each kind of request once, first served first` });
    seen.add(k);
    if (k !== 'caseload' && !o.startOn.includes(k)) ctx.addIssue({ code: 'custom', path: ['priority', i], message: `${k} is not in startOn (${o.startOn.join(', ') || 'empty'}), so no request of that kind is ever made: add it to startOn or drop it here` });
  });
});

const house = z.strictObject({
  name: elementName,
  places: z.number().int().positive().default(2),
  /** registered: a registered children's home (seed 001: "regulated for use by children under 16"); unregulated16plus: only young people aged 16 or over. */
  registration: z.enum(['registered', 'unregulated16plus']),
  fixedWeeklyGbpPerPlace: gbp,
  variableWeeklyGbpPerChild: gbp.default(0),
  needs: z.array(z.string()).default([]),
  /** What the place is for; a child is placed here only if their referral targets this purpose (purpose-schema.ts). */
  purpose: PurposeSchema.default('longTerm'),
  /** The purpose's own stay (absent: the stay ends only by the placement exits); ends into `exits`. */
  stayDays: DistributionSchema.optional(),
  exits: OutcomeMixSchema.optional(),
  capacitySteps: houseCapacitySteps,
  soldPlaces,
  ...houseAges,
  /** When two young people may not share the house (absent: any two may). */
  sharing: SharingRuleSchema.optional(),
  ...lifetime,
});

const home = z
  .strictObject({
    name: elementName,
    beds: z.number().int().positive(),
    /** Accepted need categories; empty accepts every need. */
    needs: z.array(z.string()).default([]),
    minAge: z.number().min(0).max(18).default(0),
    maxAge: z.number().min(0).max(18).default(18),
    fixedWeeklyGbpPerBed: gbp,
    variableWeeklyGbpPerChild: gbp.default(0),
    /** inHouse: the council's own home; blockContract: places block-purchased from a provider at a contract price (fixedWeeklyGbpPerBed), paid whether used or not and booked as an external cost. */
    provider: z.enum(['inHouse', 'blockContract']).default('inHouse'),
    /** What the place is for; a child is placed here only if their referral targets this purpose (purpose-schema.ts). */
    purpose: PurposeSchema.default('longTerm'),
    /** The purpose's own stay (absent: the stay ends only by the placement exits); ends into `exits`. */
    stayDays: DistributionSchema.optional(),
    exits: OutcomeMixSchema.optional(),
    capacitySteps,
    soldPlaces,
    ...lifetime,
  })
  .refine((h) => h.minAge < h.maxAge, { message: 'minAge must be below maxAge', path: ['maxAge'] });

/** One child in care today (from the caseload CSV; see docs/caseload.md). */
export const CaseloadRowSchema = z.strictObject({
  ageYears: z.number().min(0).lt(18, 'must be under 18 (a young person leaves care at 18)'),
  need: z.string(),
  /** `hub`, `house:<name>`, `home:<name>`, `family`, `external-in-county` or `external-out-of-county`. */
  setting: z.string(),
  weeklyCostGbp: gbp,
  weeksInPlacement: z.number().nonnegative(),
  singleOccupancy: z.boolean().default(false),
  outreach: z.boolean().default(false),
});
export type CaseloadRow = z.output<typeof CaseloadRowSchema>;

/** Costs that are not places: programmes, teams, capital (MODEL.md "Time and money"). */
const otherCosts = z
  .strictObject({
    /** A payment on a date, in cash terms (no growth applied). */
    oneOff: z.array(z.strictObject({ name: elementName, date: isoDate, gbp })).default([]),
    /** A running cost per year at base-year prices, accrued daily from `from` to `to`. */
    recurring: z.array(z.strictObject({ name: elementName, gbpPerYear: gbp, from: isoDate.optional(), to: isoDate.optional() })).default([]),
  })
  .default({ oneOff: [], recurring: [] });

export const ScenarioSchema = z.strictObject({
  name,
  description: z.string().default(''),
  startDate: isoDate,
  horizonYears: z.number().positive().max(50),
  warmupYears: z.number().nonnegative().max(50).default(0),
  costGrowthPerYear: z.number().min(-0.5).max(1).default(0),
  otherCosts,
  needs: z.array(needName).min(1).max(MAX_NEEDS, `at most ${MAX_NEEDS} needs`),
  demand: z.array(DemandSchema).min(1),
  services: z.strictObject({
    hub,
    outreach,
    houses: z.array(house).default([]),
    homes: z.array(home).default([]),
    /** Foster carers as capacity (absent: family-based care never runs out); foster-supply-schema.ts. */
    fosterCarers: FosterCarersSchema.optional(),
  }),
  placements: PlacementsSchema,
  matching: z
    .strictObject({
      inHouseHome: z.array(z.string()).default(['homes', 'houses']),
      house: z.array(z.string()).default(['houses', 'homes']),
    })
    .default({ inHouseHome: ['homes', 'houses'], house: ['houses', 'homes'] }),
  policies: z
    .strictObject({ returnFromOutOfCounty: z.boolean().default(false) })
    .default({ returnFromOutOfCounty: false }),
  /** A CSV of the children in care today, relative to the scenario file. */
  caseload: z.string().optional(),
  /** The caseload's rows, filled in by the loader from `caseload` (or written inline). */
  initialCaseload: z.array(CaseloadRowSchema).default([]),
  reporting: ReportingSchema.optional(),
  /** Guards against a runaway replication (docs/running.md, Event budget): raise it for a scenario meant to be this large. */
  limits: z
    .strictObject({ eventsPerReplication: z.number().int('expected an integer').positive().max(1e9).default(500_000) })
    .default({ eventsPerReplication: 500_000 }),
});

/** A scenario as written (before defaults). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A validated scenario with defaults filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;
export type OutcomeMix = z.output<typeof OutcomeMixSchema>;
export type Demand = z.output<typeof DemandSchema>;
