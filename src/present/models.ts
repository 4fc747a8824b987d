/**
 * Pages and JSON for the four teaching models (`asm decide`, `asm withdraw`, `asm pk`,
 * `asm resistance`): a plot through the same presenter as `asm simulate`, the result, the
 * inputs with where each comes from, the model's formula and assumptions, and the sources.
 * Every page says it is a simplified teaching model.
 */
import type { DecideInputs, DecideResult } from '../domain/models/decide.js';
import { DECIDE_ASSUMPTIONS, DECIDE_FORMULA, DECIDE_PARAMETERS } from '../domain/models/decide.js';
import type { NamedCompensation, PkSetup, TransportEvidence } from '../domain/models/inputs.js';
import type { PkResult, Regimen } from '../domain/models/pk.js';
import { doseLevelTable, PK_ASSUMPTIONS } from '../domain/models/pk.js';
import type { TransporterRow } from '../domain/models/resistance.js';
import { TRANSPORTER_ASSUMPTIONS } from '../domain/models/resistance.js';
import type { WithdrawResult } from '../domain/models/withdraw.js';
import { WITHDRAW_FORMULA, WITHDRAW_PARAMETERS } from '../domain/models/withdraw.js';
import type { Catalog } from '../records/catalog.js';
import type { DrugRecord } from '../records/kinds/drug.js';
import type { LessonRecord } from '../records/kinds/lesson.js';
import type { PresetRecord } from '../records/kinds/preset.js';
import { spellOutDoc } from './abbreviations.js';
import type { Block, Doc, Section } from './doc.js';
import { plotTraces } from './plot.js';
import { citeAll, PageSources } from './sources.js';
import type { Style } from './style.js';

/** How the plots are drawn. */
export interface PlotStyle {
  style: Style;
  width: number;
  ascii: boolean;
}

const TEACHING = 'A simplified teaching model: it shows how the parts of an idea fit together, not what will happen to a patient.';

