import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readShardHeader } from './shard-file.js';
import { experimentHash, SHARD_FORMAT_VERSION, type ShardHeader } from './shard-header.js';
import { hashScenario } from './load-scenario.js';

/** A shard file and its header. */
export interface ShardOnDisk {
  path: string;
  header: ShardHeader;
}

/** Fields every shard of one experiment must share, with how to say them. */
const SHARED: { field: keyof ShardHeader; says: string }[] = [
  { field: 'formatVersion', says: 'shard format version' },
  { field: 'carecapVersion', says: 'carecap version' },
  { field: 'experimentHash', says: 'scenario hash (scenarios, options and names)' },
  { field: 'seed', says: 'seed' },
  { field: 'replications', says: 'replication count' },
];

/** Shard files named on the command line: files as given, folders for every *.carecap-shard inside. */
export function listShardFiles(paths: readonly string[], problems: string[]): string[] {
  return paths.flatMap((p) => {
    let isFolder: boolean;
    try {
      const st = statSync(p);
      isFolder = st.isDirectory();
      // A pipe or device would be read for ever (a FIFO blocks until a writer comes): refused as every input is.
      if (!isFolder && !st.isFile()) {
        problems.push(`${p}: not a regular file (a device, pipe or socket), so not a shard`);
        return [];
      }
    } catch {
      problems.push(`${p}: no such file or folder`);
      return [];
    }
    if (!isFolder) return [p];
    const found = readdirSync(p).filter((f) => f.endsWith('.carecap-shard')).sort().map((f) => join(p, f));
    if (found.length === 0) problems.push(`${p}: holds no *.carecap-shard file`);
    return found;
  });
}

/** Reads every header; a file that is not a shard of this format is a problem naming it. */
export async function readHeaders(files: readonly string[], problems: string[]): Promise<ShardOnDisk[]> {
  const shards: ShardOnDisk[] = [];
  for (const path of files) {
    try {
      const header = (await readShardHeader(path)) as ShardHeader;
      if (header?.format !== 'carecap-shard') throw new Error('not a carecap shard file');
      if (header.formatVersion !== SHARD_FORMAT_VERSION) throw new Error(`shard format version ${header.formatVersion}; this carecap reads version ${SHARD_FORMAT_VERSION}`);
      // The hashes are recomputed from the scenarios the shard carries (merge summarises with those), never trusted:
      // an edited or damaged header must not pass as one of the experiment's shards.
      if (!Array.isArray(header.spec?.scenarios) || header.spec.scenarios.length === 0) throw new Error('its header carries no scenario');
      if (experimentHash(header.spec) !== header.experimentHash || hashScenario(header.spec.scenarios[0]) !== header.scenarioHash) {
        throw new Error('its header\'s hashes do not match the scenarios it carries: the file was edited or damaged; run this shard again');
      }
      shards.push({ path, header });
    } catch (err) {
      problems.push(`${path}: cannot be read as a shard (${(err as Error).message})`);
    }
  }
  return shards;
}

/** The value most shards have, so the odd one out is named (not the first one read). */
function commonest(values: unknown[]): unknown {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(JSON.stringify(v), (counts.get(JSON.stringify(v)) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return JSON.parse(best);
}

/** Shards that do not belong with the rest: another seed, scenario, version, replication count or discount rate. */
export function foreignShards(shards: readonly ShardOnDisk[]): string[] {
  const problems: string[] = [];
  // The discounting (compare --discount-rate, --deflator) decides every net present value: named when it differs.
  for (const [field, option] of [['discountRate', '--discount-rate'], ['deflator', '--deflator']] as const) {
    const expected = commonest(shards.map((s) => s.header.spec?.[field] ?? null));
    for (const s of shards) {
      const r = s.header.spec?.[field] ?? null;
      if (r !== expected) problems.push(`${s.path}: foreign shard: ${option} ${r ?? 'not given'}, the other shards have ${expected ?? 'not given'}`);
    }
  }
  for (const { field, says } of SHARED) {
    const expected = commonest(shards.map((s) => s.header[field]));
    for (const s of shards) {
      if (s.header[field] !== expected) problems.push(`${s.path}: foreign shard: ${says} ${s.header[field]}, the other shards have ${expected}`);
    }
  }
  return problems;
}

/** Gaps and overlaps: every index 0 … replications − 1 must be held by exactly one shard. */
export function coverageProblems(shards: readonly ShardOnDisk[], replications: number): string[] {
  const problems: string[] = [];
  const sorted = [...shards].filter((s) => s.header.to > s.header.from).sort((a, b) => a.header.from - b.header.from || a.header.to - b.header.to);
  let next = 0;
  let holder = '';
  for (const { path, header } of sorted) {
    if (header.from > next) problems.push(`missing shard: replications ${next}..${header.from - 1} are in no shard given`);
    if (header.from < next) problems.push(`duplicated replications ${header.from}..${Math.min(next, header.to) - 1}: in ${holder} and ${path}`);
    if (header.to > next) [next, holder] = [header.to, path];
  }
  if (next < replications) problems.push(`missing shard: replications ${next}..${replications - 1} are in no shard given`);
  return problems;
}
