#!/usr/bin/env node
// Mutation testing in chunks (docs/testing.md): `npm run mutate:chunks -- [chunk ...]`.
//
// A whole run over src/sim and src/capacity (about 4,100 mutants once static ones are
// ignored) takes several hours on a 2-core machine, longer than a working session, and
// Stryker writes its results only when a run ends. So the files are split into chunks of
// 10 to 25 minutes; each chunk is its own Stryker run with its own incremental file
// (reports/inc-<chunk>.json) and report (reports/mutation/<chunk>.json and .html), so
// every chunk that finishes is kept, and a later run of a chunk re-tests only the
// mutants whose code or covering tests changed. Every file of src/sim and src/capacity
// falls in exactly one chunk (the first whose rule matches; `rest` takes the others),
// so the chunks together are the whole baseline. With no names, every chunk runs in
// turn; `--list` prints the chunks and their files; `--summary` only prints the table.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CHUNKS = [
  ['engine', /^src\/sim\/(event-calendar|random|release-leavers)\.ts$|^src\/sim\/model\/(child-pool|item-buffer)\.ts$/],
  ['sizing', /^src\/capacity\/(sizing|kn-boundary)[-.\w]*\.ts$/],
  ['ledger', /^src\/sim\/(occupancy-monitor|timeline|level-time|wait-tally|calendar-dates)\.ts$|^src\/sim\/model\/(cost-ledger|tally|waiting-list)\.ts$/],
  ['decision', /^src\/capacity\/(compare-decision|cost-flows|ratio-estimate|co-moments|paired-summariser|compare|pareto|tornado)\.ts$/],
  ['stats', /^src\/capacity\//],
  ['model-core', /^src\/sim\/model\/(handlers|hub|placements|outreach|arrivals|risk|freed)\.ts$/],
  ['figures', /^src\/sim\/model\/[-\w]*figures\.ts$/],
  ['model-rest', /^src\/sim\/model\//],
  ['schemas', /schema\.ts$|^src\/sim\/(scenario|scenario-checks|per-scenario|results)\.ts$/],
  ['rest', /./],
];

function files() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push(p);
    }
  };
  walk('src/sim');
  walk('src/capacity');
  return out.sort();
}

function chunks() {
  const by = new Map(CHUNKS.map(([name]) => [name, []]));
  for (const f of files()) by.get(CHUNKS.find(([, rule]) => rule.test(f))[0]).push(f);
  return by;
}

function summary() {
  const rows = [];
  const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const [name] of CHUNKS) {
    const file = join(ROOT, 'reports', 'mutation', `${name}.json`);
    if (!existsSync(file)) {
      rows.push(`| ${name} | not run | | | | |`);
      continue;
    }
    const c = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
    for (const f of Object.values(JSON.parse(readFileSync(file, 'utf8')).files)) {
      for (const m of f.mutants) {
        if (m.status === 'Killed') c.killed++;
        else if (m.status === 'Timeout') c.timeout++;
        else if (m.status === 'Survived') c.survived++;
        else if (m.status === 'NoCoverage') c.noCoverage++;
        else if (m.status === 'Ignored') c.ignored++;
      }
    }
    for (const k of Object.keys(c)) total[k] += c[k];
    rows.push(row(name, c));
  }
  rows.push(row('**all run**', total));
  return ['| chunk | killed + timed out | survived | no coverage | score | ignored (static) |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function row(name, c) {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  const score = valid === 0 ? '—' : `${((100 * detected) / valid).toFixed(1)}%`;
  return `| ${name} | ${detected} | ${c.survived} | ${c.noCoverage} | ${score} | ${c.ignored} |`;
}

const args = process.argv.slice(2);
const all = chunks();
if (args.includes('--list')) {
  for (const [name, list] of all) console.log(`${name} (${list.length}): ${list.map((f) => relative('src', f)).join(' ')}`);
  process.exit(0);
}
if (!args.includes('--summary')) {
  const wanted = args.length > 0 ? args : [...all.keys()];
  for (const name of wanted) {
    const list = all.get(name);
    if (!list) {
      console.error(`mutate:chunks: no chunk "${name}" (chunks: ${[...all.keys()].join(', ')})`);
      process.exit(2);
    }
    if (list.length === 0) continue;
    console.log(`chunk ${name}: ${list.length} files, started ${new Date().toISOString()}`);
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', 'stryker.config.mjs'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, CARECAP_MUTATION_CHUNK: name, CARECAP_MUTATE: list.join(',') },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
console.log(summary());
