/**
 * The shipped records: complete, consistent from every side of every relation, following
 * the current NICE NG217 ladders, and right on the facts a student is examined on.
 * Commands run in-process against data/.
 */
import { describe, expect, it } from 'vitest';
import { compareRows } from '../../src/domain/compare.js';
import { allRecords } from '../../src/records/collections.js';
import type { Tier } from '../../src/records/vocab.js';
import { asm } from '../helpers/run.js';
import { shipped } from '../helpers/records.js';

const DRUG_IDS = [
  'carbamazepine', 'oxcarbazepine', 'eslicarbazepine', 'phenytoin', 'fosphenytoin', 'lamotrigine', 'lacosamide', 'rufinamide',
  'valproate', 'ethosuximide', 'levetiracetam', 'brivaracetam', 'gabapentin', 'pregabalin', 'phenobarbital', 'primidone',
  'lorazepam', 'diazepam', 'clonazepam', 'midazolam', 'clobazam', 'tiagabine', 'vigabatrin', 'topiramate', 'zonisamide',
  'perampanel', 'cenobamate', 'felbamate', 'cannabidiol', 'stiripentol', 'fenfluramine', 'ganaxolone', 'acetazolamide', 'everolimus',
  'sultiame', 'piracetam',
];
const PILLARS = ['sodium-channel-block', 'excitatory-synapse', 'gaba-enhancement', 't-type-calcium-block'];
const CONDITIONS = shipped.conditions().map((c) => c.id);

interface DrugJson {
  id: string;
  brands: string[];
  mechanisms: { pillar: string; mechanism: string; primary: boolean }[];
  treats: string[];
  mayWorsen: string[];
  tiers: { condition: string; tier: string }[];
  enzymeEffect: string;
  halfLifeHours: [number, number];
  boxedWarnings: string[];
  interactions: { id: string; perpetrator: string; victim: string; direction: string; advice: string }[];
  sources: { title: string }[];
}

const json = async (argv: string[]) => JSON.parse((await asm([...argv, '--json'])).stdout) as unknown;
const drugs = (await json(['list'])) as DrugJson[];
const byId = new Map(drugs.map((d) => [d.id, d]));
const ids = async (argv: string[]) => ((await json(argv)) as { id: string }[]).map((d) => d.id).sort();
const tierDrugs = (condition: string, tier: Tier) =>
  shipped
    .condition(condition)!
    .tiers.filter((t) => t.tier === tier)
    .flatMap((t) => t.drugs.map((d) => d.drug))
    .sort();

