/**
 * The four teaching models (src/domain/models/) against numbers worked by hand: each test's
 * comment shows the calculation. Then the properties the issue asks for (a longer taper
 * never peaks higher; phenobarbital tapers itself; interaction sizes from the records).
 */
import { describe, expect, it } from 'vitest';
import { decide, DECIDE_PARAMETERS, type DecideInputs } from '../../src/domain/models/decide.js';
import { compensationsFor, defaultRegimen, ModelInputError, pgpDrugs, pkSetup, presetFor, typicalHalfLife } from '../../src/domain/models/inputs.js';
import { clearanceAt, doseLevelTable, linearSteadyState, michaelisMentenSteadyState, pk, simulatePk, type PkDrug } from '../../src/domain/models/pk.js';
import { brainLevel, occupancy, transporterTable } from '../../src/domain/models/resistance.js';
import { withdraw, type WithdrawInputs } from '../../src/domain/models/withdraw.js';
import { shipped } from '../helpers/records.js';

/** The concentration at the sample nearest to hour t (the last sample there: after a dose given then). */
const at = (r: { tHours: number[]; mgL: number[] }, t: number) => {
  let best = 0;
  r.tHours.forEach((x, i) => {
    if (Math.abs(x - t) <= Math.abs(r.tHours[best]! - t)) best = i;
  });
  return r.mgL[best]!;
};
/** The concentration just before a dose at hour t (the first sample there). */
const before = (r: { tHours: number[]; mgL: number[] }, t: number) => r.mgL[r.tHours.findIndex((x) => Math.abs(x - t) < 1e-9)]!;

describe('decide: expected harm with and without treatment', () => {
  // The BECTS preset's inputs: f = 3, h = 1, r = 0.35, e = 0.7, p = 0.2, a = 10, H = 10, L = 2.
  const bects: DecideInputs = { seizuresPerYear: 3, harmPerSeizure: 1, remissionPerYear: 0.35, efficacy: 0.7, adverseProbability: 0.2, adverseHarmPerYear: 10, years: 10, yearsAfterRemission: 2 };

  it('matches the hand calculation for the BECTS inputs', () => {
    // q = 0.65; A = Σ_{t=0..9} q^t = (1 − 0.65^10)/0.35 = (1 − 0.0134627)/0.35 = 2.8186779
    // B = Σ D(t) = 1 + 1 + 1 (t = 0..2) + Σ_{j=1..7} 0.65^j = 3 + 0.65(1 − 0.65^7)/0.35 = 3 + 1.7661015 = 4.7661015
    // no treatment = 3 · 1 · A = 8.4560336
    // treatment    = 3 · 0.3 · 1 · A + 0.2 · 10 · B = 2.5368101 + 9.5322030 = 12.0690131
    // break-even f* = 0.2 · 10 · B / (1 · 0.7 · A) = 9.5322030 / 1.9730745 = 4.83114
    const r = decide(bects);
    expect(r.activeYears).toBeCloseTo(2.8186779, 6);
    expect(r.noTreatment.expectedHarm).toBeCloseTo(8.4560336, 6);
    expect(r.treat.expectedHarm).toBeCloseTo(12.0690131, 6);
    expect(r.treat.yearsOnDrug).toBeCloseTo(4.7661015, 6);
    expect(r.lower).toBe('noTreatment');
    expect(r.breakEvenSeizuresPerYear).toBeCloseTo(4.83114, 4);
    // The series ends at the totals and starts at 0.
    expect(r.series.year).toHaveLength(11);
    expect(r.series.treat.at(-1)).toBeCloseTo(r.treat.expectedHarm, 9);
    expect(r.series.noTreatment[0]).toBe(0);
  });

  it('a case without remission: treatment wins, and the break-even is where both are equal', () => {
    // r = 0, H = 2, L = 0: A = 2, B = 2. f = 10, h = 1, e = 0.5, p = 1, a = 3.
    // no treatment = 10 · 1 · 2 = 20; treatment = 10 · 0.5 · 1 · 2 + 1 · 3 · 2 = 16; f* = 3 · 2 / (1 · 0.5 · 2) = 6
    const x: DecideInputs = { seizuresPerYear: 10, harmPerSeizure: 1, remissionPerYear: 0, efficacy: 0.5, adverseProbability: 1, adverseHarmPerYear: 3, years: 2, yearsAfterRemission: 0 };
    const r = decide(x);
    expect(r.noTreatment.expectedHarm).toBeCloseTo(20, 9);
    expect(r.treat.expectedHarm).toBeCloseTo(16, 9);
    expect(r.lower).toBe('treat');
    expect(r.breakEvenSeizuresPerYear).toBeCloseTo(6, 9);
    expect(decide({ ...x, seizuresPerYear: 6 }).lower).toBe('equal');
  });

  it('the drug outlasts the epilepsy by the stopping interval', () => {
    // r = 1: S = [1, 0, 0, 0, 0]; L = 2: D = [1, 1, 1, 0, 0], so 3 years on the drug.
    const r = decide({ ...bects, remissionPerYear: 1, years: 5 });
    expect(r.activeYears).toBe(1);
    expect(r.treat.yearsOnDrug).toBe(3);
  });

  it('no efficacy: no break-even; sensitivity rows are sorted by swing and flag a flip', () => {
    expect(decide({ ...bects, efficacy: 0 }).breakEvenSeizuresPerYear).toBeNull();
    const s = decide(bects).sensitivity;
    expect(s.map((x) => x.key)).toHaveLength(DECIDE_PARAMETERS.filter((p) => p.sensitivity).length);
    for (let i = 1; i < s.length; i++) expect(s[i - 1]!.swing).toBeGreaterThanOrEqual(s[i]!.swing);
    // Seizures ×1.5 = 4.5 a year is still below f* = 4.83, so no flip; adverse probability ×0.5 = 0.1:
    // treatment = 2.5368 + 0.1·10·4.7661 = 7.3029 < 8.4560, so it flips.
    expect(s.find((x) => x.key === 'seizuresPerYear')!.flips).toBe(false);
    expect(s.find((x) => x.key === 'adverseProbability')!.flips).toBe(true);
  });

  it('the BECTS preset gives every parameter of the model, and not treating carries less harm', () => {
    const p = presetFor(shipped, 'decide', 'bects');
    expect(p.parameters.map((x) => x.key).sort()).toEqual(DECIDE_PARAMETERS.map((x) => x.key).sort());
    const inputs = Object.fromEntries(p.parameters.map((x) => [x.key, x.value])) as DecideInputs;
    expect(decide(inputs).lower).toBe('noTreatment');
    expect(() => presetFor(shipped, 'decide', 'nope')).toThrow(ModelInputError);
  });
});

