import { z } from 'zod';

/**
 * Targets and budgets the reports judge results against (red, amber, green),
 * e.g. the MTFS line for a year's cost or a ceiling on spill-overs. They
 * change nothing in the simulation; each names its source, as every input
 * that decides how an answer is read must (docs/report.md, "Targets").
 */
export const ReportingSchema = z.strictObject({
  targets: z.array(z.strictObject({
    /** A figure id from the results, e.g. `cost.fy2026.total`, `spillover.share`. */
    figure: z.string().min(1),
    /** The limit in the figure's unit (pounds; a share as 0–1). */
    atMost: z.number(),
    /** What the limit is, in words, e.g. "MTFS budget 2026/27". */
    name: z.string().min(1).max(80),
    /** Where the limit comes from. */
    source: z.string().min(1),
  })).min(1),
});

export type Reporting = z.output<typeof ReportingSchema>;
