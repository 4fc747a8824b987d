/**
 * The kernel stays pure and drug-agnostic: no drug names, no I/O, no imports from outside src/kernel.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const KERNEL = join(import.meta.dirname, '../../src/kernel');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const DRUG_NAMES = [
  'carbamazepine', 'phenytoin', 'lamotrigine', 'oxcarbazepine', 'lacosamide', 'ethosuximide', 'valpro', 'lorazepam', 'diazepam',
  'clonazepam', 'midazolam', 'clobazam', 'phenobarbital', 'levetiracetam', 'brivaracetam', 'perampanel', 'gabapentin', 'pregabalin',
  'topiramate', 'zonisamide', 'tiagabine', 'vigabatrin', 'felbamate', 'cenobamate', 'rufinamide', 'eslicarbazepine',
];

describe('kernel purity', () => {
  const all = files(KERNEL);
  it('has source files', () => expect(all.length).toBeGreaterThan(10));
  it('names no drug in code (comments may explain the model in words)', () => {
    for (const f of all) {
      const code = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      for (const name of DRUG_NAMES) expect(code.toLowerCase().includes(name), `${f} mentions ${name}`).toBe(false);
    }
  });
  it('imports nothing from outside src/kernel and no node: modules', () => {
    for (const f of all) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1]!;
        expect(spec.startsWith('.'), `${f} imports ${spec}`).toBe(true);
        const target = join(f, '..', spec);
        expect(target.startsWith(KERNEL), `${f} imports ${spec} from outside the kernel`).toBe(true);
      }
    }
  });
});