/** A number for a page: at most `digits` decimals, no trailing zeros. */
export function num(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '–';
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
const pct = (x: number) => `${num(x * 100, 0)}%`;


// ---------------------------------------------------------------------------
// asm decide

export interface DecideView {
  result: DecideResult;
  preset: PresetRecord | undefined;
  /** Inputs the user gave as options (they override the preset's). */
  given: ReadonlySet<string>;
  explain: boolean;
}

/** A yearly series filled in linearly (harm accrues evenly within a year), so the plot draws lines, not dots. */
export function densify(t: readonly number[], v: readonly number[], points: number): { t: number[]; v: number[] } {
  const out = { t: [] as number[], v: [] as number[] };
  const t0 = t[0]!;
  const t1 = t.at(-1)!;
  let j = 0;
  for (let i = 0; i <= points; i++) {
    const x = t0 + ((t1 - t0) * i) / points;
    while (j < t.length - 2 && t[j + 1]! < x) j++;
    const f = t[j + 1]! === t[j]! ? 0 : (x - t[j]!) / (t[j + 1]! - t[j]!);
    out.t.push(x);
    out.v.push(v[j]! + f * (v[j + 1]! - v[j]!));
  }
  return out;
}

export function decidePlot(v: DecideView, o: PlotStyle): string {
  const { series } = v.result;
  const top = Math.max(...series.treat, ...series.noTreatment) * 1.1 || 1;
  const n = o.width * 2;
  return plotTraces(
    [
      { label: 'Treatment: cumulative expected harm, days', ...densify(series.year, series.treat, n) },
      { label: 'No treatment', ...densify(series.year, series.noTreatment, n) },
    ],
    { style: o.style, width: o.width, ascii: o.ascii, height: 6, vRange: [0, top], unit: 'days', xUnit: 'years' },
  );
}

export function decideDoc(v: DecideView, catalog: Catalog): Doc {
  const r = v.result;
  const src = new PageSources();
  const x = r.inputs;
  const result: Block[] = [
    { type: 'para', text: TEACHING },
    { type: 'kv', key: 'No treatment', value: `${num(r.noTreatment.expectedHarm)} days of full health lost over ${x.years} years (${num(r.noTreatment.expectedSeizures)} seizures expected)` },
    {
      type: 'kv',
      key: 'Treatment',
      value: `${num(r.treat.expectedHarm)} days: ${num(r.treat.seizureHarm)} from ${num(r.treat.expectedSeizures)} seizures and ${num(r.treat.adverseHarm)} from the adverse effect, over ${num(r.treat.yearsOnDrug)} expected years on the drug`,
    },
    {
      type: 'kv',
      key: 'Lower',
      value: r.lower === 'equal' ? 'neither: both carry the same expected harm' : `${r.lower === 'treat' ? 'treatment' : 'no treatment'}, by ${num(Math.abs(r.difference))} days`,
    },
    {
      type: 'kv',
      key: 'Break-even',
      value:
        r.breakEvenSeizuresPerYear === null
          ? 'none: a drug that prevents no seizures never carries less harm'
          : `treatment carries less expected harm above ${num(r.breakEvenSeizuresPerYear, 2)} seizures a year (the input is ${num(x.seizuresPerYear, 2)})`,
    },
  ];
  const inputs: Block[] = DECIDE_PARAMETERS.map((p) => {
    const param = v.preset?.parameters.find((q) => q.key === p.key);
    const value = `${num(x[p.key], 3)} ${x[p.key] === 1 ? p.unit.replace(/^(days|years)\b/, (u) => u.slice(0, -1)) : p.unit}`;
    if (v.given.has(p.key) || !param) {
      return { type: 'item', label: p.flag, text: `${value}: ${p.description}${v.given.has(p.key) ? ' (given)' : ' (the model default)'}` };
    }
    return { type: 'item', label: p.flag, text: `${value} [${param.basis}]: ${param.reasoning}`, cite: param.cite ? src.cite(v.preset!, param.cite) : undefined };
  });
  const label = (k: string) => DECIDE_PARAMETERS.find((p) => p.key === k)!.flag;
  const sign = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : ''}${num(Math.abs(d))}`;
  const sensitivity: Block[] = [
    { type: 'para', text: 'Each input at half and one and a half times its value (within its range), the others held: treatment minus no treatment, in days (negative: treating carries less harm). Largest effect first.' },
    ...r.sensitivity.map(
      (s): Block => ({
        type: 'item',
        label: label(s.key),
        text: `${num(s.low, 3)} → ${num(s.high, 3)}: ${sign(s.differenceAtLow)} → ${sign(s.differenceAtHigh)} days${s.flips ? ' (the lower-harm choice flips)' : ''}`,
        warn: s.flips,
      }),
    ),
  ];
  const sections: Section[] = [
    { key: 'result', title: 'Expected harm', blocks: result },
    { key: 'inputs', title: v.preset ? `Inputs (preset ${v.preset.id})` : 'Inputs', blocks: inputs },
    { key: 'sensitivity', title: 'Sensitivity', blocks: sensitivity },
  ];
  if (v.preset) sections.unshift({ key: 'case', title: 'The case', blocks: [{ type: 'para', text: v.preset.summary.text, cite: src.cite(v.preset, v.preset.summary.cite) }] });
  if (v.explain) {
    sections.push({
      key: 'model',
      title: 'The model',
      blocks: [
        { type: 'para', text: 'f seizures a year, h harm per seizure, r yearly remission, e efficacy, p probability and a yearly harm of the adverse effect, L years on the drug after remission, H years.' },
        ...DECIDE_FORMULA.map((f): Block => ({ type: 'para', text: f, indent: 4 })),
        { type: 'sub', text: 'Assumptions' },
        ...DECIDE_ASSUMPTIONS.map((a): Block => ({ type: 'item', text: a })),
      ],
    });
  } else sections.push({ key: 'model', title: 'The model', blocks: [{ type: 'para', text: '`--explain` prints the formula and its assumptions.' }] });
  const condition = v.preset?.condition ? catalog.nameOf(v.preset.condition) : undefined;
  if (condition) sections.push({ key: 'more', title: 'More', blocks: [{ type: 'para', text: `asm treat ${v.preset!.condition} shows the guideline's ladder for ${condition}.` }] });
  sections.push(src.section());
  return spellOutDoc({ title: 'asm decide: to treat or not to treat', subtitle: 'expected harm, a simplified teaching model', sections });
}

