/**
 * The shipped records, through the built binary: complete, consistent with the JSON
 * contract, and right on the facts a student is examined on.
 */
import { describe, expect, it } from 'vitest';
import { asm } from '../helpers/cli.js';

const DRUG_IDS = [
  'carbamazepine', 'oxcarbazepine', 'eslicarbazepine', 'phenytoin', 'fosphenytoin', 'lamotrigine', 'lacosamide', 'rufinamide',
  'valproate', 'ethosuximide', 'levetiracetam', 'brivaracetam', 'gabapentin', 'pregabalin', 'phenobarbital', 'primidone',
  'lorazepam', 'diazepam', 'clonazepam', 'midazolam', 'clobazam', 'tiagabine', 'vigabatrin', 'topiramate', 'zonisamide',
  'perampanel', 'cenobamate', 'felbamate', 'cannabidiol', 'stiripentol', 'fenfluramine', 'ganaxolone', 'acetazolamide', 'everolimus',
];
const SEIZURE_TYPES = ['focal', 'generalized-tonic-clonic', 'absence', 'myoclonic', 'atonic', 'tonic', 'infantile-spasms', 'status-epilepticus'];
const SYNDROMES = [
  'mesial-temporal-lobe-epilepsy', 'juvenile-myoclonic-epilepsy', 'childhood-absence-epilepsy', 'self-limited-epilepsy-with-centrotemporal-spikes',
  'lennox-gastaut-syndrome', 'dravet-syndrome', 'infantile-epileptic-spasms-syndrome', 'tuberous-sclerosis-complex',
];
const PILLARS = ['sodium-channel-block', 'excitatory-synapse', 'gaba-enhancement', 't-type-calcium-block'];

interface DrugJson {
  id: string;
  name: string;
  brands: string[];
  mechanisms: { pillar: string; target: string; primary: boolean }[];
  treats: string[];
  mayWorsen: string[];
  enzymeEffect: string;
  halfLifeHours: [number, number];
  boxedWarnings: string[];
  sources: { title: string; url?: string }[];
  pregnancy: { malformationRates: { registry: string; percent: number }[] };
}

const drugs: DrugJson[] = JSON.parse(asm(['list', '--json']).stdout);
const byId = new Map(drugs.map((d) => [d.id, d]));
const ids = (args: string[]) => (JSON.parse(asm([...args, '--json']).stdout) as { id: string }[]).map((d) => d.id);