describe('the shipped records', () => {
  it('validate without a single problem', async () => {
    const r = await asm(['validate']);
    expect(r.stdout).toMatch(/^ok data: \d+ record files; 36 drugs, \d+ co-medications/);
    expect(r.code).toBe(0);
  });

  it('hold every drug, condition, the four pillars, interactions, co-medications, enzymes and registries', () => {
    expect(drugs.map((d) => d.id).sort()).toEqual([...DRUG_IDS].sort());
    expect(PILLARS.map((p) => shipped.mechanism(p)?.pillar)).toEqual([1, 2, 3, 4]);
    expect(shipped.set.interactions.length).toBeGreaterThan(100);
    for (const id of ['combined-oral-contraceptive', 'progestogen-only-pill', 'levonorgestrel-iud', 'warfarin', 'apixaban', 'rivaroxaban', 'dabigatran', 'edoxaban', 'rifampicin', 'clarithromycin', 'fluconazole']) {
      expect(shipped.get('comedication', id), id).toBeDefined();
    }
    for (const id of ['cyp3a4', 'cyp2c9', 'cyp2c19', 'ugt1a4', 'p-gp', 'epoxide-hydrolase', 'protein-binding']) expect(shipped.get('enzyme', id), id).toBeDefined();
    for (const id of ['eurap', 'naapr', 'uk-ireland']) expect(shipped.get('registry', id), id).toBeDefined();
  });

  it('every drug object follows the JSON contract; `pillar` still names the mechanism', () => {
    const effects = ['strong-inducer', 'weak-inducer', 'inducer', 'inhibitor', 'mixed', 'none'];
    for (const d of drugs) {
      expect(d.mechanisms.some((m) => m.primary), `${d.id} has a primary mechanism`).toBe(true);
      for (const m of d.mechanisms) expect(m.pillar, d.id).toBe(m.mechanism);
      expect(d.treats.length, `${d.id} treats something`).toBeGreaterThan(0);
      expect(effects, d.id).toContain(d.enzymeEffect);
      expect(d.halfLifeHours[0], d.id).toBeLessThanOrEqual(d.halfLifeHours[1]);
      for (const s of d.sources) expect(s.title.length, d.id).toBeGreaterThan(10);
    }
  });

  it.each([
    ['Tegretol', 'carbamazepine'],
    ['Keppra', 'levetiracetam'],
    ['Depakote', 'valproate'],
    ['JME', 'juvenile-myoclonic-epilepsy'],
    ['BECTS', 'self-limited-epilepsy-with-centrotemporal-spikes'],
    ['SeLECTS', 'self-limited-epilepsy-with-centrotemporal-spikes'],
    ['West', 'infantile-epileptic-spasms-syndrome'],
    ['Dravet', 'dravet-syndrome'],
    ['Lennox-Gastaut', 'lennox-gastaut-syndrome'],
    ['benzodiazepines', 'benzodiazepine'],
    ['CYP3A4', 'cyp3a4'],
    ['EURAP', 'eurap'],
    ['the pill', 'combined-oral-contraceptive'],
    ['sulthiame', 'sultiame'],
  ])('%s finds %s', async (name, id) => {
    const r = await asm(['lookup', name, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(id);
  });

  it('a class page lists the drugs of the class', async () => {
    const r = await asm(['lookup', 'benzodiazepines']);
    for (const name of ['Clobazam', 'Clonazepam', 'Diazepam', 'Lorazepam', 'Midazolam']) expect(r.stdout).toContain(`• ${name}`);
    expect(await ids(['list', '--class', 'gabapentinoids'])).toEqual(['gabapentin', 'pregabalin']);
  });

  it('spectrum is a field with a filter', async () => {
    expect(await ids(['list', '--spectrum', 'broad'])).toEqual(expect.arrayContaining(['valproate', 'lamotrigine', 'levetiracetam', 'topiramate']));
    expect(await ids(['list', '--spectrum', 'narrow'])).toEqual(expect.arrayContaining(['carbamazepine', 'phenytoin', 'ethosuximide', 'gabapentin']));
    for (const d of shipped.drugs) expect(d.spectrum, d.id).toBeDefined();
  });
});

describe('one truth for every relation, seen from every side', () => {
  it('what may worsen a condition: list --worsens, lookup, the drug JSON and compare agree, for every condition', async () => {
    for (const c of shipped.conditions()) {
      const fromCondition = c.mayWorsen.map((w) => w.drug).sort();
      expect(await ids(['list', '--worsens', c.id]), c.id).toEqual(fromCondition);
      const conditionJson = (await json(['lookup', c.id])) as { mayBeWorsenedBy: string[] };
      expect([...conditionJson.mayBeWorsenedBy].sort(), c.id).toEqual(fromCondition);
      expect(drugs.filter((d) => d.mayWorsen.includes(c.id)).map((d) => d.id).sort(), c.id).toEqual(fromCondition);
      for (const w of c.mayWorsen) {
        const [row] = compareRows([shipped.drug(w.drug)!], ['worsens'], shipped);
        expect(row!.cells[0], `${c.id} / ${w.drug}`).toContain(shipped.nameOf(c.id).length <= 20 ? shipped.nameOf(c.id) : '');
      }
    }
  });

  it('the ladders: each drug JSON lists exactly the tiers the condition records give it', () => {
    for (const d of drugs) {
      const expected = shipped.conditions().flatMap((c) => c.tiers.flatMap((t) => (t.drugs.some((x) => x.drug === d.id) ? [`${c.id}/${t.tier}`] : [])));
      expect(d.tiers.map((t) => `${t.condition}/${t.tier}`).sort(), d.id).toEqual(expected.sort());
    }
  });

  it('no drug is both on a ladder and to be avoided for the same condition', () => {
    for (const c of shipped.conditions()) {
      const laddered = new Set(c.tiers.flatMap((t) => t.drugs.map((x) => x.drug)));
      for (const w of c.mayWorsen.filter((x) => x.strength === 'avoid')) expect(laddered.has(w.drug), `${c.id} / ${w.drug}`).toBe(false);
    }
  });

  it('each interaction is written once and seen from both drugs', () => {
    const pairs = shipped.interactionPairs();
    expect(new Set(pairs.map((p) => `${p.perpetrator}>${p.victim}`)).size).toBe(pairs.length);
    for (const p of pairs) {
      for (const side of [p.perpetrator, p.victim]) {
        const seen = shipped.interactionsOf(side).some((q) => q.record.id === p.record.id && q.perpetrator === p.perpetrator && q.victim === p.victim);
        expect(seen, `${p.record.id} from ${side}`).toBe(true);
      }
      const drug = byId.get(p.victim) ?? byId.get(p.perpetrator);
      if (drug) expect(drug.interactions.some((x) => x.id === p.record.id), `${drug.id} JSON has ${p.record.id}`).toBe(true);
    }
  });
});

describe('the current NICE NG217 ladders (2022, updated January 2025 and August 2026)', () => {
  it('every condition says which guidance it follows', () => {
    for (const c of shipped.conditions()) expect(c.guidance?.version, c.id).toBeDefined();
  });

  it('focal: lamotrigine or levetiracetam; then carbamazepine, oxcarbazepine or zonisamide; then lacosamide', () => {
    expect(tierDrugs('focal', 'first-line')).toEqual(['lamotrigine', 'levetiracetam']);
    expect(tierDrugs('focal', 'second-line')).toEqual(['carbamazepine', 'oxcarbazepine', 'zonisamide']);
    expect(tierDrugs('focal', 'third-line')).toEqual(['lacosamide']);
  });

  it('tonic-clonic and idiopathic generalized epilepsies: a choice of lamotrigine, levetiracetam or valproate', () => {
    expect(tierDrugs('generalized-tonic-clonic', 'first-line')).toEqual(['lamotrigine', 'levetiracetam', 'valproate']);
    expect(tierDrugs('idiopathic-generalized-epilepsy', 'first-line')).toEqual(['lamotrigine', 'levetiracetam', 'valproate']);
  });

  it('absence: ethosuximide first; phenobarbital and the sodium-channel blockers may worsen it', () => {
    for (const id of ['absence', 'childhood-absence-epilepsy']) {
      expect(shipped.condition(id)!.tiers[0]!.drugs.map((d) => d.drug), id).toEqual(['ethosuximide']);
      expect(shipped.condition(id)!.tiers.find((t) => t.tier === 'second-line')!.drugs.map((d) => d.drug), id).toEqual(['lamotrigine', 'levetiracetam', 'valproate']);
      const warned = shipped.drugsWorsening(id).map((w) => w.drug);
      expect(warned, id).toEqual(expect.arrayContaining(['carbamazepine', 'phenytoin', 'oxcarbazepine', 'phenobarbital', 'vigabatrin', 'tiagabine']));
      const cbz = shipped.drugsWorsening(id).find((w) => w.drug === 'carbamazepine')!;
      expect(cbz.strength, id).toBe('avoid');
    }
  });

  it('myoclonic and JME: levetiracetam and valproate; lamotrigine only with caution', () => {
    expect(tierDrugs('myoclonic', 'first-line')).toEqual(['levetiracetam', 'valproate']);
    for (const id of ['myoclonic', 'juvenile-myoclonic-epilepsy']) {
      expect(shipped.drugsWorsening(id).find((w) => w.drug === 'lamotrigine')?.strength, id).toBe('caution');
      expect(shipped.drugsWorsening(id).find((w) => w.drug === 'carbamazepine')?.strength, id).toBe('avoid');
    }
  });

  it('SeLECTS: lamotrigine or levetiracetam; sultiame second (2026); then carbamazepine, oxcarbazepine or zonisamide; no valproate', () => {
    const id = 'self-limited-epilepsy-with-centrotemporal-spikes';
    expect(tierDrugs(id, 'first-line')).toEqual(['lamotrigine', 'levetiracetam']);
    expect(tierDrugs(id, 'second-line')).toEqual(['sultiame']);
    expect(tierDrugs(id, 'third-line')).toEqual(['carbamazepine', 'oxcarbazepine', 'zonisamide']);
    expect(shipped.condition(id)!.tiers.flatMap((t) => t.drugs.map((d) => d.drug))).not.toContain('valproate');
    expect(shipped.drugsWorsening(id).find((w) => w.drug === 'lamotrigine')?.strength).toBe('caution');
    const text = JSON.stringify(shipped.condition(id));
    expect(text).toMatch(/two years|2 years/);
    expect(text).toMatch(/14/);
  });

  it('Dravet and Lennox-Gastaut: valproate first; lacosamide and phenobarbital among what may worsen them', () => {
    for (const id of ['dravet-syndrome', 'lennox-gastaut-syndrome']) {
      expect(tierDrugs(id, 'first-line'), id).toEqual(['valproate']);
      expect(shipped.drugsWorsening(id).map((w) => w.drug), id).toEqual(expect.arrayContaining(['lacosamide', 'phenobarbital', 'carbamazepine']));
    }
  });

  it('status epilepticus: a benzodiazepine; then IV levetiracetam, phenytoin or valproate; then phenobarbital or general anaesthesia', () => {
    expect(tierDrugs('status-epilepticus', 'first-line')).toEqual(['diazepam', 'lorazepam', 'midazolam']);
    expect(tierDrugs('status-epilepticus', 'second-line')).toEqual(['levetiracetam', 'phenytoin', 'valproate']);
    expect(tierDrugs('status-epilepticus', 'third-line')).toEqual(['phenobarbital']);
    const third = shipped.condition('status-epilepticus')!.tiers.find((t) => t.tier === 'third-line')!;
    expect(third.other.map((o) => o.name).join(' ')).toMatch(/general anaesthesia/);
  });
});

describe('facts checked against sources', () => {
  it('the classic enzyme inducers induce CYP3A4 strongly; valproate inhibits', () => {
    for (const id of ['carbamazepine', 'phenytoin', 'phenobarbital']) {
      expect(shipped.drug(id)!.enzymes.induces.find((e) => e.enzyme === 'cyp3a4')?.strength, id).toBe('strong');
    }
    expect(byId.get('valproate')!.enzymeEffect).toBe('inhibitor');
  });

  it('the interactions every exam asks about are recorded, with their direction', () => {
    const pair = (p: string, v: string) => shipped.interactionPairs().find((x) => x.perpetrator === p && x.victim === v)?.record;
    expect(pair('valproate', 'lamotrigine')?.direction).toBe('up');
    expect(pair('valproate', 'lamotrigine')?.management).toMatch(/half|50%/i);
    for (const inducer of ['carbamazepine', 'phenytoin', 'phenobarbital']) {
      expect(pair(inducer, 'combined-oral-contraceptive')?.direction, inducer).toBe('down');
      for (const anticoagulant of ['warfarin', 'apixaban', 'rivaroxaban', 'dabigatran', 'edoxaban']) expect(pair(inducer, anticoagulant), `${inducer} ${anticoagulant}`).toBeDefined();
    }
    expect(pair('combined-oral-contraceptive', 'lamotrigine')?.direction).toBe('down');
    expect(pair('valproate', 'phenytoin')?.mechanism).toEqual(expect.arrayContaining(['protein-binding']));
    expect(pair('cenobamate', 'phenytoin')?.direction).toBe('up');
    expect(pair('cenobamate', 'phenobarbital')?.direction).toBe('up');
    expect(pair('carbamazepine', 'carbamazepine')?.direction).toBe('down');
  });

  it('pregnancy: rates are rows by registry and year; valproate has the highest; its spina bifida figure is there', () => {
    const rows = shipped.drugs.flatMap((d) => d.pregnancy.rates.filter((r) => !r.doseBand).map((r) => ({ id: d.id, ...r })));
    const eurap2018 = (id: string) => rows.find((r) => r.id === id && r.registry === 'eurap' && r.year === 2018)?.percent ?? 0;
    for (const id of ['carbamazepine', 'lamotrigine', 'levetiracetam', 'phenytoin', 'oxcarbazepine', 'topiramate']) expect(eurap2018('valproate'), id).toBeGreaterThan(eurap2018(id));
    expect(shipped.drug('valproate')!.pregnancy.outcomes.map((o) => o.outcome).join(' ')).toMatch(/spina bifida/i);
    expect(shipped.drug('lacosamide')!.pregnancy.rates.some((r) => r.registry === 'naapr')).toBe(true);
    const pb = shipped.drug('phenobarbital')!.pregnancy.rates.filter((r) => r.registry === 'eurap' && r.doseBand);
    expect(new Set(pb.map((r) => r.year))).toEqual(new Set([2018, 2024]));
  });

  it('labels: Zortress is not an everolimus brand; clonazepam tolerance; diazepam and NG217', () => {
    expect(byId.get('everolimus')!.brands).not.toContain('Zortress');
    expect(JSON.stringify(shipped.drug('clonazepam')!.adverseEffects)).toMatch(/30%/);
    expect(JSON.stringify(shipped.drug('diazepam'))).not.toMatch(/NG217 uses IV diazepam/);
  });

  it('MTLE names ERSET beside Wiebe 2001', () => {
    expect(JSON.stringify(shipped.condition('mesial-temporal-lobe-epilepsy'))).toMatch(/ERSET/);
  });

  it('boxed warnings that are on every exam', () => {
    const boxed = (id: string) => byId.get(id)!.boxedWarnings.join(' | ');
    expect(boxed('carbamazepine')).toMatch(/HLA-B\*15:?02/);
    expect(boxed('valproate')).toMatch(/hepato/i);
    expect(boxed('lamotrigine')).toMatch(/rash/i);
    expect(boxed('vigabatrin')).toMatch(/vision/i);
    expect(boxed('levetiracetam')).toBe('');
  });

  it('every drug has dosing, and the status-epilepticus drugs a loading or acute dose', () => {
    for (const d of shipped.drugs) expect(d.dosing, d.id).toBeDefined();
    for (const id of ['phenytoin', 'fosphenytoin', 'levetiracetam', 'valproate', 'phenobarbital']) expect(shipped.drug(id)!.dosing?.loading, id).toBeDefined();
    for (const id of ['lorazepam', 'midazolam', 'diazepam']) expect(shipped.drug(id)!.dosing?.acute, id).toBeDefined();
  });
});

describe('every page of every record', () => {
  it('renders within the width, with no undefined or [object Object]', async () => {
    for (const entry of allRecords(shipped.set)) {
      const r = await asm(['lookup', entry.record.id], { env: { COLUMNS: '72' } });
      expect(r.code, `${entry.kind} ${entry.record.id}: ${r.stderr}`).toBe(0);
      for (const line of r.stdout.split('\n')) expect([...line].length, `${entry.record.id}: ${line}`).toBeLessThanOrEqual(72);
      expect(r.stdout, entry.record.id).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  it('every citation marker on a page points at a listed source', async () => {
    for (const id of ['carbamazepine', 'valproate', 'absence', 'cyp3a4', 'eurap', 'combined-oral-contraceptive']) {
      const page = (await asm(['lookup', id])).stdout;
      const listed = new Set([...page.matchAll(/^ {2}\[(\d+)\]/gm)].map((m) => Number(m[1])));
      const cited = new Set([...page.matchAll(/\[([\d,]+)\]/g)].flatMap((m) => m[1]!.split(',').map(Number)));
      for (const n of cited) expect(listed.has(n), `${id} [${n}]`).toBe(true);
    }
  });

  it('conditions are known: CONDITIONS covers seizure types and syndromes', () => {
    expect(CONDITIONS.length).toBeGreaterThan(15);
  });
});