export function decideJson(v: DecideView) {
  const r = v.result;
  return {
    model: 'decide',
    teachingModel: true,
    preset: v.preset?.id ?? null,
    inputs: r.inputs,
    treat: r.treat,
    noTreatment: r.noTreatment,
    lower: r.lower,
    difference: r.difference,
    breakEvenSeizuresPerYear: r.breakEvenSeizuresPerYear,
    activeYears: r.activeYears,
    sensitivity: r.sensitivity,
    series: r.series,
    formula: DECIDE_FORMULA,
    assumptions: DECIDE_ASSUMPTIONS,
  };
}

/** Inputs from a preset, overridden by the options given. */
export function presetInputs(preset: PresetRecord | undefined): Partial<DecideInputs> {
  return Object.fromEntries((preset?.parameters ?? []).map((p) => [p.key, p.value])) as Partial<DecideInputs>;
}

// ---------------------------------------------------------------------------
// asm withdraw

export interface WithdrawView {
  drug: DrugRecord;
  result: WithdrawResult;
  compensations: NamedCompensation[];
  /** Where the half-life came from. */
  halfLife: { hours: number; source: 'typical' | 'range' | 'given' };
}

export function withdrawPlot(v: WithdrawView, o: PlotStyle): string {
  const s = v.result.series;
  const all = [...s.abrupt, ...(s.taper ?? [])];
  const lo = Math.floor((Math.min(...all) - 0.05) * 10) / 10;
  const hi = Math.ceil((Math.max(...all) + 0.05) * 10) / 10;
  const panels = [{ label: `${v.drug.name}: abrupt stop, excitability (1 = normal)`, t: s.day, v: s.abrupt }];
  if (s.taper) panels.push({ label: `Taper over ${num(v.result.inputs.taperWeeks)} weeks`, t: s.day, v: s.taper });
  return plotTraces(panels, {
    style: o.style,
    width: o.width,
    ascii: o.ascii,
    height: 7,
    vRange: [lo, hi],
    unit: '',
    xUnit: 'days',
    band: { from: 1, to: hi, label: 'above normal excitability: the rebound' },
    mark: { tMs: 0, label: 'stop (or start of the taper)' },
  });
}

