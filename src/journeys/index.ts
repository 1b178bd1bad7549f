/** The journey-costing check of Appendix A (seed 000_0e86b6dfe50201ea.txt): pure, no I/O. */
export { checkChild, checkJourneys, type ChildCheck, type JourneyCheck } from './check.js';
export { costJourney, costRow, type CostedJourney, type CostedRow } from './cost.js';
export { parseDuration, WEEKS_PER_MONTH, type Duration } from './duration.js';
export type { FlagKind, JourneyFlag } from './flag.js';
export { formatGbp } from './money.js';
export { renderJourneyCheck } from './render-table.js';
export {
  journeyFileSchema, validateJourneyFile,
  type ChildJourneys, type Journey, type JourneyFile, type JourneyRow,
} from './schema.js';
