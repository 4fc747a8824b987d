/** The shipped records (data/), loaded once per test file, for tests that need real drugs. */
import { join } from 'node:path';
import type { DrugInput } from '../../src/domain/drug-effects.js';
import { Catalog } from '../../src/records/catalog.js';
import { loadFromDisk } from '../../src/records/load.js';
import { ROOT } from './cli.js';

const loaded = loadFromDisk(join(ROOT, 'data'));
if (loaded.problems.length) throw new Error(`data/ has problems: ${loaded.problems[0]!.message}`);
export const shipped = new Catalog(loaded.records);

/** A drug record in the shape the kernel bridge takes. */
export function drugInput(id: string): DrugInput {
  const d = shipped.drug(id);
  if (!d) throw new Error(`no drug ${id} in data/`);
  return d;
}