export function withdrawDoc(v: WithdrawView, catalog: Catalog): Doc {
  const r = v.result;
  const src = new PageSources();
  const x = r.inputs;
  const peak = (a: WithdrawResult['abrupt']) => `${num(a.peakExcitability, 2)} on day ${num(a.peakDay, 1)} (${a.overshoot > 0 ? `${pct(a.overshoot)} above normal` : 'no overshoot'})`;
  const [lo, hi] = v.drug.halfLife.hours;
  const hlText = v.halfLife.source === 'given' ? 'given with --half-life' : v.halfLife.source === 'typical' ? "the record's typical value" : lo === hi ? "the record's value" : `the middle of the record's ${num(lo)}–${num(hi)} hours`;
  const result: Block[] = [
    { type: 'para', text: `${TEACHING} It is the course's "spring" model of rebound, not measured physiology: only the half-life comes from the drug's record.` },
    { type: 'kv', key: 'Half-life', value: `${num(v.halfLife.hours, 1)} hours (${hlText}); 5 half-lives = ${num((5 * v.halfLife.hours) / 24, 1)} days to wash out`, cite: v.halfLife.source === 'given' ? undefined : src.cite(v.drug, v.drug.halfLife.cite) },
    { type: 'kv', key: 'On the drug', value: `excitability ${num(r.onDrug.excitability, 2)} after ${num(x.weeksOnDrug)} weeks, with a compensation of ${num(r.onDrug.compensation, 2)} built up` },
    { type: 'kv', key: 'Abrupt stop', value: `peak ${peak(r.abrupt)}` },
  ];
  if (r.taper) result.push({ type: 'kv', key: `Taper ${num(x.taperWeeks)} wk`, value: `peak ${peak(r.taper)}` });
  result.push({
    type: 'kv',
    key: 'Self-taper',
    value: `its own washout removes ${pct(r.selfTaper)} of the overshoot an instantly cleared drug would give${r.selfTaper >= 0.3 ? ': a long half-life tapers itself' : ''}`,
  });
  const comp: Block[] = v.compensations.length
    ? v.compensations.map((c): Block => ({
        type: 'item',
        label: `${c.adaptation} [${c.evidence === 'established' ? 'established' : "the course's hypothesis"}]`,
        text: c.text,
        cite: citeAll(src, catalog, [c.cite]),
      }))
    : [{ type: 'para', text: `The records name no specific compensation for ${v.drug.name}'s mechanism; in the model the spring stands for the brain's adaptation in general.` }];
  const label: Block[] = [{ type: 'para', text: v.drug.withdrawal.text, cite: src.cite(v.drug, v.drug.withdrawal.cite) }];
  const model: Block[] = [
    ...WITHDRAW_FORMULA.map((f): Block => ({ type: 'para', text: f, indent: 4 })),
    ...WITHDRAW_PARAMETERS.filter((p) => p.key !== 'halfLifeHours').map(
      (p): Block => ({ type: 'item', label: `--${p.flag}`, text: `${num(x[p.key], 2)} ${p.unit}: ${p.description} (${p.basis})` }),
    ),
    { type: 'para', text: 'The taper lowers the dose in a straight line to zero; a longer taper never gives a higher peak.' },
  ];
  return spellOutDoc({
    title: `asm withdraw ${v.drug.id}: rebound after stopping`,
    subtitle: 'the homeostatic model, a simplified teaching model',
    sections: [
      { key: 'result', title: 'What the model shows', blocks: result },
      { key: 'compensation', title: 'What compensates', blocks: comp },
      { key: 'label', title: 'What the label says', blocks: label },
      { key: 'model', title: 'The model', blocks: model },
      src.section(),
    ],
  });
}

export function withdrawJson(v: WithdrawView) {
  const r = v.result;
  return {
    model: 'withdraw',
    teachingModel: true,
    drug: v.drug.id,
    inputs: r.inputs,
    halfLifeSource: v.halfLife.source,
    onDrug: r.onDrug,
    abrupt: r.abrupt,
    // With --taper 0 the taper is the abrupt stop: scripts always find taper.peakExcitability.
    taper: { weeks: r.inputs.taperWeeks, ...(r.taper ?? r.abrupt) },
    selfTaper: r.selfTaper,
    compensation: v.compensations.map((c) => ({ mechanism: c.mechanism, adaptation: c.adaptation, evidence: c.evidence, text: c.text })),
    series: r.series,
    formula: WITHDRAW_FORMULA,
  };
}

// ---------------------------------------------------------------------------
// asm pk

export interface PkRun {
  label: string;
  result: PkResult;
}

export interface PkView {
  setup: PkSetup;
  regimen: Regimen;
  /** The run as asked; then, with --with, the same regimen without the interacting drugs. */
  runs: PkRun[];
}

function rangeOf(drug: DrugRecord): { low: number; high: number } | null {
  const tr = drug.therapeuticRange;
  return tr && tr.unit.toLowerCase().replace(/\s/g, '') === 'mg/l' ? { low: tr.low, high: tr.high } : null;
}

export function pkPlot(v: PkView, o: PlotStyle): string {
  const range = rangeOf(v.setup.drug);
  const series = v.runs.map((r) => ({ label: r.label, t: r.result.tHours.map((h) => h / 24), v: r.result.mgL }));
  const max = Math.max(...series.flatMap((s) => s.v), range?.high ?? 0);
  const top = max <= 0 ? 1 : niceCeil(max * 1.05);
  const missed = v.regimen.missedDose !== undefined ? ((v.regimen.missedDose - 1) * v.regimen.everyHours) / 24 : undefined;
  return plotTraces(series, {
    style: o.style,
    width: o.width,
    ascii: o.ascii,
    height: 8,
    vRange: [0, top],
    unit: 'mg/L',
    xUnit: 'days',
    tRange: [0, v.regimen.days],
    band: range ? { from: range.low, to: range.high, label: `reference range ${num(range.low)}–${num(range.high)} mg/L` } : undefined,
    mark: missed !== undefined && missed <= v.regimen.days ? { tMs: missed, label: `dose ${v.regimen.missedDose} missed` } : undefined,
  });
}

