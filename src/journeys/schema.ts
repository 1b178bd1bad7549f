/**
 * The journeys file (scenarios/journeys-2020.yaml): Appendix A of the 2020
 * brief, row by row as the seed writes it. Validated once with zod; every
 * problem is reported with its path and the rule it breaks.
 */
import { z } from 'zod';
import { parseDuration } from './duration.js';

// Whole pounds as printed, or "TOIL" (time off in lieu: staff time, no cash).
const gbpCell = z.union([z.number().int().nonnegative(), z.literal('TOIL')], {
  error: 'must be a whole, non-negative number of pounds or "TOIL"',
});

const wholePounds = z.number({ error: 'must be a number of pounds' })
  .int({ error: 'must be whole pounds' })
  .nonnegative({ error: 'must not be negative' });

/** Longest duration a row of a child's journey can have: a childhood, 18 years of 52 weeks (1e20 weeks once passed). */
const MAX_DURATION_WEEKS = 18 * 52;

const durationText = z.string({ error: 'must be a duration as written' })
  .refine((text) => parseDuration(text) !== null, {
    error: 'must start with "<n> days|weeks|months" or be "One-off"',
  })
  .refine((text) => {
    const d = parseDuration(text);
    return d === null || d.kind === 'one-off' || d.weeks <= MAX_DURATION_WEEKS;
  }, { error: `must be at most ${MAX_DURATION_WEEKS} weeks (18 years): no row of a child's journey is longer than a childhood` });

const rowSchema = z.strictObject({
  setting: z.string({ error: 'must be text (empty continues the previous setting)' }),
  duration: durationText,
  weeklyCostGbp: gbpCell,
  statedTotalGbp: gbpCell,
  concurrent: z.boolean({ error: 'must be true or false' }).default(false),
}).refine((row) => (row.weeklyCostGbp === 'TOIL') === (row.statedTotalGbp === 'TOIL'), {
  error: 'weeklyCostGbp and statedTotalGbp must both be "TOIL" or both be pounds',
});

const journeySchema = z.strictObject({
  statedTotalGbp: wholePounds,
  rows: z.array(rowSchema).min(1, { error: 'must list at least one row' }),
}).refine((j) => j.rows[0]?.setting !== '', {
  error: 'the first row must name its setting (only later rows may continue one)',
});

const childSchema = z.strictObject({
  child: z.number().int().positive({ error: 'must be a positive whole number' }),
  actual: journeySchema,
  anticipated: journeySchema,
  narrativeDifference: z.strictObject({
    text: z.string(),
    // "avoided" means the actual journey cost more; "increased"/"additional" less.
    direction: z.enum(['avoided', 'increased', 'additional'], {
      error: 'must be "avoided", "increased" or "additional"',
    }),
    amountGbp: wholePounds,
  }),
  furtherSupport: z.strictObject({
    text: z.string(),
    duration: durationText,
    weeklyCostGbp: wholePounds,
    statedGbp: wholePounds,
  }).optional(),
});

/** The whole journeys file. */
export const journeyFileSchema = z.strictObject({
  source: z.string(),
  periodWeeks: z.number().positive({ error: 'must be a positive number of weeks' }),
  children: z.array(childSchema).min(1, { error: 'must list at least one child' })
    // Flags name a child by its number: two children with one number would read as one child's flags.
    .superRefine((children, ctx) => children.forEach((c, i) => {
      const first = children.findIndex((o) => o.child === c.child);
      if (first !== i) ctx.addIssue({ code: 'custom', path: [i, 'child'], message: `child ${c.child} is listed twice (also children.${first}); give each child its own number` });
    })),
});

/** A validated journeys file. */
export type JourneyFile = z.infer<typeof journeyFileSchema>;
/** One child: actual and anticipated journeys and the narrative difference. */
export type ChildJourneys = JourneyFile['children'][number];
/** One column (actual or anticipated) of a child's table. */
export type Journey = ChildJourneys['actual'];
/** One row of a journey table. */
export type JourneyRow = Journey['rows'][number];

/** Validates parsed YAML; errors read "file: children.0.actual.rows.1.duration: rule". */
export function validateJourneyFile(
  data: unknown,
  file: string,
): { ok: true; value: JourneyFile } | { ok: false; errors: string[] } {
  const result = journeyFileSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${file}: ${path}: ${issue.message}`;
  });
  return { ok: false, errors };
}