describe('withdraw: the homeostatic rebound model', () => {
  const base: WithdrawInputs = { halfLifeHours: 24, weeksOnDrug: 52, taperWeeks: 0, suppression: 0.5, compensation: 0.8, adaptationDays: 7 };

  it('matches the two-exponential solution for an abrupt stop', () => {
    // On the drug: E = 1 − s + g·s = 1 − 0.5 + 0.4 = 0.9.
    // k = ln2/day = 0.693147, 1/τ = 0.142857; a = 0.142857/(0.142857 − 0.693147) = −0.259605
    // E − 1 = −0.5e^(−kt) + 0.4[a·e^(−kt) + (1 − a)e^(−t/τ)] = −0.603842e^(−0.693147t) + 0.503842e^(−0.142857t)
    // peak where 0.418552e^(−0.693147t) = 0.071977e^(−0.142857t): t = ln(0.418552/0.071977)/0.550290 = 3.1992 days
    // E(peak) = 1 − 0.603842·0.108854 + 0.503842·0.633196 = 1.253300
    const r = withdraw(base);
    expect(r.onDrug.excitability).toBeCloseTo(0.9, 9);
    expect(r.abrupt.peakExcitability).toBeCloseTo(1.2533, 3);
    expect(r.abrupt.peakDay).toBeCloseTo(3.2, 1);
    expect(r.taper).toBeNull();
  });

  it('a short course builds only part of the compensation', () => {
    // One week with τ = 7 days and a drug that reaches its level within hours (t½ = 0.5 h, k = 33.271/day):
    // X = g·s·(1 − e^(−t/τ)) + g·s·(0 − 1)·(1/τ)/(1/τ − k)·(e^(−kt) − e^(−t/τ))
    //   = 0.4 · 0.632121 − 0.4 · 0.0043121 · 0.367879 = 0.252848 − 0.000635 = 0.252214
    const r = withdraw({ ...base, halfLifeHours: 0.5, weeksOnDrug: 1 });
    expect(r.onDrug.compensation).toBeCloseTo(0.252214, 5);
  });

  const drugs = ['pregabalin', 'clobazam', 'lorazepam', 'carbamazepine', 'phenobarbital'];
  it.each(drugs)('%s: a longer taper never gives a higher peak', (id) => {
    const hl = typicalHalfLife(shipped.drug(id)!).hours;
    let last = Infinity;
    for (const weeks of [0, 0.5, 1, 2, 3, 4, 6, 8, 12, 16]) {
      const r = withdraw({ ...base, adaptationDays: 14, halfLifeHours: hl, taperWeeks: weeks });
      const peak = (r.taper ?? r.abrupt).peakExcitability;
      expect(peak).toBeLessThanOrEqual(last + 1e-9);
      last = peak;
    }
  });

  it('phenobarbital tapers itself; pregabalin does not', () => {
    const run = (id: string, taperWeeks = 0) => withdraw({ ...base, adaptationDays: 14, halfLifeHours: typicalHalfLife(shipped.drug(id)!).hours, taperWeeks });
    const pb = run('phenobarbital');
    const pgb = run('pregabalin', 2);
    expect(pb.selfTaper).toBeGreaterThan(0.4);
    expect(pgb.selfTaper).toBeLessThan(0.15);
    // An abrupt stop of phenobarbital peaks lower than pregabalin tapered over two weeks.
    expect(pb.abrupt.peakExcitability).toBeLessThan(pgb.taper!.peakExcitability);
  });

  it('names the compensation from the mechanism records, with its evidence', () => {
    const names = (id: string) => compensationsFor(shipped, shipped.drug(id)!).map((c) => `${c.adaptation} (${c.evidence})`);
    expect(names('carbamazepine')).toEqual(['more excitatory glutamate receptors (hypothesis)']);
    expect(names('pregabalin')).toEqual(['more alpha-2-delta calcium-channel subunits (hypothesis)']);
    expect(names('clobazam')).toEqual(['fewer or less sensitive GABA-A receptors (established)']);
    expect(names('phenobarbital')).toEqual(['fewer or less sensitive GABA-A receptors (hypothesis)']);
    expect(names('levetiracetam')).toEqual([]);
  });
});

