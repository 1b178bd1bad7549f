import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBatchFile } from '../../src/io/batch-file.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { runReplication } from '../../src/sim/run-replication.js';

const DIR = join(__dirname, '../../scenarios/options');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe('every option batch in scenarios/options', () => {
  it.each(files)('%s: every option is a valid scenario that runs (one replication, invariants checked)', (file) => {
    const batch = readBatchFile(join(DIR, file));
    for (const option of batch.options) {
      const { scenario } = loadScenario(option.file, [], option.settings);
      expect(() => runReplication(scenario, 1, 0, { checkInvariants: true })).not.toThrow();
    }
  });
});

describe('dated steps as overrides (what `size --vary` changes)', () => {
  it('a step set with --set can then be changed by its index', () => {
    const { scenario } = loadScenario(join(DIR, '../leicestershire.yaml'), ['services.outreach.capacitySteps=[{from: 2027-04-01, places: 12}]', 'services.outreach.capacitySteps.0.places=16']);
    expect(scenario.services.outreach.capacitySteps).toEqual([{ from: '2027-04-01', places: 16 }]);
  });
});
