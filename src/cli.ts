#!/usr/bin/env node
import { availableParallelism } from 'node:os';
import { Command } from 'commander';
import { z } from 'zod';
import { ScenarioSchema } from './sim/scenario.js';
import { runCommand } from './io/commands/run.js';
import { journeysCommand } from './io/journeys-command.js';
import { reportCommand } from './io/report-command.js';
import { VERSION } from './io/version.js';
import { compareCommand } from './io/commands/compare.js';
import { sizeCommand } from './io/commands/size.js';
import { calibrateCommand } from './io/commands/calibrate.js';
import { defaultScenarioPath } from './io/package-root.js';
import { synth903Command } from './io/commands/synth-903.js';
import { sensitivityCommand } from './io/commands/sensitivity.js';
import { folderName, openShare, positiveNumber, rateBelowOne, wholeNumber, workerCount } from './io/number-options.js';
import { exitStatusOf } from './io/exit-status.js';
import { printSafe, quietOnClosedPipe } from './io/terminal-text.js';
import { mergeCommand } from './io/commands/merge.js';
import { parseShard } from './io/shard-header.js';
import { checkUnknownOptions } from './io/unknown-options.js';

quietOnClosedPipe(); // `carecap schema | head` ends quietly
const out = printSafe;

const collect = (value: string, previous: string[]) => [...previous, value];
/** An "Examples:" block for a command's --help, long commands continued with `\` to fit 100 columns. */
function examples(commands: string[]): string {
  const fit = (command: string) => {
    const lines = ['  $'];
    for (const word of command.split(' ')) {
      if (lines[lines.length - 1].length + word.length > 94) lines.push('     ');
      lines[lines.length - 1] += ` ${word}`;
    }
    return lines.join(' \\\n');
  };
  return `\nExamples:\n${commands.map(fit).join('\n')}\n`;
}

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
  .option('-o, --out <dir>', 'folder for results.json, summary.csv, replications.csv, weekly.csv, results.xlsx and report.html (docs/results.md)', folderName)
  .option('--set <path=value>', 'override a scenario field, e.g. services.outreach.slots=16 (repeatable)', collect, [])
  .option('-w, --workers <n>', 'worker threads (0 runs in this process)', workerCount, availableParallelism())
  .option('--batch-size <n>', 'replications per batch (default: about 8 batches per worker, 10 to 200)', wholeNumber(1))
  .option('--precision <p>', 'add replications until the 95% CI of total cost and spill-overs is within ±p of the mean, e.g. 0.05', positiveNumber)
  .option('--max-replications <n>', 'most replications --precision may run', wholeNumber(2), 20000)
  .option('--replication <i>', 're-run replication i alone in this process and print its figures (for a failure)', wholeNumber(0))
  .option('--json', 'print the result document as JSON on stdout (and nothing else)', false)
  .option('--shard <i/n>', 'run only shard i of n (0-based) and write a shard file to --out, for carecap merge (docs/scale-out.md)', parseShard)
  .option('--queue <redis-url>', 'run the batches as jobs on carecap worker processes, e.g. redis://127.0.0.1:6379 (docs/scale-out.md)')
  .addHelpText('after', examples([
    'carecap run scenarios/leicestershire.yaml --seed 20260401 --out out/today',
    'carecap run scenarios/leicestershire.yaml --seed 1 --set services.hub.beds=4 --replications 400 --out out/hub4',
    'carecap run scenarios/leicestershire.yaml --seed 1 --precision 0.01 --out out/precise',
  ]))
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
  .option('-o, --out <dir>', 'folder for results.json, decisions.csv, differences.csv, summary.csv, results.xlsx and report.html (docs/results.md)', folderName)
  .option('-w, --workers <n>', 'worker threads (0 runs in this process)', workerCount, availableParallelism())
  .option('--set <path=value>', 'override applied to every scenario (repeatable)', collect, [])
  .option('--figures <ids>', 'comma-separated figure ids to show first (default: cost, spill-over, out-of-county, Hub, outreach, breakdowns)')
  .option('--discount-rate <r>', 'real discount rate a year for net present value (HM Treasury Green Book: 0.035)', rateBelowOne, 0.035)
  .option('--deflator <r>', 'general inflation a year (GDP deflator) that turns cash into real prices before discounting (default 0.02, the Bank of England target)', rateBelowOne, 0.02)
  .option('--json', 'print the result document as JSON on stdout', false)
  .option('--shard <i/n>', 'run only shard i of n (0-based) and write a shard file to --out, for carecap merge (docs/scale-out.md)', parseShard)
  .option('--queue <redis-url>', 'run the replications as jobs on carecap worker processes (docs/scale-out.md)')
  .addHelpText('after', examples([
    'carecap compare --batch scenarios/options/seeds-choices.yaml --seed 20260401 --replications 400 --out out/options',
    'carecap compare scenarios/leicestershire.yaml my-option.yaml --seed 1 --figures cost.total,spillover.count',
  ]))
  .action(async (baseline: string | undefined, options: string[], o) => {
    process.exitCode = await compareCommand(baseline, options, o, out);
  });

