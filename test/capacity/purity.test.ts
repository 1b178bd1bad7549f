import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// STYLE.md: src/capacity is pure; no node:*, piscina, console or randomness.
const FILES = ['running-moments', 'student-t', 'p-square', 'summarise', 'precision'];

describe('statistics layer purity', () => {
  it.each(FILES)('src/capacity/%s.ts imports nothing impure', (name) => {
    const text = readFileSync(new URL(`../../src/capacity/${name}.ts`, import.meta.url), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|piscina|commander|plotly)/);
    expect(text).not.toMatch(/\bconsole\.|Math\.random|Date\.now/);
    const lines = text.split('\n').length;
    expect(lines).toBeLessThanOrEqual(220);
  });
});
