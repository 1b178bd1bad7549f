import type { Scenario } from './scenario.js';

/**
 * What a scenario implies that does not change between its replications
 * (place specifications, samplers, the caseload's resolved rows), worked out
 * once per scenario object rather than once per replication. Pure: the
 * cache is keyed by the (immutable, validated) scenario object itself.
 */
const cache = new WeakMap<Scenario, Map<string, unknown>>();

/** The value `make()` gives for this scenario, made on first use. */
export function perScenario<T>(s: Scenario, key: string, make: () => T): T {
  let entries = cache.get(s);
  if (!entries) cache.set(s, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, make());
  return entries.get(key) as T;
}