describe('the shipped records', () => {
  it('validate without a single problem', () => {
    const r = asm(['validate']);
    expect(r.stdout + r.stderr).toMatch(/^ok data: \d+ files, 34 drugs/);
    expect(r.code).toBe(0);
  });

  it('hold the 34 drugs, the seizure types, the syndromes and the four pillars', () => {
    expect(drugs.map((d) => d.id).sort()).toEqual([...DRUG_IDS].sort());
    for (const id of [...SEIZURE_TYPES, ...SYNDROMES, ...PILLARS]) expect(asm(['lookup', id]).code, id).toBe(0);
    const pillars = JSON.parse(asm(['list', 'mechanisms', '--json']).stdout) as { id: string; pillar?: number }[];
    expect(PILLARS.map((p) => pillars.find((m) => m.id === p)?.pillar)).toEqual([1, 2, 3, 4]);
  });

  it('every drug object follows the JSON contract', () => {
    const effects = ['strong-inducer', 'weak-inducer', 'inhibitor', 'mixed', 'none'];
    for (const d of drugs) {
      expect(typeof d.name, d.id).toBe('string');
      expect(Array.isArray(d.brands), d.id).toBe(true);
      expect(d.mechanisms.length, d.id).toBeGreaterThan(0);
      for (const m of d.mechanisms) expect(typeof m.primary, d.id).toBe('boolean');
      expect(d.mechanisms.some((m) => m.primary), `${d.id} has a primary mechanism`).toBe(true);
      expect(d.treats.length, `${d.id} treats something`).toBeGreaterThan(0);
      expect(effects, d.id).toContain(d.enzymeEffect);
      expect(d.halfLifeHours[0], d.id).toBeGreaterThan(0);
      expect(d.halfLifeHours[0], d.id).toBeLessThanOrEqual(d.halfLifeHours[1]);
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) expect(s.title.length, d.id).toBeGreaterThan(10);
      expect(d.mayWorsen.filter((c) => d.treats.includes(c)), d.id).toEqual([]);
    }
  });

  it.each([
    ['Tegretol', 'carbamazepine'],
    ['Keppra', 'levetiracetam'],
    ['Lamictal', 'lamotrigine'],
    ['Depakote', 'valproate'],
    ['Dilantin', 'phenytoin'],
    ['Zarontin', 'ethosuximide'],
    ['JME', 'juvenile-myoclonic-epilepsy'],
    ['BECTS', 'self-limited-epilepsy-with-centrotemporal-spikes'],
    ['SeLECTS', 'self-limited-epilepsy-with-centrotemporal-spikes'],
    ['West syndrome', 'infantile-epileptic-spasms-syndrome'],
    ['MTLE', 'mesial-temporal-lobe-epilepsy'],
    ['CAE', 'childhood-absence-epilepsy'],
    ['LGS', 'lennox-gastaut-syndrome'],
  ])('%s finds %s', (name, id) => {
    const r = asm(['lookup', name, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(id);
  });
});

describe('the facts the course teaches', () => {
  it('the classic enzyme inducers are inducers; valproate inhibits', () => {
    for (const id of ['carbamazepine', 'phenytoin', 'phenobarbital', 'primidone']) expect(byId.get(id)!.enzymeEffect, id).toBe('strong-inducer');
    expect(byId.get('valproate')!.enzymeEffect).toBe('inhibitor');
    expect(ids(['list', '--inducer'])).toEqual(expect.arrayContaining(['carbamazepine', 'phenytoin', 'phenobarbital', 'primidone']));
    expect(ids(['list', '--inducer'])).not.toContain('levetiracetam');
  });

  it('sodium-channel blockers may worsen absence seizures; ethosuximide treats them', () => {
    expect(ids(['list', '--worsens', 'absence'])).toEqual(expect.arrayContaining(['carbamazepine', 'phenytoin']));
    expect(byId.get('ethosuximide')!.treats).toContain('absence');
    expect(byId.get('ethosuximide')!.mechanisms[0]!.pillar).toBe('t-type-calcium-block');
  });

  it('each pillar has its signature drugs', () => {
    expect(ids(['list', '--pillar', 'sodium-channel-block'])).toEqual(expect.arrayContaining(['carbamazepine', 'phenytoin', 'lamotrigine', 'lacosamide']));
    expect(ids(['list', '--pillar', 'excitatory-synapse'])).toEqual(expect.arrayContaining(['levetiracetam', 'brivaracetam', 'perampanel', 'gabapentin', 'pregabalin']));
    expect(ids(['list', '--pillar', 'gaba-enhancement'])).toEqual(expect.arrayContaining(['lorazepam', 'phenobarbital', 'tiagabine', 'vigabatrin']));
    expect(ids(['list', '--pillar', 't-type-calcium-block'])).toEqual(expect.arrayContaining(['ethosuximide']));
  });

  it('valproate carries the highest registry malformation rate', () => {
    const rate = (id: string) => Math.max(...byId.get(id)!.pregnancy.malformationRates.filter((r) => /EURAP 2018/.test(r.registry)).map((r) => r.percent));
    for (const id of ['carbamazepine', 'lamotrigine', 'levetiracetam', 'phenytoin', 'oxcarbazepine', 'topiramate']) {
      expect(rate('valproate'), id).toBeGreaterThan(rate(id));
    }
  });

  it('boxed warnings that are on every exam', () => {
    const boxed = (id: string) => byId.get(id)!.boxedWarnings.join(' | ');
    expect(boxed('carbamazepine')).toMatch(/HLA-B\*15:?02/);
    expect(boxed('carbamazepine')).toMatch(/aplastic anemia/i);
    expect(boxed('valproate')).toMatch(/hepato/i);
    expect(boxed('valproate')).toMatch(/pancreatitis/i);
    expect(boxed('lamotrigine')).toMatch(/rash/i);
    expect(boxed('vigabatrin')).toMatch(/vision/i);
    expect(boxed('felbamate')).toMatch(/aplastic anemia/i);
    expect(boxed('perampanel')).toMatch(/psychiatric/i);
    expect(boxed('fenfluramine')).toMatch(/valvular/i);
    expect(boxed('levetiracetam')).toBe('');
  });

  it('IV forms exist where status epilepticus needs them', () => {
    expect(ids(['list', '--iv'])).toEqual(expect.arrayContaining(['lorazepam', 'diazepam', 'midazolam', 'fosphenytoin', 'phenytoin', 'valproate', 'levetiracetam', 'phenobarbital', 'lacosamide']));
    expect(ids(['list', '--iv'])).not.toContain('ethosuximide');
  });
});

describe('the commands on the shipped records', () => {
  it('compare, search and lookup work on real data', () => {
    expect(asm(['compare', 'carbamazepine', 'valproate', 'ethosuximide']).code).toBe(0);
    for (const q of ['hyponatremia', 'kidney stones', 'HLA-B', 'SV2A']) {
      const hits = JSON.parse(asm(['search', q, '--json']).stdout) as { id: string }[];
      expect(hits.length, q).toBeGreaterThan(0);
    }
    expect(JSON.parse(asm(['search', 'kidney stones', '--json']).stdout).map((h: { id: string }) => h.id)).toEqual(expect.arrayContaining(['topiramate', 'zonisamide']));
    expect(JSON.parse(asm(['search', 'SV2A', '--json']).stdout)[0].id).toMatch(/levetiracetam|brivaracetam|excitatory-synapse/);
  });

  it('every record renders every section within the width', () => {
    const names = [...DRUG_IDS, ...SEIZURE_TYPES, ...SYNDROMES, ...PILLARS];
    for (const id of names) {
      const r = asm(['lookup', id], { env: { COLUMNS: '72' } });
      expect(r.code, id).toBe(0);
      for (const line of r.stdout.split('\n')) expect([...line].length, `${id}: ${line}`).toBeLessThanOrEqual(72);
      expect(r.stdout, id).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });
});
