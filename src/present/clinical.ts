/**
 * Pages for the clinical commands (asm treat, asm interact, asm pregnancy): the domain's
 * plans and findings as cited documents, every line with its reason and its source, and
 * their JSON views.
 */
import type { Finding } from '../domain/clinical/interact.js';
import type { Baseline, RateRow } from '../domain/clinical/pregnancy.js';
import type { Note, Plan, PlanDrug, Verdict } from '../domain/clinical/treat.js';
import { formatChange, words } from '../domain/format.js';
import type { Catalog } from '../records/catalog.js';
import type { DrugRecord } from '../records/kinds/drug.js';
import type { LessonRecord } from '../records/kinds/lesson.js';
import { spellOutDoc } from './abbreviations.js';
import { renderBars } from './charts/bars.js';
import type { Block, Doc, Section } from './doc.js';
import { citeAll, PageSources } from './sources.js';
import type { Style } from './style.js';

const MARK: Record<Verdict, string> = { ok: '', info: '', caution: 'use with caution', specialist: 'specialist only', avoid: 'not for this patient' };

// ---------------------------------------------------------------------------
// asm treat

/** The patient factors given, in words, for the page's heading. */
export function describePatient(p: Plan['patient']): string {
  const parts: string[] = [];
  if (p.ageYears !== undefined) parts.push(`${p.ageYears} years old`);
  if (p.pregnant) parts.push('pregnant');
  else if (p.childbearingPotential) parts.push('able to become pregnant');
  if (p.breastfeeding) parts.push('breastfeeding');
  if (p.hlaB1502) parts.push('HLA-B*15:02 positive');
  if (p.renal && p.renal !== 'normal') parts.push(p.renal === 'dialysis' ? 'on dialysis' : `kidney function: ${p.renal} impairment`);
  if (p.hepatic && p.hepatic !== 'none') parts.push(`liver: ${p.hepatic} impairment`);
  if (p.on?.length) parts.push(`taking ${p.on.join(', ')}`);
  return parts.join('; ');
}

function noteBlocks(notes: Note[], catalog: Catalog, src: PageSources): Block[] {
  return notes.map((n) => ({ type: 'para', text: `${n.verdict === 'info' ? '' : `${words(n.verdict)}: `}${n.text}`, cite: citeAll(src, catalog, n.sources), indent: 6 }));
}

function drugItem(d: PlanDrug, catalog: Catalog, src: PageSources): Block[] {
  const mark = MARK[d.verdict];
  return [
    { type: 'item', label: d.name + (mark ? ` (${mark})` : ''), text: d.note ?? '', cite: citeAll(src, catalog, d.noteSources), warn: d.verdict === 'avoid' || d.verdict === 'specialist' },
    ...noteBlocks(d.notes, catalog, src),
  ];
}

export function treatDoc(plan: Plan, catalog: Catalog): Doc {
  const c = plan.condition;
  const src = new PageSources(c);
  const overview: Block[] = [{ type: 'para', text: c.summary.text, cite: src.cite(c, c.summary.cite) }];
  if (c.guidance) overview.push({ type: 'kv', key: 'Follows', value: c.guidance.version, cite: src.cite(c, [c.guidance.follows]) });
  const who = describePatient(plan.patient);
  overview.push({ type: 'kv', key: 'Patient', value: who || 'no patient factors given (see --help: --pregnant, --age, --on, ...)' });
  const ladder: Block[] = [];
  for (const t of plan.tiers) {
    ladder.push({ type: 'sub', text: t.title });
    for (const d of t.drugs) ladder.push(...drugItem(d, catalog, src));
    for (const o of t.other) ladder.push({ type: 'item', label: o.name, text: o.note ?? '', cite: src.cite(c, o.cite) });
  }
  const warnBlocks = (list: Plan['avoid']): Block[] =>
    list.map((w) => ({ type: 'item', label: w.name, text: w.reason, cite: citeAll(src, catalog, w.sources), warn: true }));
  const sections: Section[] = [
    { key: 'overview', title: `Treating ${c.name}`, blocks: overview },
    { key: 'ladder', title: 'The ladder, for this patient', blocks: ladder.length ? ladder : [{ type: 'para', text: 'The record gives no ladder for this condition.' }] },
    { key: 'avoid', title: 'Avoid', blocks: plan.avoid.length ? warnBlocks(plan.avoid) : [{ type: 'para', text: 'No drug is recorded as one to avoid here.' }] },
  ];
  if (plan.cautions.length) sections.push({ key: 'cautions', title: 'Use with caution: may worsen', blocks: warnBlocks(plan.cautions).map((b) => ({ ...b, warn: false })) });
  if (plan.patient.on?.length) {
    // One line per pair: the details are under each drug on the ladder above.
    const blocks: Block[] = plan.interactions.length
      ? [
          ...plan.interactions.map((f): Block => ({
            type: 'item',
            text: `${catalog.nameOf(f.perpetrator)} → ${catalog.nameOf(f.victim)} ${arrow(f)} ${f.severity ? `(${f.severity})` : '(predicted)'}`,
            cite: citeAll(src, catalog, f.sources),
            warn: f.severity === 'major',
          })),
          { type: 'para', text: 'Each is explained under its drug on the ladder above; `asm interact` shows them in full. The records are not exhaustive.' },
        ]
      : [{ type: 'para', text: 'No interaction recorded between the ladder and what the patient takes. The records are not exhaustive: check a full interaction reference.' }];
    sections.push({ key: 'interactions', title: `With what the patient takes (${plan.patient.on.map((id) => catalog.nameOf(id)).join(', ')})`, blocks });
  }
  sections.push({ key: 'note', title: 'For study', blocks: [{ type: 'para', text: 'A study aid built from the records, not a prescription: check the current guideline, label and formulary.' }] });
  sections.push(src.section());
  return spellOutDoc({ title: `asm treat ${c.id}`, subtitle: catalog.kindLabel(plan.kind), sections });
}

