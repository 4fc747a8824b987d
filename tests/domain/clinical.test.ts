/**
 * The clinical reasoning on the shipped records: every rule of asm treat, interact and
 * pregnancy, and tests that fail when the records contradict each other.
 */
import { describe, expect, it } from 'vitest';
import { interactionsAmong, interactionsOfOne, predict } from '../../src/domain/clinical/interact.js';
import { baselines, rateRows } from '../../src/domain/clinical/pregnancy.js';
import { factorsOf, licensedFromYears, treatmentPlan } from '../../src/domain/clinical/treat.js';
import { Catalog } from '../../src/records/catalog.js';
import { shipped } from '../helpers/records.js';

const plan = (id: string, patient = {}) => treatmentPlan(shipped, id, patient);
const verdictOf = (p: ReturnType<typeof plan>, drug: string) => p.tiers.flatMap((t) => t.drugs).find((d) => d.id === drug)?.verdict;

describe('asm treat: the ladder and the warnings', () => {
  it('absence: ethosuximide first; the avoid list carries the absence paradox', () => {
    const p = plan('absence');
    expect(p.firstLine[0]).toBe('ethosuximide');
    const cbz = p.avoid.find((w) => w.id === 'carbamazepine')!;
    expect(cbz.reason).toMatch(/thalamocortical|absence/i);
    expect(p.avoid.map((w) => w.id)).toEqual(expect.arrayContaining(['carbamazepine', 'phenytoin', 'oxcarbazepine', 'gabapentin', 'tiagabine', 'vigabatrin']));
    expect(p.cautions.map((w) => w.id)).toContain('phenobarbital');
  });

  it('JME carries the drugs that worsen myoclonic seizures, from the myoclonic record too', () => {
    const p = plan('juvenile-myoclonic-epilepsy');
    const ids = p.avoid.map((w) => w.id);
    for (const id of shipped.condition('myoclonic')!.mayWorsen.filter((w) => w.strength === 'avoid').map((w) => w.drug)) expect(ids, id).toContain(id);
    expect(p.cautions.find((w) => w.id === 'lamotrigine') ?? p.tiers.flatMap((t) => t.drugs).find((d) => d.id === 'lamotrigine')?.notes.find((n) => n.about === 'worsens')).toBeDefined();
  });

  it('no drug on a first-line tier is also one the plan says to avoid', () => {
    for (const c of shipped.conditions()) {
      const p = plan(c.id);
      const avoided = new Set(p.avoid.map((w) => w.id));
      for (const id of p.firstLine) expect(avoided.has(id), `${c.id}: ${id}`).toBe(false);
    }
  });

  it('a syndrome whose first line another record says worsens it is caught by the validator (a record is wrong)', async () => {
    const { relationProblems } = await import('../../src/records/relations.js');
    const broken = structuredClone(shipped.set);
    const cae = broken.syndromes.find((s) => s.id === 'childhood-absence-epilepsy')!;
    cae.tiers[0]!.drugs.push({ drug: 'carbamazepine', cite: cae.tiers[0]!.drugs[0]!.cite });
    const problems: string[] = [];
    relationProblems(broken, (_k, id, _p, message) => problems.push(`${id}: ${message}`));
    expect(problems.some((m) => /childhood-absence-epilepsy: "carbamazepine" is first-line here, but the record of "absence"/.test(m))).toBe(true);
    expect(new Catalog(broken).drugsWorsening('absence').some((w) => w.drug === 'carbamazepine')).toBe(true);
  });
});

