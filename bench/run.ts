import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm run bench`: one JSON line per case on stdout (see bench/README.md).
 * Every case runs in its own process so that its peak RSS is its own and a
 * case cannot warm the JIT for the next.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const dist = (f: string) => join(ROOT, 'dist', f);

function node(args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** Runs a case of bench/case.ts and returns its JSON line, parsed. */
function runCase(name: string): Record<string, unknown> {
  return JSON.parse(node([dist('bench/case.js'), name]).stdout.trim()) as Record<string, unknown>;
}

const print = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

/** `npm run bench -- loss-3 region` runs only the cases named (the groups below); no names: all. */
const wanted = new Set(process.argv.slice(2));
const want = (group: string) => wanted.size === 0 || wanted.has(group);
/** Rounds of each loss case (BENCH_ROUNDS, default 3): carecap and the hand loop alternate, medians printed. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

for (const name of ['loss-3', 'loss-3000']) {
  if (!want(name)) continue;
  const runs: { carecap: Record<string, unknown>; hand: Record<string, unknown>; summary: Record<string, unknown> }[] = [];
  for (let i = 0; i < ROUNDS; i++) runs.push({ carecap: runCase(`${name}:carecap`), hand: runCase(`${name}:hand`), summary: runCase(`${name}:summary`) });
  const med = (side: 'carecap' | 'hand' | 'summary', field: string) => median(runs.map((r) => Number(r[side][field])));
  print({
    case: name, rounds: ROUNDS, replications: runs[0].carecap.replications,
    carecap: { wallMs: med('carecap', 'wallMs'), cpuMs: med('carecap', 'cpuMs'), eventsPerSec: med('carecap', 'eventsPerSec'), peakRssMb: med('carecap', 'peakRssMb'), events: runs[0].carecap.events },
    hand: { wallMs: med('hand', 'wallMs'), cpuMs: med('hand', 'cpuMs'), eventsPerSec: med('hand', 'eventsPerSec'), peakRssMb: med('hand', 'peakRssMb'), events: runs[0].hand.events, blocking: runs[0].hand.blocking },
    // The hand loop's wall time over carecap's, per round, then the median: 1 would be as fast as the hand loop.
    speedRatio: Math.round(median(runs.map((r) => Number(r.hand.wallMs) / Number(r.carecap.wallMs))) * 1000) / 1000,
    // The same from CPU time (user + system), steadier than wall time when other processes share the cores.
    cpuRatio: Math.round(median(runs.map((r) => Number(r.hand.cpuMs) / Number(r.carecap.cpuMs))) * 1000) / 1000,
    speedRatios: runs.map((r) => Math.round((Number(r.hand.wallMs) / Number(r.carecap.wallMs)) * 1000) / 1000),
    // carecap's summaries of the same replications alone (bench/case.ts `:summary`), and the hand loop's time over
    // theirs: the highest speedRatio a model that cost nothing could reach while carecap makes its figures.
    summariesOnly: { wallMs: med('summary', 'wallMs'), cpuMs: med('summary', 'cpuMs'), figures: runs[0].summary.figures },
    ceilingRatio: Math.round(median(runs.map((r) => Number(r.hand.wallMs) / Number(r.summary.wallMs))) * 1000) / 1000,
  });
}

const single: Record<string, Record<string, unknown>> = {};
for (const name of ['engine-loss', 'engine-heap', 'hub-loss', 'outreach-queue', 'region', 'default-10k']) {
  if (!want(name)) continue;
  single[name] = runCase(name);
  print(single[name]);
}

// The floor the engine alone puts under default-10k (issue 15's "under 6 s with two workers"): its events at the
// rate the calendar and streams alone reach in this run with a calendar as full as the default scenario's
// (engine-heap, about 800 pending; engine-loss's few-event heap as well), over one thread and over two workers at
// the two-process ceiling of this machine (about 1.47 x one process, bench/README.md).
const CEILING = 1.47;
for (const engine of ['engine-heap', 'engine-loss']) {
  if (!single[engine] || !single['default-10k']) continue;
  const events = Number(single['default-10k'].events);
  const rate = Number(single[engine].eventsPerSec);
  const oneThreadMs = Math.round((events / rate) * 1000);
  print({ case: 'engine-floor', engine, events, engineEventsPerSec: rate, oneThreadMs, twoWorkersAtCeilingMs: Math.round(oneThreadMs / CEILING), defaultTenKWallMs: single['default-10k'].wallMs });
}
if (!want('scaling') && !want('memory') && !want('size')) process.exit(0);

const one = runCase('scaling-1');
const two = runCase('scaling-2');
print({
  case: 'scaling', replications: one.replications, events: two.events,
  wallMs: two.wallMs, eventsPerSec: two.eventsPerSec,
  wallMs1Worker: one.wallMs, wallMs2Workers: two.wallMs,
  speedup: Math.round((Number(one.wallMs) / Number(two.wallMs)) * 100) / 100,
});

// Memory: the whole CLI (results streamed to replications.csv, summaries,
// report) on a small scenario, 1,000 against 100,000 replications in this
// thread; peak RSS read by a preloaded probe.
const MEMORY_SETS = ['--set', 'horizonYears=0.5', '--set', 'warmupYears=0'];
function memoryRun(replications: number, nodeFlags: string[] = []): Record<string, unknown> {
  const out = mkdtempSync(join(tmpdir(), 'carecap-bench-'));
  try {
    const started = performance.now();
    const { stderr } = node([...nodeFlags, '--import', dist('bench/rss-probe.js'), dist('src/cli.js'), 'run', 'scenarios/test/hub-loss.yaml', ...MEMORY_SETS,
      '--seed', '1', '--replications', String(replications), '--workers', '0', '--out', out]);
    const kb = Number(/CARECAP_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1]);
    return { replications, wallMs: Math.round(performance.now() - started), peakRssMb: Math.round(kb / 1024) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
const small = memoryRun(1000);
const large = memoryRun(100_000);
// The same 100,000 with V8's old space capped at 48 MB: it completes only if what is kept does not grow
// with replications, so growth above is heap headroom V8 chose to take, not data.
const capped = memoryRun(100_000, ['--max-old-space-size=48']);
print({
  case: 'memory', replications: large.replications, wallMs: large.wallMs,
  peakRssMb1k: small.peakRssMb, peakRssMb100k: large.peakRssMb,
  growthMb: Number(large.peakRssMb) - Number(small.peakRssMb),
  peakRssMb100kOldSpace48Mb: capped.peakRssMb,
});

// The sizing search of 50 configurations on the default scenario (bench/size.ts).
print({ ...JSON.parse(node([dist('bench/size.js')]).stdout.trim()), peakRssMb: undefined });
