import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueOf } from '../../sim/run-replication.js';
import { Summariser } from '../../capacity/summarise.js';
import { runExperiment } from '../../capacity/experiment.js';
import { digestScenario } from '../../capacity/digest.js';
import type { RunDocument } from '../../capacity/result-document.js';
import { inProcessRunner } from '../../workers/in-process.js';
import { loadScenario } from '../load-scenario.js';
import { writeFileAtomic } from '../atomic-write.js';
import { writeReport } from '../report-command.js';
import { writeSummaryCsv, writeWeeklyCsv } from '../summary-csv.js';
import { VERSION } from '../version.js';

/** Options of `carecap run`. */
export interface RunOptions {
  replications: number;
  seed: number;
  out?: string;
  json: boolean;
  set: string[];
}

/** `carecap run`: run a scenario's replications, summarise them, write results.json, CSVs and report.html. */
export async function runCommand(file: string, o: RunOptions, print: (s: string) => void): Promise<number> {
  const loaded = loadScenario(file, o.set);
  const catalogue = catalogueOf(loaded.scenario);
  const summary = new Summariser(catalogue);
  const started = performance.now();
  const outcome = await runExperiment(
    inProcessRunner([loaded.scenario], o.seed),
    { from: 0, to: o.replications, batchSize: 50, concurrency: 1 },
    (_, [result]) => summary.add(result),
  );
  const doc: RunDocument = {
    kind: 'run',
    provenance: {
      carecapVersion: VERSION,
      scenarioName: loaded.scenario.name,
      scenarioHash: loaded.hash,
      scenarioFile: file,
      seed: o.seed,
      replications: outcome.delivered,
      workers: 0,
      wallMs: Math.round(performance.now() - started),
      partial: outcome.stopped,
      writtenAt: new Date().toISOString(),
    },
    scenario: digestScenario(loaded.scenario),
    weekStarts: catalogue.weekStarts,
    figures: summary.figures(),
    series: summary.series(),
    failures: [],
  };
  if (o.out) {
    mkdirSync(o.out, { recursive: true });
    await writeFileAtomic(join(o.out, 'results.json'), JSON.stringify(doc, null, 1));
    await writeSummaryCsv(doc, join(o.out, 'summary.csv'));
    await writeWeeklyCsv(doc, join(o.out, 'weekly.csv'));
    await writeReport(o.out);
  }
  if (o.json) print(JSON.stringify(doc));
  else print(formatRunSummary(doc, o.out));
  return 0;
}

function formatRunSummary(doc: RunDocument, out?: string): string {
  const key = ['hub.utilisation', 'hub.shareTimeFull', 'spillover.count', 'spillover.share', 'ooc.childWeeks', 'outreach.meanWaitDays', 'cost.total'];
  const lines = doc.figures.filter((f) => key.includes(f.id)).map((f) => `  ${f.label.padEnd(58)} ${f.mean.toPrecision(5)} (95% CI ${f.ci95[0].toPrecision(5)} to ${f.ci95[1].toPrecision(5)}) ${f.unit}`);
  return [`${doc.provenance.scenarioName}: ${doc.provenance.replications} replications, seed ${doc.provenance.seed}`, ...lines, out ? `Results in ${out}/` : ''].join('\n');
}
