import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `node dist/bench/queue.js [replications]` (after `npm run build`): the
 * default scenario through a BullMQ queue on a local redis-server with two
 * `carecap worker` processes of one thread each, against one local
 * `carecap run --workers 2`, both the whole command with files written.
 * Prints one JSON line: wall times, the queue's overhead, and whether the
 * two results folders are byte-identical (summary, replications, weekly).
 * Needs Debian's redis-server; not part of `npm run bench` because of that.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const replications = Number(process.argv[2] ?? 20_000);
const SCENARIO = 'scenarios/leicestershire.yaml';
const common = ['run', SCENARIO, '--seed', '20260401', '-r', String(replications)];

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

/** Runs the CLI to the end and returns its wall time in ms. */
function timed(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/queue: carecap ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return Math.round(performance.now() - started);
}

const same = (a: string, b: string) => ['summary.csv', 'replications.csv', 'weekly.csv'].every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));

const out = mkdtempSync(join(tmpdir(), 'carecap-bench-queue-'));
const port = await freePort();
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
const url = `redis://127.0.0.1:${port}`;
const workers: ChildProcess[] = [];
try {
  await new Promise((r) => setTimeout(r, 500));
  const localMs = timed([...common, '--workers', '2', '--out', join(out, 'local')]);
  for (let i = 0; i < 2; i++) workers.push(spawn(process.execPath, [CLI, 'worker', '--redis', url, '--workers', '1'], { cwd: ROOT, stdio: 'ignore' }));
  await new Promise((r) => setTimeout(r, 1500)); // the workers connect
  const queueMs = timed([...common, '--queue', url, '--out', join(out, 'queue')]);
  process.stdout.write(`${JSON.stringify({
    case: 'queue', replications, localWallMs: localMs, queueWallMs: queueMs,
    overheadPercent: Math.round(((queueMs - localMs) / localMs) * 1000) / 10,
    identical: same(join(out, 'local'), join(out, 'queue')),
  })}\n`);
} finally {
  for (const w of workers) w.kill('SIGTERM');
  redis.kill('SIGTERM');
  rmSync(out, { recursive: true, force: true });
}
