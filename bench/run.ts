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

for (const name of ['engine-loss', 'hub-loss', 'outreach-queue', 'default-10k']) print(runCase(name));

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