export function treatJson(plan: Plan, catalog: Catalog) {
  const reason = (n: Note) => `${n.verdict}: ${n.text}`;
  return {
    condition: plan.condition.id,
    name: plan.condition.name,
    guidance: plan.condition.guidance?.version ?? null,
    patient: plan.patient,
    tiers: plan.tiers.map((t) => ({
      tier: t.tier,
      title: t.title,
      drugs: t.drugs.map((d) => ({ id: d.id, verdict: d.verdict, note: d.note, notes: d.notes.map(reason) })),
      other: t.other.map((o) => o.name),
    })),
    firstLine: plan.firstLine,
    alternatives: plan.alternatives,
    avoid: plan.avoid.map((w) => ({ id: w.id, reason: w.reason, from: w.from })),
    cautions: plan.cautions.map((w) => ({ id: w.id, reason: w.reason, from: w.from })),
    interactions: plan.interactions.map((f) => findingJson(f, catalog)),
  };
}

// ---------------------------------------------------------------------------
// asm interact

function arrow(f: Finding): string {
  return f.direction === 'up' ? '↑' : f.direction === 'down' ? '↓' : '+';
}

/** One interaction as a bullet: who acts on whom, how, how much, what happens, what to do. */
export function findingBlock(f: Finding, catalog: Catalog, src: PageSources, explain = false): Block {
  const head = `${catalog.nameOf(f.perpetrator)} → ${catalog.nameOf(f.victim)} ${arrow(f)}${f.severity ? ` (${f.severity})` : ' (predicted)'}`;
  const via = f.mechanism.length ? ` Via ${f.mechanism.map((e) => catalog.nameOf(e)).join(', ')}.` : '';
  const size = f.magnitude ? ` Size: ${words(f.magnitude.measure)} ${formatChange(f.magnitude.percent)}${f.magnitude.note ? ` (${f.magnitude.note.replace(/\.$/, '')})` : ''}.` : '';
  const doses = f.doses ? ` Doses: ${f.doses.replace(/\.$/, '')}.` : '';
  const why = explain || !f.documented ? ` ${f.documented ? 'How' : 'Reasoning'}: ${f.reasoning.length ? f.reasoning.join(' ') : mechanismText(f, catalog)}` : '';
  return {
    type: 'item',
    label: head,
    text: `${f.effect}${via}${size}${doses}${why} What to do: ${f.advice}`,
    cite: citeAll(src, catalog, f.sources),
    warn: f.severity === 'major',
  };
}

/** For --explain: what each enzyme or transporter of a documented interaction does, from the enzyme table. */
function mechanismText(f: Finding, catalog: Catalog): string {
  if (!f.mechanism.length) return 'an added (pharmacodynamic) effect: both act on the same system.';
  return f.mechanism
    .map((id) => {
      const e = catalog.get('enzyme', id);
      return e ? `${e.name}: ${e.summary.text}` : id;
    })
    .join(' ');
}

export function interactDoc(ids: readonly string[], findings: Finding[], catalog: Catalog, explain: boolean): Doc {
  const src = new PageSources();
  const documented = findings.filter((f) => f.documented);
  const predicted = findings.filter((f) => !f.documented);
  const sections: Section[] = [
    {
      key: 'documented',
      title: 'Documented interactions',
      blocks: documented.length
        ? documented.map((f) => findingBlock(f, catalog, src, explain))
        : [{ type: 'para', text: 'No interaction recorded. The records are not exhaustive: absence here does not mean the combination is safe; check a full interaction reference.' }],
    },
  ];
  if (predicted.length) {
    sections.push({
      key: 'predicted',
      title: 'Predicted from the mechanism, not documented in the records',
      blocks: [
        { type: 'para', text: 'No record documents these pairs, but their enzyme profiles predict an interaction. Treat them as a reason to look further, not as established facts.' },
        ...predicted.map((f) => findingBlock(f, catalog, src, true)),
      ],
    });
  }
  sections.push(src.section());
  const names = ids.map((id) => catalog.nameOf(id));
  return spellOutDoc({ title: ids.length === 1 ? `Interactions of ${names[0]}` : `Interactions among ${names.join(', ')}`, sections });
}

