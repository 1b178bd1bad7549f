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
