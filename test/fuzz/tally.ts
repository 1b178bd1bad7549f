/**
 * `npm run fuzz [-- CASES [SEED [START]]]`: runs generated cases START to
 * CASES-1 (default all 10,000) in this process through the command
 * functions, prints how each command ended and every case that did not end
 * cleanly (docs/running.md, "Hardening"), and exits 1 if any did not. With
 * FUZZ_LOG=file, one line per case is appended there as it ends (a watchdog
 * can restart after a case that hangs or kills the process).
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { caseArb, runCase } from './harness.js';

const cases = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 20261130);
const start = Number(process.argv[4] ?? 0);
const log = process.env.FUZZ_LOG;
const counts = new Map<string, number>();
const bad: { index: number; kind: string; problems: string[]; text: string }[] = [];
const started = Date.now();
const all = fc.sample(caseArb, { numRuns: cases, seed });
for (let index = start; index < cases; index++) {
  const c = all[index];
  if (log) appendFileSync(log, `start ${index} ${c.kind}\n`);
  const o = await runCase(c);
  const key = `${c.kind} exit ${o.status}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (o.problems.length) bad.push({ index, kind: c.kind, problems: o.problems, text: o.text.slice(0, 600) });
  if (log) appendFileSync(log, `end ${index} ${c.kind} ${o.status} ${JSON.stringify(o.problems)}\n`);
  if ((index + 1) % 500 === 0) process.stdout.write(`${index + 1} cases, ${bad.length} not clean, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
for (const [k, n] of [...counts].sort()) process.stdout.write(`${k.padEnd(24)} ${n}\n`);
process.stdout.write(`cases ${start} to ${cases - 1} (seed ${seed}): ${cases - start} run, ${bad.length} not clean\n`);
const kinds = new Map<string, number>();
for (const b of bad) for (const p of b.problems) kinds.set(`${b.kind}: ${p}`, (kinds.get(`${b.kind}: ${p}`) ?? 0) + 1);
for (const [k, n] of kinds) process.stdout.write(`  ${n} × ${k}\n`);
for (const b of bad.slice(0, 5)) process.stdout.write(`--- case ${b.index}, ${b.kind}: ${b.problems.join('; ')}\n${b.text}\n`);
process.exit(bad.length ? 1 : 0);
