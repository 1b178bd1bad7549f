import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { statusOf } from '../../src/io/exit-status.js';
import { BASE_SCENARIO, mutated } from '../fuzz/arbitraries.js';

export { BASE_SCENARIO };

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'carecap-hardening-'));

/** Writes the fuzz base scenario with `edits` (dotted path → value) into `dir`; returns its path. */
export function scenarioFile(dir: string, edits: Record<string, unknown> = {}, name = 'scenario.yaml'): string {
  const file = join(dir, name);
  writeFileSync(file, stringify(mutated(BASE_SCENARIO, Object.entries(edits))));
  return file;
}

/** Runs a command function as the CLI does (src/io/exit-status.ts), with what it printed and wrote to stderr. */
export async function inProcess(command: (print: (s: string) => void) => Promise<number>): Promise<{ status: number; text: string }> {
  let text = '';
  const realWrite = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => { text += String(chunk); return true; }) as typeof process.stderr.write;
  try {
    const status = await statusOf(() => command((s) => { text += s; }), (s) => { text += s; });
    return { status, text };
  } finally {
    process.stderr.write = realWrite;
  }
}
