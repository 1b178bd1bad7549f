#!/usr/bin/env node
// Checks by hand what a Stryker report's surviving mutants do against given tests (docs/testing.md):
//   node scripts/verify-mutants.mjs reports/mutation/<chunk>.json src/sim/model/hub.ts test/sim/hub-full-rules.test.ts [more tests]
// Each Survived or NoCoverage mutant of that file is applied in turn at the report's exact location,
// the named test files are run (vitest), and the source is restored; one line a mutant: KILLED or
// SURVIVED. ONLY=12,40 limits it to mutants starting on those lines. The file must be the one the
// report was made from (a warning says when it is not: locations would be off). Used to count
// "after the new tests" without a second Stryker run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [report, file, ...tests] = process.argv.slice(2);
if (!report || !file || tests.length === 0) {
  console.error('usage: node scripts/verify-mutants.mjs REPORT.json src/FILE.ts test/A.test.ts [...]');
  process.exit(2);
}
const only = new Set((process.env.ONLY ?? '').split(',').filter(Boolean).map(Number));
const entry = JSON.parse(readFileSync(report, 'utf8')).files[file];
if (!entry) {
  console.error(`${report}: no mutants of ${file}`);
  process.exit(2);
}
const original = readFileSync(file, 'utf8');
if (entry.source !== original) console.log(`WARNING: ${file} differs from the report's source; locations may be off`);
const lines = original.split('\n');
const offset = (p) => lines.slice(0, p.line - 1).reduce((a, l) => a + l.length + 1, 0) + p.column - 1;
const restore = () => writeFileSync(file, original);
process.on('SIGINT', () => { restore(); process.exit(130); });
try {
  for (const m of entry.mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const { start, end } = m.location;
    if (only.size > 0 && !only.has(start.line)) continue;
    writeFileSync(file, original.slice(0, offset(start)) + m.replacement + original.slice(offset(end)));
    const r = spawnSync('npx', ['vitest', 'run', ...tests], { encoding: 'utf8', timeout: 300_000 });
    const verdict = r.error ? 'KILLED(timeout)' : r.status === 0 ? 'SURVIVED' : 'KILLED  ';
    console.log(`${verdict} ${start.line}:${start.column} ${m.mutatorName} ${JSON.stringify(m.replacement.slice(0, 60))}`);
  }
} finally {
  restore();
}