describe('asm treat: patient factors re-rank and annotate', () => {
  it('childbearing potential: valproate and topiramate fall under the MHRA rules, below the others in their tier', () => {
    const p = plan('generalized-tonic-clonic', { childbearingPotential: true, ageYears: 24 });
    const first = p.tiers.find((t) => t.tier === 'first-line')!.drugs.map((d) => d.id);
    expect(first.at(-1)).toBe('valproate');
    const vpa = p.tiers.flatMap((t) => t.drugs).find((d) => d.id === 'valproate')!;
    expect(vpa.verdict).toBe('specialist');
    expect(vpa.notes.map((n) => n.text).join(' ')).toMatch(/Pregnancy Prevention Programme/);
    expect(verdictOf(p, 'topiramate')).toBe('specialist');
    expect(p.firstLine.slice(0, 2).sort()).toEqual(['lamotrigine', 'levetiracetam']);
  });

  it('pregnancy rules valproate out and says why', () => {
    const p = plan('generalized-tonic-clonic', { pregnant: true });
    expect(verdictOf(p, 'valproate')).toBe('avoid');
    expect(p.firstLine).not.toContain('valproate');
    expect(p.avoid.find((w) => w.id === 'valproate')?.reason).toMatch(/pregnancy/i);
  });

  it('age: valproate under 55 needs two specialists; the liver warning applies under 2 years only', () => {
    const man = plan('generalized-tonic-clonic', { ageYears: 40 });
    expect(verdictOf(man, 'valproate')).toBe('specialist');
    const teen = plan('juvenile-myoclonic-epilepsy', { ageYears: 15 }).tiers.flatMap((t) => t.drugs).find((d) => d.id === 'valproate')!;
    expect(teen.notes.map((n) => n.text).join(' ')).not.toMatch(/under 2 years/);
    const older = plan('generalized-tonic-clonic', { ageYears: 70 });
    expect(verdictOf(older, 'valproate')).toBe('ok');
    expect(factorsOf({ ageYears: 70 }).has('older-adults')).toBe(true);
  });

  it('licensed ages: a child younger than the label is told the use is off-label', () => {
    const lcm = shipped.drug('lacosamide')!;
    const from = licensedFromYears(lcm, 'focal');
    expect(from).toBeGreaterThan(0);
    const p = plan('focal', { ageYears: from! / 2 });
    const notes = p.tiers.flatMap((t) => t.drugs).find((d) => d.id === 'lacosamide')!.notes;
    expect(notes.some((n) => n.about === 'age' && /off-label/.test(n.text))).toBe(true);
  });

  it('HLA-B*15:02 rules out carbamazepine, oxcarbazepine and phenytoin', () => {
    const p = plan('focal', { hlaB1502: true });
    for (const id of ['carbamazepine', 'oxcarbazepine', 'phenytoin']) expect(verdictOf(p, id), id).toBe('avoid');
    expect(p.avoid.map((w) => w.id)).toEqual(expect.arrayContaining(['carbamazepine', 'oxcarbazepine', 'phenytoin']));
    expect(verdictOf(p, 'lamotrigine')).toBe('ok');
  });

  it('kidney and liver: renally cleared drugs get a caution with their record text; valproate is avoided in liver disease', () => {
    const kidney = plan('focal', { renal: 'severe' });
    const lev = kidney.tiers.flatMap((t) => t.drugs).find((d) => d.id === 'levetiracetam')!;
    expect(lev.verdict).toBe('caution');
    expect(lev.notes.find((n) => n.about === 'renal')!.text).toContain(shipped.drug('levetiracetam')!.renal.text);
    expect(verdictOf(plan('generalized-tonic-clonic', { hepatic: 'severe' }), 'valproate')).toBe('avoid');
  });

  it('co-medications: an inducer with the combined pill, warfarin or a DOAC is flagged with its interaction record', () => {
    for (const med of ['combined-oral-contraceptive', 'warfarin', 'apixaban']) {
      const p = plan('focal', { on: [med] });
      const cbz = p.tiers.flatMap((t) => t.drugs).find((d) => d.id === 'carbamazepine')!;
      const note = cbz.notes.find((n) => n.about === 'interaction')!;
      expect(note.verdict, med).toBe('caution');
      expect(note.sources[0]!.kind, med).toBe('interaction');
      expect(p.interactions.some((f) => f.perpetrator === 'carbamazepine' && f.victim === med), med).toBe(true);
    }
  });

  it('breastfeeding shows each drug\'s breastfeeding text', () => {
    const p = plan('focal', { breastfeeding: true });
    const ltg = p.tiers.flatMap((t) => t.drugs).find((d) => d.id === 'lamotrigine')!;
    expect(ltg.notes.find((n) => n.about === 'breastfeeding')?.text).toBe(shipped.drug('lamotrigine')!.breastfeeding!.text);
  });
});