export function findingJson(f: Finding, catalog: Catalog) {
  return {
    perpetrator: f.perpetrator,
    victim: f.victim,
    direction: f.direction,
    mechanism: f.mechanism,
    advice: f.advice,
    documented: f.documented,
    severity: f.severity,
    magnitude: f.magnitude,
    effect: f.effect,
    doses: f.doses,
    reasoning: f.reasoning,
    id: f.id,
    names: { perpetrator: catalog.nameOf(f.perpetrator), victim: catalog.nameOf(f.victim) },
  };
}

// ---------------------------------------------------------------------------
// asm pregnancy

export function rateLabel(r: RateRow, short = false): string {
  return `${r.name}${r.doseBand ? ` ${r.doseBand}` : ''} · ${short ? r.registryShort : r.registryName} ${r.year}`;
}

export function pregnancyChart(rows: readonly RateRow[], baselines: readonly Baseline[], style: Style, width: number, ascii: boolean): string {
  return renderBars(
    rows.map((r) => ({ label: rateLabel(r, true), value: r.percent, ci: r.ci95, detail: r.n ? `n=${r.n}` : undefined })),
    {
      width,
      unit: '%',
      style,
      ascii,
      references: baselines.map((b) => ({ value: b.percent, label: `unexposed baseline ${b.percent}% (${b.registryName} ${b.year}${b.note ? `; ${b.note}` : ''})` })),
    },
  );
}

export function pregnancyDoc(rows: readonly RateRow[], baselines: readonly Baseline[], drugs: readonly DrugRecord[], lesson: LessonRecord | undefined, catalog: Catalog): Doc {
  const src = new PageSources();
  const sections: Section[] = [];
  const rowsBlocks: Block[] = rows.map((r) => ({
    type: 'item',
    label: rateLabel(r),
    text: `${r.percent}% major congenital malformations${r.ci95 ? ` (95% CI ${r.ci95[0]}–${r.ci95[1]}%)` : ''}${r.n ? `, n = ${r.n}` : ''}${r.note ? `. ${r.note}` : ''}`,
    cite: citeAll(src, catalog, r.sources),
  }));
  for (const b of baselines) rowsBlocks.push({ type: 'item', label: `Unexposed baseline · ${b.registryName} ${b.year}`, text: `${b.percent}%${b.n ? `, n = ${b.n}` : ''}${b.note ? `. ${b.note}` : ''}`, cite: citeAll(src, catalog, b.sources) });
  sections.push({ key: 'rates', title: 'Major congenital malformations (MCM), monotherapy, by registry', blocks: rowsBlocks.length ? rowsBlocks : [{ type: 'para', text: 'No registry rate recorded for these drugs.' }] });
  const facts = lesson?.facts ?? [];
  if (facts.length && lesson) sections.push({ key: 'facts', title: 'Timing and folic acid', blocks: facts.map((f) => ({ type: 'item', label: f.title, text: f.text, cite: src.cite(lesson, f.cite) })) });
  const risks: Block[] = [];
  for (const d of drugs) {
    for (const o of d.pregnancy.outcomes) {
      const fig = o.percent !== undefined ? `${o.percent}%${o.comparison ? ` (${o.comparison})` : ''}. ` : '';
      risks.push({ type: 'item', label: `${d.name}: ${o.outcome}`, text: `${fig}${o.text}`, cite: src.cite(d, o.cite), warn: true });
    }
    for (const r of d.restrictions.filter((x) => x.when === 'pregnancy' || x.when === 'childbearing-potential')) {
      risks.push({ type: 'item', label: `${d.name}: ${r.when === 'pregnancy' ? 'in pregnancy' : 'able to become pregnant'} (${r.action})`, text: r.text, cite: src.cite(d, r.cite), warn: r.action === 'avoid' });
    }
  }
  if (risks.length) sections.push({ key: 'risks', title: 'Named risks and rules', blocks: risks });
  const feeding: Block[] = drugs.filter((d) => d.breastfeeding).map((d) => ({ type: 'item', label: d.name, text: d.breastfeeding!.text, cite: src.cite(d, d.breastfeeding!.cite) }));
  if (feeding.length) sections.push({ key: 'breastfeeding', title: 'Breastfeeding', blocks: feeding });
  sections.push(src.section());
  return spellOutDoc({ title: 'Pregnancy: major congenital malformation rates', subtitle: 'from the registries in the records', sections });
}

export function rateJson(r: RateRow, catalog: Catalog) {
  return {
    id: r.id,
    name: r.name,
    majorMalformationPercent: r.percent,
    ci95: r.ci95,
    registry: r.registry,
    year: r.year,
    doseBand: r.doseBand,
    n: r.n,
    cases: r.cases,
    source: r.sources.flatMap((s) => {
      const rec = catalog.get(s.kind, s.id);
      return rec ? rec.sources.filter((x) => s.cite.includes(x.id)).map((x) => x.title) : [];
    }).join('; '),
  };
}
