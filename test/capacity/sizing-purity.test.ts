import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// STYLE.md: src/capacity is pure; the comparison and sizing modules too.
const FILES = ['pareto', 'grid', 'compare', 'sizing', 'sizing-bounds', 'scalar-figures'];

describe('comparison and sizing purity', () => {
  it.each(FILES)('src/capacity/%s.ts imports nothing impure', (name) => {
    const text = readFileSync(new URL(`../../src/capacity/${name}.ts`, import.meta.url), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|piscina|commander|plotly)/);
    expect(text).not.toMatch(/\bconsole\.|\bprocess\.|Math\.random|Date\.now|new Date/);
  });
});
