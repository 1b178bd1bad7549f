import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/io/load-scenario.js';
import { InputError } from '../../src/io/input-error.js';

/** Every problem of a set of overrides at once: a mistyped path must not hide a bad value set beside it. */
function problemsOf(overrides: string[]): string[] {
  try {
    loadScenario('scenarios/test/hub-loss.yaml', overrides);
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  return [];
}

describe('overrides with several mistakes', () => {
  it('name the unknown path and the bad value, each with its override', () => {
    const problems = problemsOf(['services.hub.bedz=3', 'services.hub.beds=-2']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^--set services\.hub\.bedz=3: services\.hub\.bedz: unknown field "bedz"/);
    expect(problems[1]).toMatch(/^services\.hub\.beds: .*>=0 \(from --set services\.hub\.beds=-2\)$/);
  });

  it('a good value beside an unknown path is applied and validated without complaint', () => {
    expect(problemsOf(['services.hub.bedz=3', 'services.hub.beds=4'])).toHaveLength(1);
  });
});

describe('a list element whose name contains a dot', () => {
  it('is named as any other (services.homes.St. Mary\'s.beds), not read as a field "Mary\'s"', async () => {
    const { applyWhatCan } = await import('../../src/io/overrides.js');
    const raw = { services: { homes: [{ name: 'Welland House', beds: 2 }, { name: "St. Mary's", beds: 3 }] } };
    const { out, problems } = applyWhatCan(raw, [{ path: "services.homes.St. Mary's.beds", value: 4, source: 'test' }]);
    expect(problems).toEqual([]);
    expect((out as typeof raw).services.homes[1].beds).toBe(4);
    expect(raw.services.homes[1].beds).toBe(3); // a copy is changed, not the input
  });

  it('a dotted name that is not there is still an unknown element', async () => {
    const { applyWhatCan } = await import('../../src/io/overrides.js');
    const raw = { services: { homes: [{ name: "St. Mary's", beds: 3 }] } };
    const { problems } = applyWhatCan(raw, [{ path: "services.homes.St. John's.beds", value: 4, source: 'test' }]);
    expect(problems).toHaveLength(1);
  });
});

describe('a rule between sibling fields', () => {
  it('blames the override that set the sibling the rule is not reported on', () => {
    const problems = problemsOf(['services.hub.stayDays={dist: uniform, min: 30, max: 40}', 'services.hub.stayDays.min=50']);
    expect(problems.some((p) => /services\.hub\.stayDays\.max: .*\(from --set services\.hub\.stayDays\.min=50\)$/.test(p))).toBe(true);
  });
});