describe('asm interact', () => {
  it('valproate with lamotrigine: level up, rash, dose halved', () => {
    const [f] = interactionsAmong(shipped, ['valproate', 'lamotrigine']).filter((x) => x.perpetrator === 'valproate');
    expect(f).toMatchObject({ victim: 'lamotrigine', direction: 'up', documented: true, severity: 'major' });
    expect(f!.effect).toMatch(/rash/i);
    expect(f!.advice).toMatch(/half/i);
  });

  it('every recorded pair among the names is found, in both directions', () => {
    const ids = ['phenytoin', 'valproate'];
    const found = interactionsAmong(shipped, ids).filter((f) => f.documented);
    expect(found.map((f) => `${f.perpetrator}>${f.victim}`).sort()).toEqual(['phenytoin>valproate', 'valproate>phenytoin']);
  });

  it('predicts an interaction the records do not document, from the enzyme tables, and says so', () => {
    const catalog = new Catalog(structuredClone(shipped.set));
    // Take the documented carbamazepine -> apixaban pair away: the enzyme profiles still predict it.
    catalog.set.interactions = catalog.set.interactions.filter((x) => !(x.perpetrator.includes('carbamazepine') && x.victim.includes('apixaban')));
    const fresh = new Catalog(catalog.set);
    const f = interactionsAmong(fresh, ['carbamazepine', 'apixaban']).find((x) => x.perpetrator === 'carbamazepine' && x.victim === 'apixaban')!;
    expect(f.documented).toBe(false);
    expect(f.direction).toBe('down');
    expect(f.mechanism).toContain('cyp3a4');
    expect(f.reasoning.join(' ')).toMatch(/induces CYP3A4 \(strong\)/);
    expect(f.effect).toMatch(/^Predicted from the mechanism, not documented in the records/);
  });

  it('predicts nothing between drugs whose enzymes do not meet', () => {
    expect(predict(shipped, 'levetiracetam', 'gabapentin')).toBeUndefined();
    expect(interactionsAmong(shipped, ['levetiracetam', 'gabapentin'])).toEqual([]);
  });

  it('one name alone lists everything recorded for it, as perpetrator and as victim', () => {
    const all = interactionsOfOne(shipped, 'phenytoin');
    expect(all.some((f) => f.perpetrator === 'phenytoin')).toBe(true);
    expect(all.some((f) => f.victim === 'phenytoin')).toBe(true);
    expect(all.every((f) => f.documented)).toBe(true);
  });
});

describe('asm pregnancy', () => {
  it('ranks rows highest first, newest report per registry, valproate at the top', () => {
    const rows = rateRows(shipped);
    expect(rows[0]!.id).toBe('valproate');
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.percent).toBeGreaterThanOrEqual(rows[i]!.percent);
    const eurapVpa = rows.filter((r) => r.id === 'valproate' && r.registry === 'eurap');
    expect(new Set(eurapVpa.map((r) => r.year)).size).toBe(1);
  });

  it('filters by drug and registry; every report with allYears', () => {
    const naapr = rateRows(shipped, { registry: 'naapr' });
    expect(naapr.every((r) => r.registry === 'naapr')).toBe(true);
    const vpa = rateRows(shipped, { drugs: ['valproate'], allYears: true });
    expect(new Set(vpa.map((r) => r.year)).size).toBeGreaterThan(1);
    expect(rateRows(shipped, { drugs: ['gabapentin'], registry: 'eurap' })).toEqual([]);
  });

  it('brings the unexposed baselines of the registries shown', () => {
    const b = baselines(shipped, rateRows(shipped, { registry: 'naapr' }));
    expect(b).toEqual([expect.objectContaining({ registry: 'naapr', percent: 1.1 })]);
  });
});
