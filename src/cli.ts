#!/usr/bin/env node
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, CommanderError } from 'commander';
import { z } from 'zod';
import { ScenarioSchema } from './sim/scenario.js';
import { InputError } from './io/input-error.js';
import { runCommand } from './io/commands/run.js';
import { journeysCommand } from './io/journeys-command.js';
import { writeReport } from './io/report-command.js';
import { VERSION } from './io/version.js';
import { compareCommand } from './io/commands/compare.js';
import { sizeCommand } from './io/commands/size.js';
import { mergeCommand } from './io/commands/merge.js';
import { parseShard } from './io/shard-header.js';

/** Exit statuses: 2 for bad input (nothing written), 130 when stopped by Ctrl-C. */
const EXIT_BAD_INPUT = 2;

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** Parse a whole number option, naming the option in the error. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number ${max < Number.MAX_SAFE_INTEGER ? `from ${min} to ${max}` : `≥ ${min}`}, got "${value}"`);
    }
    return n;
  };
}
/** Parse a positive finite number, naming the value in the error. */
function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return n;
}
const collect = (value: string, previous: string[]) => [...previous, value];

const program = new Command()
  .name('carecap')
  .description('Monte Carlo capacity planning for children\'s residential care')
  .version(VERSION)
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) });

program
  .command('run')
  .description('run a scenario\'s replications and write results.json, CSVs and report.html (see docs/running.md)')
  .argument('<scenario>', 'scenario file (YAML or JSON)')
  .requiredOption('-s, --seed <n>', 'master seed (required: there is no default seed)', wholeNumber(0))
  .option('-r, --replications <n>', 'replications to run (the first round with --precision)', wholeNumber(1), 1000)
  .option('-o, --out <dir>', 'folder for results.json, summary.csv, replications.csv, weekly.csv and report.html')
  .option('--set <path=value>', 'override a scenario field, e.g. services.outreach.slots=16 (repeatable)', collect, [])
  .option('-w, --workers <n>', 'worker threads (0 runs in this process)', wholeNumber(0, 1024), availableParallelism())
  .option('--batch-size <n>', 'replications per batch (default: about 8 batches per worker, 10 to 200)', wholeNumber(1))
  .option('--precision <p>', 'add replications until the 95% CI of total cost and spill-overs is within ±p of the mean, e.g. 0.05', positiveNumber)
  .option('--max-replications <n>', 'most replications --precision may run', wholeNumber(2), 20000)
  .option('--replication <i>', 're-run replication i alone in this process and print its figures (for a failure)', wholeNumber(0))
  .option('--json', 'print the result document as JSON on stdout (and nothing else)', false)
  .option('--shard <i/n>', 'run only shard i of n (0-based) and write a shard file to --out, for carecap merge (docs/scale-out.md)', parseShard)
  .option('--queue <redis-url>', 'run the batches as jobs on carecap worker processes, e.g. redis://127.0.0.1:6379 (docs/scale-out.md)')
  .action(async (file: string, o) => {
    process.exitCode = await runCommand(file, o, out);
  });

program
  .command('compare')
  .description('compare options against a baseline on common random numbers (paired differences with 95% intervals)')
  .argument('[baseline]', 'baseline scenario file (or use --batch)')
  .argument('[options...]', 'option scenario files')
  .option('-b, --batch <file>', 'batch file: a baseline and named variants (see scenarios/options/)')
  .requiredOption('-s, --seed <n>', 'master seed (required)', wholeNumber(0))
  .option('-r, --replications <n>', 'replications (the same children for every option)', wholeNumber(2), 1000)
  .option('-o, --out <dir>', 'folder for results.json, differences.csv and report.html')
  .option('-w, --workers <n>', 'worker threads (0 runs in this process)', wholeNumber(0, 1024), availableParallelism())
  .option('--set <path=value>', 'override applied to every scenario (repeatable)', collect, [])
  .option('--figures <ids>', 'comma-separated figure ids to show first (default: cost, spill-over, out-of-county, Hub, outreach, breakdowns)')
  .option('--json', 'print the result document as JSON on stdout', false)
  .option('--shard <i/n>', 'run only shard i of n (0-based) and write a shard file to --out, for carecap merge (docs/scale-out.md)', parseShard)
  .option('--queue <redis-url>', 'run the replications as jobs on carecap worker processes (docs/scale-out.md)')
  .action(async (baseline: string | undefined, options: string[], o) => {
    process.exitCode = await compareCommand(baseline, options, o, out);
  });

program
  .command('size')
  .description('search capacity sizes for the cheapest configuration meeting a risk target')
  .argument('<scenario>', 'scenario file')
  .requiredOption('--vary <path=from..to>', 'capacity to vary, e.g. services.hub.beds=2..6 (repeatable)', collect, [])
  .requiredOption('--target <figure<=value>', 'risk target, e.g. spillover.share<=0.1')
  .option('--objective <figure>', 'figure to minimise', 'cost.total')
  .option('--confidence <p>', 'confidence that a configuration meets the target', parseFloat, 0.95)
  .requiredOption('-s, --seed <n>', 'master seed (required)', wholeNumber(0))
  .option('-r, --replications <n>', 'most replications for any configuration', wholeNumber(2), 400)
  .option('--initial <n>', 'replications in the first round (each later round doubles the total)', wholeNumber(2), 20)
  .option('-o, --out <dir>', 'folder for results.json, configurations.csv and report.html')
  .option('-w, --workers <n>', 'worker threads (0 runs in this process)', wholeNumber(0, 1024), availableParallelism())
  .option('--set <path=value>', 'override applied before varying (repeatable)', collect, [])
  .option('--json', 'print the result document as JSON on stdout', false)
  .option('--queue <redis-url>', 'run each round\'s configurations as jobs on carecap worker processes (docs/scale-out.md)')
  .action(async (file: string, o) => {
    process.exitCode = await sizeCommand(file, o, out);
  });

program
  .command('merge')
  .description('summarise the shard files of a run or compare split with --shard, as one machine would have (docs/scale-out.md)')
  .argument('<shards...>', 'shard files, or folders holding *.carecap-shard files')
  .requiredOption('-o, --out <dir>', 'folder for the merged results')
  .action(async (paths: string[], o) => {
    process.exitCode = await mergeCommand(paths, o, out);
  });

program
  .command('worker')
  .description('take batches of replications from a Redis queue and run them on this machine\'s threads (docs/scale-out.md)')
  .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
  .option('-w, --workers <n>', 'worker threads', wholeNumber(1, 1024), availableParallelism())
  .option('--lock-duration <ms>', 'a job whose worker has not renewed its lock for this long is stalled and run again elsewhere', wholeNumber(100), 30_000)
  .option('--stalled-interval <ms>', 'how often to look for stalled jobs', wholeNumber(100), 30_000)
  .action(async (o) => {
    // Loaded only here: without `worker` or --queue, carecap never loads BullMQ.
    const { workerCommand } = await import('./io/commands/worker.js');
    process.exitCode = await workerCommand({ redis: o.redis, workers: o.workers, lockDurationMs: o.lockDuration, stalledIntervalMs: o.stalledInterval }, out);
  });

program
  .command('schema')
  .description('print the JSON Schema of scenario files (for editor completion)')
  .action(() => {
    out(JSON.stringify(z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }), null, 2));
  });

program
  .command('journeys')
  .description('recompute the case-study journeys of a journeys file and flag where its arithmetic does not add up')
  .argument('<file>', 'journeys file, e.g. scenarios/journeys-2020.yaml')
  .option('--json', 'print JSON', false)
  .action(async (file: string, o) => {
    process.exitCode = await journeysCommand(file, { json: o.json }, out);
  });

program
  .command('report')
  .description('re-render report.html from a results folder')
  .argument('<folder>', 'folder holding results.json')
  .action(async (folder: string) => {
    await writeReport(folder);
    out(`Wrote ${folder}/report.html`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
  } else if (err instanceof InputError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else {
    process.stderr.write(`carecap: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  }
}