describe('pk: the one-compartment model', () => {
  // F = 1, V = 10 L, t½ = 10 h: each 100 mg dose adds 10 mg/L; k = ln2/10 = 0.0693147 /h, CL = 0.693147 L/h.
  const drug: PkDrug = { halfLifeHours: 10, volumeL: 10, bioavailability: 1 };

  it('one dose decays by half every half-life', () => {
    const r = simulatePk(drug, { doseMg: 100, everyHours: 24, days: 1 });
    expect(at(r, 0)).toBeCloseTo(10, 9);
    expect(at(r, 10)).toBeCloseTo(5, 9);
    expect(at(r, 20)).toBeCloseTo(2.5, 9);
  });

  it('repeated every half-life: peak 20, trough 10 at steady state, reached in 5 half-lives', () => {
    // peak = 10/(1 − 0.5) = 20; trough = 10; average = 100/(10 · 0.693147) = 14.4270; 5 · 10 h = 50 h.
    const r = pk(drug, { doseMg: 100, everyHours: 10, days: 5 });
    expect(r.peakMgL).toBeCloseTo(20, 9);
    expect(r.troughMgL).toBeCloseTo(10, 9);
    expect(r.averageMgL).toBeCloseTo(14.427, 3);
    expect(r.steadyStateHours).toBeCloseTo(50, 9);
    // The trough before the 6th dose (hour 50): 10 · (1 − 0.5^5) = 9.6875.
    expect(before(r, 50)).toBeCloseTo(9.6875, 9);
  });

  it('a missed dose and a loading dose', () => {
    // Dose 3 (hour 20) missed: at hour 30 only the doses of hours 0 and 10 remain: 10 · (0.5³ + 0.5²) = 3.75.
    expect(before(simulatePk(drug, { doseMg: 100, everyHours: 10, days: 2, missedDose: 3 }), 30)).toBeCloseTo(3.75, 9);
    // A 200 mg loading dose: 20 mg/L halves to 10 = the steady-state trough at once, and stays there.
    const loaded = simulatePk(drug, { doseMg: 100, everyHours: 10, days: 3, loadingDoseMg: 200 });
    for (const t of [10, 20, 40, 60]) expect(before(loaded, t)).toBeCloseTo(10, 9);
  });

  it('an interaction that halves clearance doubles the average level', () => {
    // CL = 0.346574 L/h, t½ = 20 h: average = 100/(10 · 0.346574) = 28.854; peak = 10/(1 − 2^−0.5) = 34.142.
    const ss = linearSteadyState({ ...drug, clearanceFactor: 0.5 }, 100, 10);
    expect(ss.average).toBeCloseTo(28.854, 3);
    expect(ss.peak).toBeCloseTo(34.142, 3);
    expect(ss.halfLifeHours).toBeCloseTo(20, 9);
  });

  it('autoinduction: clearance moves from the initial to the induced half-life, 95% done at the end of its time', () => {
    // Carbamazepine-like: 33.72 h → 14.5 h over 28 days (τ = 28·24/3 h; e^−3 = 0.0498).
    const d: PkDrug = { halfLifeHours: 14.5, volumeL: 100, bioavailability: 0.8, autoinduction: { initialHalfLifeHours: 33.72, fullEffectDays: 28 } };
    const cl = (h: number) => (Math.LN2 / h) * 100;
    expect(clearanceAt(d, 0)).toBeCloseTo(cl(33.72), 9);
    expect(clearanceAt(d, Infinity)).toBeCloseTo(cl(14.5), 9);
    expect(clearanceAt(d, 28 * 24)).toBeCloseTo(cl(14.5) - (cl(14.5) - cl(33.72)) * Math.exp(-3), 9);
  });

  it("saturable elimination: Km·R/(Vmax − R), and a small dose step makes a large level step", () => {
    // Vmax 415 mg/day, Km 5.7 mg/L: 300 mg/day → 5.7·300/115 = 14.870; 350 → 5.7·350/65 = 30.692; 415 → no steady state.
    expect(michaelisMentenSteadyState(300, 415, 5.7)).toBeCloseTo(14.870, 3);
    expect(michaelisMentenSteadyState(350, 415, 5.7)).toBeCloseTo(30.692, 3);
    expect(michaelisMentenSteadyState(415, 415, 5.7)).toBe(Infinity);
    const d: PkDrug = { halfLifeHours: 22, volumeL: 50, bioavailability: 1, michaelisMenten: { vmaxMgPerDay: 415, kmMgL: 5.7 } };
    const rows = doseLevelTable(d, 300);
    const r350 = rows.find((x) => x.dailyDoseMg === 350)!;
    expect(r350.averageMgL / r350.ifLinearMgL).toBeGreaterThan(1.7);
    // Dosed every hour the simulated level brackets the infusion formula.
    const r = pk(d, { doseMg: 12.5, everyHours: 1, days: 2 });
    expect(r.troughMgL!).toBeLessThan(14.87);
    expect(r.peakMgL!).toBeGreaterThan(14.87);
    expect(r.peakMgL! - r.troughMgL!).toBeLessThan(0.5);
    expect(pk(d, { doseMg: 450, everyHours: 24, days: 2 }).saturated).toBe(true);
  });

  it('reads interaction sizes from the records: valproate doubles lamotrigine, carbamazepine lowers it by 40%', () => {
    const ltg = shipped.drug('lamotrigine')!;
    const reg = defaultRegimen(ltg)!;
    const avg = (ids: string[]) => pk(pkSetup(shipped, ltg, 70, ids).params, { ...reg, days: 2 }).averageMgL!;
    expect(avg(['valproate']) / avg([])).toBeCloseTo(2, 9);
    expect(avg(['carbamazepine']) / avg([])).toBeCloseTo(0.6, 9);
    expect(() => pkSetup(shipped, ltg, 70, ['levetiracetam'])).toThrow(/no interaction is recorded/);
    let hint = '';
    try {
      pkSetup(shipped, shipped.drug('pregabalin')!, 70, []);
    } catch (e) {
      hint = (e as ModelInputError).hint;
    }
    expect(hint).toMatch(/supports carbamazepine, .*phenytoin/);
  });

  it("carbamazepine's autoinduction comes from its interaction record", () => {
    // Record: half-life −82% to −32% (middle −57%), full effect 21-35 days (middle 28): initial = 14.5/0.43 = 33.72 h.
    const s = pkSetup(shipped, shipped.drug('carbamazepine')!, 70, []);
    expect(s.params.autoinduction!.initialHalfLifeHours).toBeCloseTo(33.72, 2);
    expect(s.params.autoinduction!.fullEffectDays).toBe(28);
  });
});

describe('resistance: the transporter calculation', () => {
  it('brain level and occupancy as efflux rises, substrate against non-substrate', () => {
    // β = 1, X = 4: (1 + 1)/(1 + 4) = 0.4; occupancy 0.4/1.4 = 0.285714. Non-substrate (β = 0): 1 and 0.5 throughout.
    expect(brainLevel({ efflux: 1, beta: 1 })).toBe(1);
    expect(brainLevel({ efflux: 4, beta: 1 })).toBeCloseTo(0.4, 12);
    expect(occupancy(0.4)).toBeCloseTo(0.285714, 6);
    expect(transporterTable(0, [1, 8]).map((r) => r.occupancy)).toEqual([0.5, 0.5]);
  });

  it('takes the substrates and the disputed drugs from the records, with their evidence', () => {
    const all = pgpDrugs(shipped);
    const substrates = all.filter((d) => d.substrate).map((d) => d.id);
    expect(substrates).toEqual(expect.arrayContaining(['oxcarbazepine', 'eslicarbazepine']));
    expect(substrates).not.toContain('carbamazepine');
    const cbz = all.find((d) => d.id === 'carbamazepine')!;
    expect(cbz.evidence).toMatch(/P-gp/);
  });
});
