import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { synth903Command } from '../../src/io/commands/synth-903.js';
import { inProcess, tempDir } from './helpers.js';

// Every staged file's write fails with ENOSPC once the disk is "full", as on a full disk (result-folder.ts writes through this open).
let diskFull = false;
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (!diskFull) return handle;
      return Object.assign(Object.create(Object.getPrototypeOf(handle)), handle, { writeFile: async () => { throw enospc(); }, sync: async () => {}, close: () => handle.close() });
    },
  };
});

describe('a full disk while writing a staged file, for a command that writes its own files', () => {
  it('synth-903: exit 2 naming the folder, no year listed as written, no folder left', async () => {
    const out = join(tempDir(), 'returns');
    diskFull = true;
    const r = await inProcess((print) => synth903Command('scenarios/leicestershire.yaml', { seed: 1, years: 2, out }, print));
    diskFull = false;
    expect(r.status).toBe(2);
    expect(r.text).toContain(`${out}: cannot write results here (ENOSPC: the disk is full)`);
    expect(r.text).not.toMatch(/episodes, \d+ children/);
    expect(r.text).not.toContain('internal error');
    expect(existsSync(out)).toBe(false);
  });
});
