/** asm decide, withdraw, pk and resistance in-process, on the shipped records: output, JSON contracts, the width and every kind of bad input. */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/present/text.js';
import { STACK_LINE } from '../helpers/cli.js';
import { asm } from '../helpers/run.js';

const json = async (argv: string[]) => {
  const r = await asm([...argv, '--json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};

describe('asm decide', () => {
  it('--preset bects: not treating carries less expected harm, with the plot, the inputs and their sources', async () => {
    const r = await asm(['decide', '--preset', 'bects']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Treatment: cumulative expected harm, days\n/);
    expect(r.stdout).toMatch(/simplified teaching model/);
    expect(r.stdout).toMatch(/Lower: +no treatment, by 3\.6 days/);
    expect(r.stdout).toMatch(/Break-even: +treatment carries less expected harm above 4\.83 seizures a year/);
    expect(r.stdout).toMatch(/remission-per-year: 0\.35 per year \[derived\]/);
    expect(r.stdout).toMatch(/SENSITIVITY\n[\s\S]*adverse-probability: 0\.1 → 0\.3: −1\.2 → \+8\.4 days \(the lower-harm choice\s+flips\)/);
    expect(r.stdout).toMatch(/\nSOURCES\n {2}\[1\]/);
  });

  it('prints the JSON contract', async () => {
    const j = await json(['decide', '--preset', 'bects']);
    expect(j).toMatchObject({ lower: 'noTreatment', teachingModel: true, preset: 'bects' });
    expect(j.treat.expectedHarm).toBeCloseTo(12.069, 3);
    expect(j.noTreatment.expectedHarm).toBeCloseTo(8.456, 3);
    expect(j.breakEvenSeizuresPerYear).toBeCloseTo(4.831, 3);
    expect(j.series.year).toHaveLength(11);
    expect(j.sensitivity[0]).toEqual(expect.objectContaining({ key: expect.any(String), low: expect.any(Number), high: expect.any(Number), flips: expect.any(Boolean) }));
  });

  it('an option overrides the preset, and the answer can flip', async () => {
    const j = await json(['decide', '--preset', 'bects', '--seizures-per-year', '8']);
    expect(j.lower).toBe('treat');
    expect(j.inputs.seizuresPerYear).toBe(8);
    expect(j.inputs.remissionPerYear).toBe(0.35);
  });

  it('--explain prints the formula and the assumptions', async () => {
    const r = await asm(['decide', '--preset', 'bects', '--explain']);
    expect(r.stdout).toMatch(/THE MODEL\n[\s\S]*S\(t\) = \(1 − r\)\^t[\s\S]*break-even f\* = p·a·Σ D\(t\)[\s\S]*Assumptions/);
  });

  it('runs from options alone', async () => {
    const j = await json(['decide', '--seizures-per-year', '10', '--harm-per-seizure', '1', '--remission-per-year', '0', '--efficacy', '0.5', '--adverse-probability', '1', '--adverse-harm-per-year', '3', '--years', '2', '--years-after-remission', '0']);
    expect(j.treat.expectedHarm).toBeCloseTo(16, 9);
    expect(j.noTreatment.expectedHarm).toBeCloseTo(20, 9);
  });
});

describe('asm withdraw', () => {
  it('pregabalin: the rebound, the taper, the compensation named as the course hypothesis', async () => {
    const r = await asm(['withdraw', 'pregabalin']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pregabalin: abrupt stop, excitability/);
    expect(r.stdout).toMatch(/Taper over 4 weeks/);
    expect(r.stdout).toMatch(/more alpha-2-delta calcium-channel subunits \[the course's\s+hypothesis\]/);
    expect(r.stdout).toMatch(/WHAT THE LABEL SAYS\n[\s\S]*Taper gradually over a\s+minimum of 1\s+week/);
    expect(r.stdout).toMatch(/simplified teaching model/);
  });

  it('prints the JSON contract; a taper peaks lower; phenobarbital tapers itself', async () => {
    const p = await json(['withdraw', 'pregabalin', '--taper', '8']);
    expect(p.abrupt.peakExcitability).toBeGreaterThan(p.taper.peakExcitability);
    expect(p.taper).toMatchObject({ weeks: 8 });
    const pb = await json(['withdraw', 'Luminal']);
    expect(pb.drug).toBe('phenobarbital');
    expect(pb.selfTaper).toBeGreaterThan(0.4);
    expect(pb.abrupt.peakExcitability).toBeLessThan(p.abrupt.peakExcitability);
    expect(pb.compensation[0]).toMatchObject({ adaptation: 'fewer or less sensitive GABA-A receptors', evidence: 'hypothesis' });
    const cz = await json(['withdraw', 'clobazam']);
    expect(cz.compensation[0]).toMatchObject({ evidence: 'established' });
  });

  it('--taper 0: the taper is the abrupt stop, so the contract holds', async () => {
    const j = await json(['withdraw', 'pregabalin', '--taper', '0']);
    expect(j.taper).toMatchObject({ weeks: 0, peakExcitability: j.abrupt.peakExcitability });
  });

  it('--half-life overrides the record', async () => {
    const j = await json(['withdraw', 'carbamazepine', '--half-life', '100']);
    expect(j).toMatchObject({ halfLifeSource: 'given', inputs: { halfLifeHours: 100 } });
  });
});

describe('asm pk', () => {
  it('lamotrigine with valproate: the band, both runs, the record that gives the size', async () => {
    const r = await asm(['pk', 'lamotrigine', '--with', 'valproate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Lamotrigine with Valproate: plasma level, mg\/L/);
    expect(r.stdout).toMatch(/\nLamotrigine alone\n/);
    expect(r.stdout).toMatch(/· reference range 2\.5–15 mg\/L/);
    expect(r.stdout).toMatch(/With Valproate: +level \+100% \(the middle of the record's range\), so\s+clearance × 0\.5/);
    expect(r.stdout).toMatch(/one-compartment/);
  });

  it('prints the JSON contract; valproate doubles lamotrigine, carbamazepine lowers it by 40%', async () => {
    const alone = await json(['pk', 'lamotrigine']);
    for (const key of ['steadyStateHours', 'troughMgL', 'peakMgL']) expect(alone[key], key).toEqual(expect.any(Number));
    expect(alone.series[0].hours.length).toBe(alone.series[0].mgL.length);
    expect(alone.steadyStateHours).toBeCloseTo(5 * 32.8, 6);
    const vpa = await json(['pk', 'lamotrigine', '--with', 'valproate']);
    const cbz = await json(['pk', 'lamotrigine', '--with', 'carbamazepine']);
    expect(vpa.averageMgL / alone.averageMgL).toBeCloseTo(2, 6);
    expect(cbz.averageMgL / alone.averageMgL).toBeCloseTo(0.6, 6);
  });

  it('carbamazepine autoinduction; phenytoin saturation; a missed and a loading dose', async () => {
    const cbz = await json(['pk', 'carbamazepine']);
    expect(cbz.autoinduction).toMatchObject({ id: 'carbamazepine-autoinduction', fullEffectDays: 28 });
    const pht = await json(['pk', 'phenytoin']);
    expect(pht.doseLevels.find((x: { dailyDoseMg: number }) => x.dailyDoseMg === 350).averageMgL).toBeGreaterThan(2 * pht.averageMgL);
    const sat = await json(['pk', 'phenytoin', '--dose', '450', '--every', '24', '--days', '10']);
    expect(sat).toMatchObject({ saturated: true, steadyStateHours: null });
    const miss = await asm(['pk', 'levetiracetam', '--miss', '5']);
    expect(miss.stdout).toMatch(/\^ dose 5 missed/);
    const load = await json(['pk', 'phenobarbital', '--load', '1400', '--days', '5']);
    expect(load.regimen.loadingDoseMg).toBe(1400);
  });
});

describe('asm resistance', () => {
  it('the calculation: substrates lose brain level as efflux rises, non-substrates do not', async () => {
    const j = await json(['resistance', '--efflux', '10']);
    const ox = j.drugs.find((d: { id: string }) => d.id === 'oxcarbazepine');
    const lev = j.drugs.find((d: { id: string }) => d.id === 'levetiracetam');
    expect(ox.substrate).toBe(true);
    expect(ox.rows.map((r: { efflux: number }) => r.efflux)).toEqual([1, 2, 4, 8, 10]);
    expect(ox.rows.at(-1).brainLevel).toBeCloseTo(2 / 11, 9);
    expect(lev.rows.at(-1).brainLevel).toBe(1);
    expect(lev.evidence).toMatch(/P-gp/);
  });

  it('prints the table and the evidence', async () => {
    const r = await asm(['resistance']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Oxcarbazepine +yes +100% \(50%\) +67% \(40%\) +40% \(29%\) +22% \(18%\)/);
    expect(r.stdout).toMatch(/SUBSTRATE OR NOT: THE EVIDENCE IN THE RECORDS/);
  });
});

describe('the model pages fit the width', () => {
  it.each([
    [['decide', '--preset', 'bects', '--explain']],
    [['withdraw', 'clobazam']],
    [['pk', 'phenytoin']],
    [['resistance']],
  ])('%j at 60 columns', async (argv) => {
    const r = await asm(argv, { env: { COLUMNS: '60' } });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
  });
});

describe('bad input names the allowed range or the choices', () => {
  it.each([
    [['decide'], 2, /the model needs --seizures-per-year, [\s\S]*hint: give them, or load a case with --preset bects/],
    [['decide', '--preset', 'bects', '--efficacy', '2'], 2, /--efficacy must be a number from 0 to 1, not "2"/],
    [['decide', '--preset', 'bects', '--years', '2.5'], 2, /--years must be a whole number from 1 to 80 years/],
    [['decide', '--preset', 'nope'], 1, /no decide preset named "nope"[\s\S]*presets: bects/],
    [['withdraw', 'pregabalin', '--taper', '100'], 2, /--taper must be a number from 0 to 52 weeks, not "100"/],
    [['withdraw', 'pregabalen'], 1, /no drug named "pregabalen"[\s\S]*did you mean pregabalin/],
    [['pk', 'pregabalin'], 1, /Pregabalin is not in the pk model[\s\S]*hint: the model supports carbamazepine, ethosuximide, lacosamide, lamotrigine, levetiracetam, phenobarbital, phenytoin, topiramate, valproate/],
    [['pk', 'lamotrigine', '--with', 'levetiracetam'], 1, /no interaction is recorded with Levetiracetam as the perpetrator and Lamotrigine[\s\S]*recorded perpetrators: .*valproate/],
    [['pk', 'lamotrigine', '--with', 'valproate', '--with', 'valproate'], 2, /--with names Valproate twice/],
    [['pk', 'lamotrigine', '--with', 'lamotrigine'], 1, /--with names Lamotrigine itself/],
    [['pk', 'lamotrigine', '--dose', '0'], 2, /--dose must be a number from 1 to 10000 mg/],
    [['pk', 'lamotrigine', '--miss', '500'], 2, /--miss 500 is after the last dose/],
    [['resistance', '--efflux', '0.5'], 2, /--efflux must be a number from 1 to 100 × normal, not "0.5"/],
  ])('%j exits %i with a message and a hint', async (argv, code, message) => {
    const r = await asm(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/hint: /);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('lessons draw the models’ figures through the commands', () => {
  it.each([
    ['treat-or-not', /Treatment: cumulative expected harm, days\n[\s\S]*Figure: asm decide --preset bects/],
    ['withdrawal-rebound', /Pregabalin: abrupt stop, excitability[\s\S]*Figure: asm withdraw pregabalin[\s\S]*Phenobarbital: abrupt stop/],
    ['enzyme-induction', /Carbamazepine: plasma level, mg\/L[\s\S]*Figure: asm pk carbamazepine/],
  ])('asm learn %s', async (id, figure) => {
    const r = await asm(['learn', id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(figure);
    expect(r.stdout).not.toMatch(/run `asm (decide|withdraw|pk)/);
  });
});
