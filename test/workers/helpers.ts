import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunDocument } from '../../src/capacity/result-document.js';
import { runCommand, type RunOptions } from '../../src/io/commands/run.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const HUB_LOSS = join(ROOT, 'scenarios', 'test', 'hub-loss.yaml');
/** The compiled CLI: `npm test` builds first (the worker pool needs dist/ too; see src/workers/worker-file.ts). */
export const CLI = join(ROOT, 'dist', 'src', 'cli.js');

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'carecap-workers-'));

/** Runs `carecap run` in this process with --json and returns its exit code and the document it printed. */
export async function runJson(options: Partial<RunOptions>, file = HUB_LOSS): Promise<{ code: number; doc: RunDocument }> {
  let printed = '';
  const code = await runCommand(file, { seed: 20260401, replications: 40, json: true, set: ['horizonYears=2'], ...options }, (s) => (printed += s));
  return { code, doc: JSON.parse(printed) as RunDocument };
}

/** What must not change with workers or batch size: everything but provenance. */
export const figuresOf = (doc: RunDocument) => ({ figures: doc.figures, series: doc.series, weekStarts: doc.weekStarts, replications: doc.provenance.replications });

/** A spawned CLI process with its output collected. */
export interface Spawned {
  pid: number;
  signal(sig: NodeJS.Signals): void;
  /** Resolves once stderr contains `text`. */
  saw(text: string): Promise<void>;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Spawns `node dist/src/cli.js ...args`. */
export function spawnCli(args: string[]): Spawned {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const saw = (text: string) => new Promise<void>((res) => {
    const check = () => {
      if (!stderr.includes(text)) return;
      child.stderr.off('data', check);
      res();
    };
    child.stderr.on('data', check);
    check();
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
  return { pid: child.pid!, signal: (sig) => child.kill(sig), saw, exited };
}