program
  .command('size')
  .description('search capacity sizes for the cheapest configuration meeting a risk target (or the least risk within --budget)')
  .argument('<scenario>', 'scenario file')
  .requiredOption('--vary <path=from..to>', 'capacity to vary, e.g. services.hub.beds=2..6 (repeatable)', collect, [])
  .option('--target <figure<=value>', 'risk target, e.g. spillover.share<=0.1 (a share is tested as a total over total)')
  .option('--budget <gbp>', 'least risk within a budget: minimise --objective (e.g. spillover.count) with mean cost.total ≤ this', positiveNumber)
  .option('--objective <figure>', 'figure to minimise', 'cost.total')
  .option('--indifference <delta>', "differences in the objective smaller than this do not matter (default 0.5% of today's mean)", positiveNumber)
  .option('--tolerance <epsilon>', 'a target figure within this of the limit may be called either way (default 5% of the target value; 0.5% of a budget)', positiveNumber)
  .option('--confidence <p>', 'probability of a correct selection (indifference-zone sense)', openShare, 0.95)
  .requiredOption('-s, --seed <n>', 'master seed (required)', wholeNumber(0))
  .option('-r, --replications <n>', 'most replications for any configuration', wholeNumber(2), 400)
  .option('--initial <n>', 'replications in the first round (each later round doubles the total)', wholeNumber(2), 20)
  .option('-o, --out <dir>', 'folder for results.json, configurations.csv, summary.csv, results.xlsx and report.html (docs/results.md)', folderName)
  .option('-w, --workers <n>', 'worker threads (0 runs in this process)', workerCount, availableParallelism())
  .option('--set <path=value>', 'override applied before varying (repeatable)', collect, [])
  .option('--one-off <path=gbp>', 'one-off (capital or set-up) cost per unit added above today\'s value of a varied path, paid on the start date (repeatable)', collect, [])
  .option('--json', 'print the result document as JSON on stdout', false)
  .option('--queue <redis-url>', 'run each round\'s configurations as jobs on carecap worker processes (docs/scale-out.md)')
  .addHelpText('after', examples([
    "carecap size scenarios/leicestershire.yaml --vary services.hub.beds=2..6 --target 'spillover.share<=0.5' --seed 1 --out out/size",
    "carecap size scenarios/leicestershire.yaml --vary services.hub.beds=2..5 --vary services.outreach.slots=8..16 --target 'ooc.childWeeks<=15000' --seed 1",
  ]))
  .action(async (file: string, o) => {
    process.exitCode = await sizeCommand(file, o, out);
  });

