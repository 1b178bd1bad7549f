import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The compiled CLI (`npm test` builds first). */
export const CLI = join(ROOT, 'dist', 'src', 'cli.js');
export const DEFAULT_SCENARIO = join(ROOT, 'scenarios', 'leicestershire.yaml');
export const HUB_LOSS = join(ROOT, 'scenarios', 'test', 'hub-loss.yaml');

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'carecap-scale-out-'));

/** How a CLI process ended. */
export interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `node dist/src/cli.js …args`; `done` resolves when it ends. */
export function cliProcess(args: string[]): { child: ChildProcess; done: Promise<Ended> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return { child, done: new Promise((res) => child.on('close', (code) => res({ code, stdout, stderr }))) };
}

/** Runs `node dist/src/cli.js …args` to the end. */
export const cli = (args: string[]): Promise<Ended> => cliProcess(args).done;

/** The files a merged or queued run must reproduce byte for byte. */
export const COMPARED_FILES = ['summary.csv', 'replications.csv', 'weekly.csv'];

/** results.json without the provenance that records how the run was done (threads, time), not what it found. */
export function resultsWithoutRunTimes(folder: string): unknown {
  const doc = JSON.parse(readFileSync(join(folder, 'results.json'), 'utf8'));
  const { wallMs: _w, writtenAt: _t, workers: _k, ...provenance } = doc.provenance;
  return { ...doc, provenance };
}

/** Where Debian's redis-server is, or undefined (the queue tests then skip, saying why). */
export const REDIS_SERVER: string | undefined = (() => {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
})();

/** A redis-server of the test's own on a free loopback port, no persistence. */
export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
  });
}

/** Starts redis-server on 127.0.0.1 and waits until it answers. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(REDIS_SERVER!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ping = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
    if (ping.stdout?.trim() === 'PONG') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => new Promise<void>((res) => {
      if (child.exitCode !== null) return res();
      child.once('exit', () => res());
      child.kill('SIGTERM');
    }),
  };
}

/** `redis-cli -u url …` output, trimmed. */
export function redisCli(url: string, ...args: string[]): string {
  return spawnSync('redis-cli', ['-u', url, ...args], { encoding: 'utf8' }).stdout.trim();
}

/** A `carecap worker` process with its output (stdout and stderr) collected. */
export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the output contains `text`. */
  saw(text: string): Promise<void>;
  exited: Promise<number | null>;
}

/** Starts `carecap worker --redis url` with one thread and short lock and stall timeouts (so a killed worker's job comes back in about a second). */
export function startWorker(url: string): WorkerProcess {
  const args = [CLI, 'worker', '--redis', url, '--workers', '1', '--lock-duration', '1500', '--stalled-interval', '500'];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiting: { text: string; res: () => void }[] = [];
  const collect = (d: Buffer) => {
    output += d;
    for (const w of waiting.filter((x) => output.includes(x.text))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.res();
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const saw = (text: string) => new Promise<void>((res) => (output.includes(text) ? res() : waiting.push({ text, res })));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { child, output: () => output, saw, exited };
}

/** The Hub loss system with a fourth bed, as a compare option. */
export function fourBeds(dir: string): string {
  const file = join(dir, 'four-beds.yaml');
  writeFileSync(file, readFileSync(HUB_LOSS, 'utf8').replace('beds: 3', 'beds: 4'));
  return file;
}
