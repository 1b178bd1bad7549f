import fc from 'fast-check';

/**
 * Generators of what a careless or hostile user hands carecap (issue 14):
 * scenarios (valid, mutated or not YAML at all), caseload CSVs, `--set`
 * override paths, batch files, results folders and command-line numbers.
 * Every case is a set of files to write and the command to run on them.
 */

/** `arb` one time in `oneIn`, otherwise `none`. */
export function sometimes<T, N>(arb: fc.Arbitrary<T>, oneIn: number, none: N): fc.Arbitrary<T | N> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(none) }, { weight: 1, arbitrary: arb });
}

/** A small valid scenario that runs in milliseconds: every mutation starts from it. */
export const BASE_SCENARIO = {
  name: 'Fuzz base',
  startDate: '2026-04-01',
  horizonYears: 0.25,
  needs: ['any', 'ebd'],
  demand: [{ name: 'referrals', ratePerYear: 30, route: 'assessment', ageYears: { dist: 'fixed', value: 12 }, needMix: { any: 1 } }],
  services: {
    hub: { beds: 2, stayDays: { dist: 'fixed', value: 28 }, fixedWeeklyGbpPerBed: 5200, outcomes: { home: 0.5, inHouseHome: 0.5 } },
    outreach: { slots: 1, episodeDays: { dist: 'fixed', value: 30 }, fixedWeeklyGbpPerSlot: 660 },
    houses: [{ name: 'House 1', registration: 'registered', fixedWeeklyGbpPerPlace: 5477 }],
    homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }],
  },
  placements: {
    family: { weeklyCostGbp: { dist: 'fixed', value: 900 } },
    localResidential: {},
    external: { outOfCountyShare: 0.5, inCountyWeeklyCostGbp: { dist: 'fixed', value: 3000 }, outOfCountyWeeklyCostGbp: { dist: 'fixed', value: 6000 } },
    crisis: { weeklyCostGbp: { dist: 'fixed', value: 6250 } },
  },
};

/** Leaf paths of the base scenario, as dotted strings (list indices as numbers). */
export const BASE_PATHS: string[] = (function leaves(node: unknown, prefix: string): string[] {
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
})(BASE_SCENARIO, '');

const PART = fc.constantFrom('services', 'hub', 'beds', 'homes', 'houses', 'outreach', 'slots', '0', '1', '7', 'Home A', 'House 1', '+', '-',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'demand', 'ratePerYear', 'placements', 'external', 'horizonYears',
  'stayDays', 'value', 'dist', 'mean', 'opens', 'closes', 'needs', '', ' ', 'x\u001b[31m');

/** Numbers as they appear in mistakes: huge, tiny, negative, non-finite, off-by-one around the rules. */
export const weirdNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 0.5, 1e-9, 0.001, 17.99, 18, 19, 100, 365.25, 1e5, 1e7, 1e9, 1e300, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Infinity, -Infinity, NaN),
  fc.integer({ min: -5, max: 50 }),
  fc.double(),
);

const controlText = fc.constantFrom('\u001b[2J\u001b[31mred', 'bell\u0007', 'nul\u0000x', '\u009b31m', 'tab\there', 'line\nbreak');
const dateText = fc.constantFrom('2026-04-01', '2026-10-01', '2025-01-01', '2026-02-30', '2026-4-1', 'soon', '2100-01-01');
const distribution = fc.oneof(
  fc.record({ dist: fc.constantFrom('fixed'), value: weirdNumber }),
  fc.record({ dist: fc.constantFrom('exponential'), mean: weirdNumber }),
  fc.record({ dist: fc.constantFrom('lognormal'), mean: weirdNumber, sd: weirdNumber }),
  fc.record({ dist: fc.constantFrom('uniform'), min: weirdNumber, max: weirdNumber }),
  fc.record({ dist: fc.constantFrom('gamma', 'weibull', 'nonsense'), shape: weirdNumber, scale: weirdNumber }),
);

/** Any value a field might be given. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: weirdNumber },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: controlText },
  { weight: 1, arbitrary: dateText },
  { weight: 2, arbitrary: distribution },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, ['any'], { __proto__: 1 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A mutation: a path (mostly the base's own leaves, sometimes made up) and a value. */
const mutation = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...BASE_PATHS) }, { weight: 1, arbitrary: fc.array(PART, { minLength: 1, maxLength: 4 }).map((p) => p.join('.')) }), anyValue);

