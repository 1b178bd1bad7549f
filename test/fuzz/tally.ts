/**
 * `npm run fuzz [-- CASES [SEED]]`: runs CASES generated cases (default
 * 10,000) in this process through the command functions and prints how each
 * command ended and every case that did not end cleanly (docs/running.md,
 * "Hardening"). Exit 1 if any did not.
 */
import fc from 'fast-check';
import { caseArb, runCase } from './harness.js';

const cases = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 20261130);
const counts = new Map<string, number>();
const bad: { kind: string; problems: string[]; text: string }[] = [];
const started = Date.now();
let done = 0;
for (const c of fc.sample(caseArb, { numRuns: cases, seed })) {
  const o = await runCase(c);
  const key = `${c.kind} exit ${o.status}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (o.problems.length) bad.push({ kind: c.kind, problems: o.problems, text: o.text.slice(0, 600) });
  if (process.env.FUZZ_VERBOSE) process.stdout.write(`${done} ${c.kind} ${o.status} ${Date.now() - started}\n`);
  if (++done % 500 === 0) process.stdout.write(`${done} cases, ${bad.length} not clean, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
for (const [k, n] of [...counts].sort()) process.stdout.write(`${k.padEnd(24)} ${n}\n`);
process.stdout.write(`${cases} cases (seed ${seed}), ${bad.length} not clean\n`);
const kinds = new Map<string, number>();
for (const b of bad) for (const p of b.problems) kinds.set(`${b.kind}: ${p}`, (kinds.get(`${b.kind}: ${p}`) ?? 0) + 1);
for (const [k, n] of kinds) process.stdout.write(`  ${n} × ${k}\n`);
for (const b of bad.slice(0, 5)) process.stdout.write(`--- ${b.kind}: ${b.problems.join('; ')}\n${b.text}\n`);
process.exit(bad.length ? 1 : 0);