program
  .command('calibrate')
  .description('calibrate a scenario and a starting caseload from a council\'s SSDA903 return (see docs/calibrate.md)')
  .requiredOption('--episodes <file>', 'an episodes table as CSV, one a year (repeatable)', collect, [])
  .requiredOption('--header <file>', 'a header table as CSV, one a year (repeatable)', collect, [])
  .requiredOption('--start-date <YYYY-MM-DD>', 'the scenario\'s start: the caseload is the children in care that day')
  .requiredOption('-o, --out <dir>', 'folder for scenario.yaml and caseload.csv', folderName)
  .option('--template <file>', 'scenario giving every field the return cannot fill (marked "assumed, not in the SSDA903"); default: the scenarios/leicestershire.yaml shipped with carecap')
  .option('--drop-invalid', 'leave out children with a problem in their rows (and say how many) instead of stopping', false)
  .action(async (o) => {
    process.exitCode = await calibrateCommand({ ...o, template: o.template ?? defaultScenarioPath() }, out);
  });

program
  .command('synth-903')
  .description('write a synthetic SSDA903 return (no real child) from a scenario\'s parameters')
  .argument('<scenario>', 'scenario file')
  .requiredOption('-s, --seed <n>', 'seed (required)', wholeNumber(0))
  .option('--years <n>', 'financial years of returns, ending the 31 March before the scenario starts', wholeNumber(1, 30), 5)
  .requiredOption('-o, --out <dir>', 'folder for episodes_YYYY-YY.csv and header_YYYY-YY.csv', folderName)
  .action(async (file: string, o) => {
    process.exitCode = await synth903Command(file, o, out);
  });

program
  .command('sensitivity')
  .description('one assumption at a time (low, high) on common random numbers: a tornado table of a figure, or of an option\'s effect')
  .argument('<scenario>', 'scenario file')
  .requiredOption('--range <path=low,high>', 'an assumption and its range, e.g. placements.external.breakdownUpliftWeeklyGbp=0,2077.63; join paths with + to move them together (repeatable)', collect, [])
  .option('--option <path=value>', "an option whose effect (option − baseline) is ranked instead, e.g. services.hub.beds=4 (repeatable: one option of several changes)", collect, [])
  .option('--figure <id>', 'figure to rank by', 'cost.total')
  .requiredOption('-s, --seed <n>', 'master seed (required)', wholeNumber(0))
  .option('-r, --replications <n>', 'replications (the same children in every arm)', wholeNumber(2), 200)
  .option('-o, --out <dir>', 'folder for results.json, tornado.csv and tornado.svg', folderName)
  .option('-w, --workers <n>', 'worker threads (0 runs in this process)', workerCount, availableParallelism())
  .option('--set <path=value>', 'override applied to every arm (repeatable)', collect, [])
  .option('--json', 'print the result document as JSON on stdout', false)
  .action(async (file: string, o) => {
    process.exitCode = await sensitivityCommand(file, o, out);
  });

program
  .command('merge')
  .description('summarise the shard files of a run or compare split with --shard, as one machine would have (docs/scale-out.md)')
  .argument('<shards...>', 'shard files, or folders holding *.carecap-shard files')
  .requiredOption('-o, --out <dir>', 'folder for the merged results', folderName)
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
  .addHelpText('after', examples(['carecap schema > scenario.schema.json']))
  .action(() => {
    out(JSON.stringify(z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }), null, 2));
  });

program
  .command('journeys')
  .description('recompute the case-study journeys of a journeys file and flag where its arithmetic does not add up')
  .argument('<file>', 'journeys file, e.g. scenarios/journeys-2020.yaml')
  .option('--json', 'print JSON', false)
  .addHelpText('after', examples(['carecap journeys scenarios/journeys-2020.yaml']))
  .action(async (file: string, o) => {
    process.exitCode = await journeysCommand(file, { json: o.json }, out);
  });

program
  .command('report')
  .description('re-render report.html from a results folder')
  .argument('<folder>', 'folder holding results.json')
  .addHelpText('after', examples(['carecap report out/today']))
  .action(async (folder: string) => {
    await reportCommand(folder);
    out(`Wrote ${folder}/report.html`);
  });

try {
  checkUnknownOptions(program, process.argv.slice(2));
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitStatusOf(err, (text) => process.stderr.write(text));
}