function niceCeil(x: number): number {
  const mag = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * mag >= x) return m * mag;
  return 10 * mag;
}

const hoursText = (h: number) => (h >= 48 ? `${num(h / 24, 1)} days` : `${num(h, 1)} hours`);

export function pkDoc(v: PkView, catalog: Catalog): Doc {
  const { setup, regimen } = v;
  const d = setup.drug;
  const p = setup.params;
  const src = new PageSources();
  const main = v.runs[0]!.result;
  const range = rangeOf(d);
  const reg = `${num(regimen.doseMg)} mg every ${num(regimen.everyHours)} hours (${num((regimen.doseMg * 24) / regimen.everyHours)} mg/day) for ${num(regimen.days)} days, adult of ${num(setup.weightKg)} kg${
    regimen.loadingDoseMg !== undefined ? `; first dose ${num(regimen.loadingDoseMg)} mg (loading)` : ''
  }${regimen.missedDose !== undefined ? `; dose ${regimen.missedDose} missed` : ''}`;
  const result: Block[] = [
    { type: 'para', text: `A one-compartment model, a simplified teaching model: ${PK_ASSUMPTIONS[1]}` },
    { type: 'kv', key: 'Regimen', value: reg },
  ];
  if (main.saturated) {
    result.push({ type: 'kv', key: 'Steady state', value: `none: ${num((regimen.doseMg * 24) / regimen.everyHours)} mg/day is at or above the maximum elimination rate (Vmax ${num(p.michaelisMenten!.vmaxMgPerDay, 0)} mg/day), so the level keeps rising` });
  } else {
    const ssText = p.michaelisMenten
      ? `${hoursText(main.steadyStateHours!)} (saturable elimination: the higher the level, the longer it takes)`
      : p.autoinduction
        ? `${hoursText(p.autoinduction.fullEffectDays * 24)}, once autoinduction is complete (then 5 half-lives of ${num(main.halfLifeHours!, 1)} hours = ${hoursText(main.steadyStateHours!)})`
        : `${hoursText(main.steadyStateHours!)} (5 half-lives of ${num(main.halfLifeHours!, 1)} hours)`;
    result.push(
      { type: 'kv', key: 'Steady state', value: `reached in about ${ssText}` },
      { type: 'kv', key: 'At steady state', value: `peak ${num(main.peakMgL!, 1)}, trough ${num(main.troughMgL!, 1)}, average ${num(main.averageMgL!, 1)} mg/L` },
    );
  }
  if (range) result.push({ type: 'kv', key: 'Reference range', value: `${num(range.low)}–${num(range.high)} mg/L${d.therapeuticRange?.note ? `: ${d.therapeuticRange.note}` : ''}`, cite: src.cite(d, d.therapeuticRange!.cite) });
  if (setup.autoinduction) {
    const a = setup.autoinduction;
    result.push({
      type: 'kv',
      key: 'Autoinduction',
      value: `${d.name} induces its own metabolism: the half-life falls from ${num(p.autoinduction!.initialHalfLifeHours, 1)} to ${num(p.halfLifeHours, 1)} hours (${num(a.percent, 0)}%, the middle of the record's range) over about ${num(a.fullEffectDays, 0)} days, so the level rises at first and then falls`,
      cite: citeAll(src, catalog, [a.cite]),
    });
  }
  for (const i of setup.interactions) {
    result.push({
      type: 'kv',
      key: `With ${catalog.nameOf(i.perpetrator)}`,
      value: `${i.measure} ${i.percent > 0 ? '+' : ''}${num(i.percent, 0)}% (the middle of the record's range), so clearance × ${num(i.clearanceFactor, 2)}: the average level goes from ${num(v.runs[1]?.result.averageMgL ?? NaN, 1)} to ${num(main.averageMgL ?? NaN, 1)} mg/L`,
      cite: citeAll(src, catalog, [i.cite]),
    });
  }
  if (p.michaelisMenten) {
    const daily = (regimen.doseMg * 24) / regimen.everyHours;
    result.push({ type: 'sub', text: 'Saturable elimination: a small step in dose, a large step in level' });
    for (const row of doseLevelTable(p, daily)) {
      result.push({
        type: 'item',
        label: `${num(row.dailyDoseMg, 0)} mg/day`,
        text: Number.isFinite(row.averageMgL) ? `average ${num(row.averageMgL, 1)} mg/L (${num(row.ifLinearMgL, 1)} if elimination were linear)` : 'no steady state: the dose reaches Vmax',
        warn: range !== null && row.averageMgL > range.high,
      });
    }
  }
  const params: Block[] = [
    { type: 'kv', key: 'Volume', value: `${num(p.volumeL, 0)} L (${num(p.volumeL / setup.weightKg, 2)} L/kg, the middle of ${d.pk!.volumeLPerKg.join('–')} L/kg)`, cite: src.cite(d, d.pk!.cite) },
    { type: 'kv', key: 'Bioavailability', value: `${num(p.bioavailability * 100, 1)}%`, cite: src.cite(d, d.pk!.cite) },
    p.michaelisMenten
      ? { type: 'kv', key: 'Elimination', value: `saturable: Vmax ${num(p.michaelisMenten.vmaxMgPerDay, 0)} mg/day for ${num(setup.weightKg)} kg, Km ${num(p.michaelisMenten.kmMgL, 1)} mg/L`, cite: src.cite(d, d.pk!.michaelisMenten!.cite) }
      : { type: 'kv', key: 'Half-life', value: `${num(p.halfLifeHours, 1)} hours (the record's typical value)`, cite: src.cite(d, d.halfLife.cite) },
  ];
  if (d.pk!.note) params.push({ type: 'para', text: d.pk!.note, cite: src.cite(d, d.pk!.cite) });
  return spellOutDoc({
    title: `asm pk ${d.id}: plasma level over time`,
    subtitle: 'a one-compartment teaching model',
    sections: [
      { key: 'result', title: 'What the model shows', blocks: result },
      { key: 'parameters', title: 'Parameters', blocks: params },
      { key: 'model', title: 'The model', blocks: PK_ASSUMPTIONS.map((a): Block => ({ type: 'item', text: a })) },
      src.section(),
    ],
  });
}

