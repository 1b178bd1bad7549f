// Build step: minify the plotly.js-dist bundle once, so every report embeds
// about 4.6 MB instead of 10 MB (issue 13). esbuild only strips whitespace,
// shortens local names and folds syntax; it keeps plotly's behaviour.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('plotly.js-dist'), 'utf8');
const { version } = require('plotly.js-dist/package.json');
const { code } = await transform(source, { minify: true, legalComments: 'eof', target: 'es2019', charset: 'utf8' });
const banner = `/*! plotly.js v${version} (plotly.js-dist), MIT licence, Copyright Plotly, Inc.; minified by carecap's build with esbuild */\n`;
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'plotly.min.js'), banner + code);
