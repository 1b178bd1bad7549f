/**
 * Benchmark: a sizing search of 50 configurations on the default scenario
 * (outreach slots 8..17 × Hub beds 2..6), the issue 5 case; `npm run bench` runs it last. Prints one JSON
 * line: case, configurations, replications in all, wall time.
 *
 *   npm run build && node dist/bench/size.js [--workers n] [--target spillover.share<=0.5]
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sizeCommand } from '../src/io/commands/size.js';
import type { SizeDocument } from '../src/capacity/result-document.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: String(availableParallelism()) },
    target: { type: 'string', default: 'spillover.share<=0.5' },
    replications: { type: 'string', default: '400' },
    initial: { type: 'string', default: '10' },
  },
});
const ROOT = resolve(import.meta.dirname, '..', '..');
const started = performance.now();
let printed = '';
await sizeCommand(resolve(ROOT, 'scenarios', 'leicestershire.yaml'), {
  vary: ['services.outreach.slots=8..17', 'services.hub.beds=2..6'],
  target: values.target!, objective: 'cost.total', confidence: 0.95, seed: 20260401,
  replications: Number(values.replications), initial: Number(values.initial), workers: Number(values.workers), set: [], json: true,
}, (s) => (printed += s));
const wallMs = Math.round(performance.now() - started);
const doc = JSON.parse(printed) as SizeDocument;
const chosen = doc.chosen === null ? null : doc.configurations[doc.chosen].settings;
console.log(JSON.stringify({
  case: 'size: leicestershire, outreach.slots 8..17 × hub.beds 2..6',
  configurations: doc.configurations.length,
  replications: doc.provenance.replications,
  workers: doc.provenance.workers,
  target: values.target,
  chosen,
  undecided: doc.configurations.filter((c) => c.feasible === 'unclear' && !c.dropped).length,
  wallMs,
}));
