import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('layers (STYLE.md): the model and the capacity layer are pure', () => {
  const pure = [...files('src/sim'), ...files('src/capacity')];
  it.each(pure)('%s imports no node:*, piscina, commander or plotly, and uses no clock, console, process or Math.random', (f) => {
    const text = readFileSync(f, 'utf8');
    expect(text).not.toMatch(/from '(node:[^']+|fs|path|os|piscina|commander|plotly[^']*)'/);
    expect(text).not.toMatch(/Math\.random|Date\.now|new Date\(|console\.|process\./);
  });
  it('src/sim imports nothing from the layers above it', () => {
    for (const f of files('src/sim')) expect(readFileSync(f, 'utf8')).not.toMatch(/from '\.\.\/(\.\.\/)?(capacity|workers|io|report|cli)/);
  });
});
