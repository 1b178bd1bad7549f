import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/calibrate is pure like src/sim (STYLE.md layers): parsing rows,
// estimating and writing YAML text; the files are read and written in src/io.
describe('src/calibrate is pure', () => {
  const files = readdirSync('src/calibrate').filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports no node:* and uses no clock, console, process or Math.random', (f) => {
    const text = readFileSync(join('src/calibrate', f), 'utf8');
    expect(text).not.toMatch(/from '(node:[^']+|fs|path|os|piscina|commander)'/);
    expect(text).not.toMatch(/Math\.random|Date\.now|new Date\(|console\.|process\./);
    expect(text).not.toMatch(/from '\.\.\/(io|report|workers|cli|capacity)/);
  });
});