/** Sets `value` at a dotted path of a copy, creating objects as needed; prototype keys are written as own keys. */
export function mutated(base: unknown, mutations: [string, unknown][]): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of mutations) {
    const parts = path.split('.');
    let node: Record<string, unknown> = copy;
    for (const part of parts.slice(0, -1)) {
      const next = Object.getOwnPropertyDescriptor(node, part)?.value;
      const child = next && typeof next === 'object' ? next : {};
      Object.defineProperty(node, part, { value: child, enumerable: true, writable: true, configurable: true });
      node = child as Record<string, unknown>;
    }
    Object.defineProperty(node, parts[parts.length - 1], { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** How a scenario file is written: YAML, JSON, or broken text. */
/** Mostly harmless edits (a small whole number in a numeric field), so that many cases run and write results. */
const NUMERIC_PATHS = BASE_PATHS.filter((p) => /beds|slots|ratePerYear|value|Gbp|horizonYears/.test(p) && !p.endsWith('.dist'));
const mildMutation = fc.tuple(fc.constantFrom(...NUMERIC_PATHS), fc.integer({ min: 1, max: 6 }));

export const scenarioText = fc.record({
  mutations: fc.oneof(
    { weight: 4, arbitrary: fc.array(mildMutation, { maxLength: 2 }) },
    { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
  ),
  format: fc.constantFrom('yaml', 'yaml', 'json'),
  damage: fc.oneof(
    { weight: 12, arbitrary: fc.constant('none') },
    { weight: 1, arbitrary: fc.constantFrom('truncate', 'alias-bomb', 'deep', 'garbage', 'empty', 'bom') },
  ),
  cut: fc.nat(),
  caseload: sometimes(fc.constant(true), 4, null),
});

const csvCell = fc.oneof(
  fc.constantFrom('12', '15.5', '0', '-3', '17.99', '18', '19', '0x0F', '1e3', '1e9', '1000000000', '', ' ', 'abc', '"1,5"', 'Infinity', 'NaN', '.5', '5.', '+4'),
  fc.constantFrom('any', 'ebd', 'nope', 'hub', 'family', 'home:Home A', 'house:House 1', 'home:Atlantis', 'external-in-county', 'external-out-of-county'),
  fc.constantFrom('yes', 'no', 'maybe', 'TRUE', '1', '0'),
  controlText,
);
const COLUMNS = ['age_years', 'need', 'setting', 'weekly_cost_gbp', 'weeks_in_placement', 'single_occupancy', 'outreach', 'child_id'];

/** A caseload CSV: a good header most of the time (sometimes a column missing, twice or unknown), a few rows of cells. */
export const caseloadCsv = fc.record({
  header: fc.oneof(
    { weight: 4, arbitrary: fc.constant(COLUMNS.slice(0, 5)) },
    { weight: 1, arbitrary: fc.shuffledSubarray([...COLUMNS, 'age_years', 'colour'], { minLength: 1 }) },
  ),
  rows: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.array(csvCell, { minLength: 3, maxLength: 8 }), { maxLength: 5 }) }),
  good: fc.array(fc.tuple(fc.constantFrom('4', '12', '16.5'), fc.constantFrom('any', 'ebd'), fc.constantFrom('hub', 'family', 'home:Home A', 'external-out-of-county'), fc.constantFrom('900', '3500', '6000')), { maxLength: 3 }),
}).map(({ header, rows, good }) => {
  const lines = [header.join(','), ...good.map(([a, n, s, c]) => [a, n, s, c, '10'].join(',')), ...rows.map((r) => r.join(','))];
  return header === COLUMNS.slice(0, 5) && rows.length === 0 ? lines.join('\n') : lines.join('\r\n');
});

/** `--set path=value` strings: the base's paths and made-up ones, values as YAML text. */
export const setString = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...NUMERIC_PATHS).map((p) => `${p}=3`) }, fc.tuple(
  fc.oneof(fc.constantFrom(...BASE_PATHS), fc.array(PART, { minLength: 1, maxLength: 4 }).map((p) => p.join('.'))),
  fc.oneof(fc.constantFrom('4', '0', '-1', '1e308', '0x10', '{dist: fixed, value: 28}', '[a, b]', '', 'abc', '*x', '&a [*a, *a]', '2026-01-01', '{', '~'), weirdNumber.map(String)),
  fc.constantFrom('=', '=', '=', ''),
).map(([p, v, eq]) => `${p}${eq}${v}`));

/** A value for a batch option's setting: mostly a small number. */
const batchValue = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: anyValue });

/** A batch file for `compare --batch`. */
export const batchFile = fc.record({
  baseline: fc.oneof({ weight: 6, arbitrary: fc.constant('scenario.yaml') }, { weight: 1, arbitrary: fc.constantFrom('missing.yaml', '.', '') }),
  name: fc.option(fc.oneof(fc.string({ maxLength: 5 }), controlText), { nil: undefined }),
  options: fc.array(fc.record({
    name: fc.oneof({ weight: 4, arbitrary: fc.uuid().map((u) => `Option ${u.slice(0, 4)}`) }, fc.constantFrom('Option A', 'Option B'), fc.string({ maxLength: 6 }), controlText),
    set: fc.dictionary(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NUMERIC_PATHS) }, fc.constantFrom(...BASE_PATHS), fc.array(PART, { minLength: 1, maxLength: 3 }).map((p) => p.join('.'))), batchValue, { maxKeys: 2 }),
    file: sometimes(fc.constantFrom('scenario.yaml', 'other.yaml', 'missing.yaml'), 4, undefined),
  }, { requiredKeys: ['name'] }), { minLength: 1, maxLength: 3 }),
}, { requiredKeys: ['baseline', 'options'] }).map((b) => JSON.parse(JSON.stringify(b)) as unknown); // undefined keys left out

/** Numbers typed on the command line. */
export const cliNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('0', '3', '0.95', '0.8', '12') },
  { weight: 2, arbitrary: fc.constantFrom('0x10', '1e3', ' 7 ', '', '-1', '1.5', '0.9x', '0.95', '.5', '1000', '99999999999999999999', 'Infinity', 'NaN', '0b11', '2 ', '٣') },
);
