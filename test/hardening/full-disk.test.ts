import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/io/commands/run.js';
import { compareCommand } from '../../src/io/commands/compare.js';
import { inProcess, scenarioFile, tempDir } from './helpers.js';

// The disk fills while the workbook is written: the write fails with ENOSPC, as on a full disk.
let diskFull = false;
vi.mock('../../src/io/workbook.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/workbook.js')>();
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  return {
    ...actual,
    workbookBytes: async (...args: Parameters<typeof actual.workbookBytes>) => { if (diskFull) throw enospc(); return actual.workbookBytes(...args); },
    writeWorkbook: async (...args: Parameters<typeof actual.writeWorkbook>) => { if (diskFull) throw enospc(); return actual.writeWorkbook(...args); },
  };
});

describe('a full disk (issue 14)', () => {
  it.each(['compare', 'run'])('a failing %s: exit 2 with the reason, the previous results untouched, nothing left behind', async (command) => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const file = scenarioFile(dir);
    diskFull = false;
    expect((await inProcess((print) => runCommand(file, { seed: 1, replications: 2, workers: 0, json: false, set: [], out }, print))).status).toBe(0);
    const before = readdirSync(out).sort().map((f) => `${f}:${readFileSync(join(out, f)).length}`);
    diskFull = true;
    const r = command === 'compare'
      ? await inProcess((print) => compareCommand(file, [file], { seed: 2, replications: 2, workers: 0, set: [], json: false, out }, print))
      : await inProcess((print) => runCommand(file, { seed: 2, replications: 2, workers: 0, json: false, set: [], out }, print));
    diskFull = false;
    expect(r.status).toBe(2);
    expect(r.text).toMatch(/out: cannot write results here \(ENOSPC: the disk is full\); the folder's previous results are untouched/);
    expect(readdirSync(out).sort().map((f) => `${f}:${readFileSync(join(out, f)).length}`)).toEqual(before);
  });
});