export function pkJson(v: PkView) {
  const main = v.runs[0]!.result;
  const { setup } = v;
  return {
    model: 'one-compartment',
    teachingModel: true,
    drug: setup.drug.id,
    weightKg: setup.weightKg,
    regimen: v.regimen,
    parameters: setup.params,
    interactions: setup.interactions.map(({ cite: _cite, ...rest }) => rest),
    autoinduction: setup.autoinduction ? { id: setup.autoinduction.id, percent: setup.autoinduction.percent, fullEffectDays: setup.autoinduction.fullEffectDays } : null,
    steadyStateHours: main.steadyStateHours,
    troughMgL: main.troughMgL,
    peakMgL: main.peakMgL,
    averageMgL: main.averageMgL,
    halfLifeHours: main.halfLifeHours,
    saturated: main.saturated,
    therapeuticRange: rangeOf(setup.drug),
    doseLevels: setup.params.michaelisMenten ? doseLevelTable(setup.params, (v.regimen.doseMg * 24) / v.regimen.everyHours).map((r) => ({ ...r, averageMgL: Number.isFinite(r.averageMgL) ? r.averageMgL : null })) : [],
    series: v.runs.map((r) => ({ label: r.label, hours: r.result.tHours, mgL: r.result.mgL, doseHours: r.result.doseHours })),
    assumptions: PK_ASSUMPTIONS,
  };
}

// ---------------------------------------------------------------------------
// asm resistance

export interface ResistanceDrug extends TransportEvidence {
  rows: TransporterRow[];
}

export interface ResistanceView {
  lesson: LessonRecord | undefined;
  efflux: number;
  drugs: ResistanceDrug[];
}

