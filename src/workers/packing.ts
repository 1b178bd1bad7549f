import type { ReplicationResult } from '../sim/results.js';

/**
 * A batch's results as one Float64Array, so a worker can hand the buffer
 * over (transfer, no copy) instead of having arrays of arrays structured-
 * cloned number by number on the main thread, which measured about as slow
 * as running the replication (1.7 ms per replication of the default
 * scenario's 3,900 weekly numbers). Layout, per scenario:
 *   count, then per replication: replication, events, nValues, nSeries,
 *   weeks, values…, series 0 weeks…, series 1 weeks…
 * Every number is a double already, so packing is exact.
 */
export function packResults(results: ReplicationResult[][]): Float64Array {
  let length = 1;
  for (const perScenario of results) {
    length += 1;
    for (const r of perScenario) length += 5 + r.values.length + r.weekly.length * (r.weekly[0]?.length ?? 0);
  }
  const out = new Float64Array(length);
  let o = 0;
  out[o++] = results.length;
  for (const perScenario of results) {
    out[o++] = perScenario.length;
    for (const r of perScenario) {
      const weeks = r.weekly[0]?.length ?? 0;
      out.set([r.replication, r.events, r.values.length, r.weekly.length, weeks], o);
      o += 5;
      out.set(r.values, o);
      o += r.values.length;
      for (const w of r.weekly) {
        if (w.length !== weeks) throw new Error(`packResults: replication ${r.replication} has weekly series of unequal lengths`);
        out.set(w, o);
        o += weeks;
      }
    }
  }
  return out;
}

/** The inverse of packResults. */
export function unpackResults(packed: Float64Array): ReplicationResult[][] {
  let o = 0;
  // Every count read is checked against what is left before it is used: a damaged or crafted buffer (a shard file
  // edited on disk) must be refused as damaged, not drive an allocation of 1e300 elements. Cheap beside the copy it replaces.
  const count = (what: string, per = 1): number => {
    const n = packed[o];
    if (!(Number.isInteger(n) && n >= 0 && o + 1 + n * per <= packed.length)) throw new Error(`damaged results: ${what} ${n} at offset ${o} does not fit in ${packed.length} numbers`);
    o++;
    return n;
  };
  // Views on the transferred buffer, not copies: copying cost the main thread as much as the summary.
  const take = (n: number): Float64Array => packed.subarray(o, (o += n));
  const scenarios = count('scenario count');
  const out: ReplicationResult[][] = [];
  for (let s = 0; s < scenarios; s++) {
    const replications = count('replication count', 5);
    const perScenario: ReplicationResult[] = [];
    for (let k = 0; k < replications; k++) {
      if (o + 5 > packed.length) throw new Error(`damaged results: a replication's header at offset ${o} runs past ${packed.length} numbers`);
      const [replication, events] = take(2);
      const nValues = count('value count');
      const nSeries = packed[o];
      const weeks = packed[o + 1];
      if (!(Number.isInteger(nSeries) && nSeries >= 0 && Number.isInteger(weeks) && weeks >= 0 && o + 2 + nValues + nSeries * weeks <= packed.length)) {
        throw new Error(`damaged results: ${nSeries} series of ${weeks} weeks at offset ${o} do not fit in ${packed.length} numbers`);
      }
      o += 2;
      const values = take(nValues);
      const weekly = Array.from({ length: nSeries }, () => take(weeks));
      perScenario.push({ replication, events, values, weekly });
    }
    out.push(perScenario);
  }
  return out;
}