/**
 * The efflux table: one row per drug, "brain level (occupancy)" at each efflux. Plain
 * aligned columns when they fit the width; otherwise the table renderer's stacked form.
 */
export function resistanceTable(v: ResistanceView, width: number, style: Style, fallback: (head: string[], rows: string[][]) => string): string {
  const effluxes = v.drugs[0]?.rows.map((r) => r.efflux) ?? [];
  const cells = v.drugs.map((d) => d.rows.map((r) => `${pct(r.brainLevel)} (${pct(r.occupancy)})`));
  const nameWidth = Math.max(4, ...v.drugs.map((d) => d.name.length)) + 2;
  const colWidth = Math.max(11, ...cells.flat().map((c) => c.length + 2));
  const total = 2 + nameWidth + 6 + colWidth * effluxes.length;
  if (total > width) {
    return fallback(
      ['drug', 'P-gp substrate', ...effluxes.map((e) => `efflux ×${num(e, 2)}: brain (occupancy)`)],
      v.drugs.map((d, i) => [d.name, d.substrate ? 'yes' : 'no', ...cells[i]!]),
    );
  }
  const lines = [
    style.dim(`  ${''.padEnd(nameWidth + 6)}brain level (target occupancy) at efflux`),
    style.bold(`  ${'drug'.padEnd(nameWidth)}${'P-gp'.padEnd(6)}${effluxes.map((e) => `×${num(e, 2)}`.padEnd(colWidth)).join('')}`.trimEnd()),
    ...v.drugs.map((d, i) => {
      const row = `  ${d.name.padEnd(nameWidth)}${(d.substrate ? 'yes' : 'no').padEnd(6)}${cells[i]!.map((c) => c.padEnd(colWidth)).join('')}`.trimEnd();
      return d.substrate ? row : style.dim(row);
    }),
  ];
  return lines.join('\n');
}

/**
 * The calculation's sections, after the lesson's text (which the command renders with the
 * lesson renderer, numbering its citations in the same `src`).
 */
export function resistanceDoc(v: ResistanceView, catalog: Catalog, src: PageSources): Doc {
  const sections: Section[] = v.lesson
    ? []
    : [{ key: 'text', title: 'Drug-resistant epilepsy', blocks: [{ type: 'para', text: 'The lesson drug-resistant-epilepsy is not in these records; `asm learn` lists the lessons there are.' }] }];
  const pgp = catalog.get('enzyme', 'p-gp');
  const calc: Block[] = [
    { type: 'para', text: `${TEACHING} It shows what the transporter hypothesis would mean if it held: as efflux at the blood-brain barrier rises (the table above), the brain level of a P-gp substrate falls while a drug that is not pumped is untouched.` },
    ...TRANSPORTER_ASSUMPTIONS.map((a): Block => ({ type: 'item', text: a })),
  ];
  if (pgp) calc.push({ type: 'kv', key: 'P-glycoprotein', value: pgp.summary.text, cite: src.cite(pgp, pgp.summary.cite) });
  const evidence: Block[] = v.drugs.map(
    (d): Block => ({ type: 'item', label: `${d.name} (${d.substrate ? 'marked a P-gp substrate' : 'not marked a substrate'})`, text: d.evidence ?? 'The record says nothing about P-gp.', cite: citeAll(src, catalog, [d.cite]) }),
  );
  sections.push({ key: 'transporter', title: 'The transporter calculation', blocks: calc }, { key: 'evidence', title: 'Substrate or not: the evidence in the records', blocks: evidence }, src.section());
  return spellOutDoc({ title: 'asm resistance: drug-resistant epilepsy', subtitle: v.lesson ? `from the lesson ${v.lesson.id}, with a teaching model` : 'a teaching model', sections });
}

export function resistanceJson(v: ResistanceView) {
  return {
    model: 'transporter',
    teachingModel: true,
    lesson: v.lesson?.id ?? null,
    efflux: v.efflux,
    drugs: v.drugs.map((d) => ({ id: d.id, name: d.name, substrate: d.substrate, evidence: d.evidence, rows: d.rows })),
    assumptions: TRANSPORTER_ASSUMPTIONS,
  };
}
