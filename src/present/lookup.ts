/**
 * A record as a sectioned page for `asm lookup`. Every fact carries a marker such as
 * [2] that points at the numbered sources at the end.
 */
import type { Catalog } from '../records/catalog.js';
import { KIND_LABEL, type AnyRecord } from '../records/kinds.js';
import type { DrugRecord, FactT, MechanismRecord, SeizureTypeRecord, SourceT, SyndromeRecord } from '../records/schema.js';
import type { Block, Doc, Section } from './doc.js';
import { formatRange, words } from '../domain/format.js';

/** Section keys per kind, in page order, with other names a student may type. */
export const SECTIONS: Record<AnyRecord['kind'], { key: string; aliases: string[] }[]> = {
  drug: [
    { key: 'overview', aliases: ['summary', 'names', 'brands'] },
    { key: 'mechanism', aliases: ['mechanisms', 'moa'] },
    { key: 'uses', aliases: ['treats', 'indications', 'spectrum'] },
    { key: 'worsens', aliases: ['may-worsen', 'aggravates'] },
    { key: 'pharmacokinetics', aliases: ['pk', 'kinetics', 'half-life', 'levels'] },
    { key: 'enzymes', aliases: ['enzyme', 'cyp', 'induction'] },
    { key: 'interactions', aliases: ['interaction', 'ddi'] },
    { key: 'safety', aliases: ['adverse', 'adverse-effects', 'side-effects', 'boxed', 'warnings'] },
    { key: 'pregnancy', aliases: ['teratogenicity', 'teratogen'] },
    { key: 'withdrawal', aliases: ['stopping'] },
    { key: 'special-populations', aliases: ['renal', 'hepatic', 'iv', 'kidney', 'liver'] },
    { key: 'sources', aliases: ['references', 'refs'] },
  ],
  mechanism: [
    { key: 'overview', aliases: ['summary'] },
    { key: 'explanation', aliases: ['how', 'mechanism'] },
    { key: 'clinical', aliases: ['uses'] },
    { key: 'drugs', aliases: ['drug'] },
    { key: 'model', aliases: ['simulation'] },
    { key: 'sources', aliases: ['references', 'refs'] },
  ],
  'seizure-type': [
    { key: 'overview', aliases: ['summary'] },
    { key: 'features', aliases: ['clinical', 'eeg'] },
    { key: 'pathophysiology', aliases: ['mechanism', 'why'] },
    { key: 'treatment', aliases: ['drugs', 'treat'] },
    { key: 'sources', aliases: ['references', 'refs'] },
  ],
  syndrome: [
    { key: 'overview', aliases: ['summary'] },
    { key: 'features', aliases: ['clinical', 'eeg'] },
    { key: 'pathophysiology', aliases: ['mechanism', 'why'] },
    { key: 'treatment', aliases: ['drugs', 'treat'] },
    { key: 'prognosis', aliases: ['outcome', 'course'] },
    { key: 'sources', aliases: ['references', 'refs'] },
  ],
};

/** The section key a student's word means for this kind, if any. */
export function sectionKey(kind: AnyRecord['kind'], word: string): string | undefined {
  const w = word.toLowerCase().replace(/[\s_]+/g, '-');
  return SECTIONS[kind].find((s) => s.key === w || s.aliases.includes(w))?.key;
}

/** Numbers the record's sources 1..n and turns cite ids into those numbers. */
function citer(sources: SourceT[]) {
  const index = new Map(sources.map((s, i) => [s.id, i + 1]));
  return (cite: string[] | undefined) => (cite ?? []).map((c) => index.get(c)).filter((n): n is number => n !== undefined);
}

function sourcesSection(sources: SourceT[]): Section {
  return {
    key: 'sources',
    title: 'Sources',
    blocks: sources.map((s, i) => ({ type: 'ref', n: i + 1, text: s.url ? `${s.title} ${s.url}` : s.title })),
  };
}

function facts(list: FactT[], n: ReturnType<typeof citer>): Block[] {
  return list.map((f) => ({ type: 'para', text: f.text, cite: n(f.cite) }));
}

export function recordDoc(entry: AnyRecord, catalog: Catalog): Doc {
  switch (entry.kind) {
    case 'drug':
      return drugDoc(entry.record, catalog);
    case 'mechanism':
      return mechanismDoc(entry.record, catalog);
    case 'seizure-type':
    case 'syndrome':
      return conditionDoc(entry.kind, entry.record, catalog);
  }
}

function drugDoc(d: DrugRecord, catalog: Catalog): Doc {
  const n = citer(d.sources);
  const sections: Section[] = [];
  const names: Block[] = [{ type: 'kv', key: 'Class', value: d.class }];
  if (d.brands.length) names.push({ type: 'kv', key: 'Brands', value: d.brands.join(', ') });
  if (d.aliases.length) names.push({ type: 'kv', key: 'Also called', value: d.aliases.join(', ') });
  if (d.summary) names.push({ type: 'para', text: d.summary.text, cite: n(d.summary.cite) });
  sections.push({ key: 'overview', title: 'Overview', blocks: names });

  sections.push({
    key: 'mechanism',
    title: 'Mechanism',
    blocks: d.mechanisms.flatMap((m): Block[] => [
      { type: 'item', label: `${catalog.nameOf(m.pillar)} (${m.primary ? 'primary' : 'secondary'})`, text: m.target },
      { type: 'para', text: m.explanation, cite: n(m.cite), indent: 4 },
    ]),
  });

  const uses: Block[] = d.indications.map((i) => ({
    type: 'item',
    label: `${catalog.nameOf(i.id)} (${words(i.role)})`,
    text: i.note ?? '',
    cite: n(i.cite),
  }));
  const listedBy = catalog
    .conditionsTreatedBy(d)
    .filter((id) => !d.indications.some((i) => i.id === id))
    .map((id) => catalog.nameOf(id));
  if (listedBy.length) uses.push({ type: 'para', text: `Also recommended in the records of: ${listedBy.join('; ')} (see asm lookup <name>).` });
  sections.push({ key: 'uses', title: 'Uses', blocks: uses.length ? uses : [{ type: 'para', text: 'No indications recorded.' }] });

  sections.push({
    key: 'worsens',
    title: 'May worsen',
    blocks: d.worsens.length
      ? d.worsens.map((w) => ({ type: 'item', label: catalog.nameOf(w.id), text: w.why, cite: n(w.cite), warn: true }))
      : [{ type: 'para', text: 'No seizure type recorded as worsened by this drug.' }],
  });

  const pk: Block[] = [
    { type: 'kv', key: 'Half-life', value: formatRange(d.halfLife.hours, 'h') + (d.halfLife.note ? `. ${d.halfLife.note}` : ''), cite: n(d.halfLife.cite) },
    { type: 'kv', key: 'Elimination', value: `${d.elimination.route}. ${d.elimination.text}`, cite: n(d.elimination.cite) },
    { type: 'kv', key: 'Protein binding', value: formatRange(d.proteinBinding.percent, '%'), cite: n(d.proteinBinding.cite) },
  ];
  if (d.therapeuticRange) {
    const r = d.therapeuticRange;
    pk.push({ type: 'kv', key: 'Therapeutic range', value: formatRange([r.low, r.high], r.unit) + (r.note ? `. ${r.note}` : ''), cite: n(r.cite) });
  }
  if (d.concentration) {
    const c = d.concentration;
    pk.push({
      type: 'kv',
      key: 'Free concentration',
      value: `typically ${c.typicalFreeUM} µM${c.rangeFreeUM ? ` (${formatRange(c.rangeFreeUM, 'µM')})` : ''}${c.note ? `. ${c.note}` : ''}`,
      cite: n(c.cite),
    });
  }
  sections.push({ key: 'pharmacokinetics', title: 'Pharmacokinetics', blocks: pk });

  const e = d.enzymes;
  const enz: Block[] = [{ type: 'kv', key: 'Effect', value: words(e.effect), cite: n(e.cite) }];
  if (e.induces.length) enz.push({ type: 'kv', key: 'Induces', value: e.induces.join(', ') });
  if (e.inhibits.length) enz.push({ type: 'kv', key: 'Inhibits', value: e.inhibits.join(', ') });
  if (e.substrateOf.length) enz.push({ type: 'kv', key: 'Substrate of', value: e.substrateOf.join(', ') });
  if (e.note) enz.push({ type: 'para', text: e.note });
  sections.push({ key: 'enzymes', title: 'Enzymes', blocks: enz });

  sections.push({
    key: 'interactions',
    title: 'Interactions',
    blocks: d.interactions.length
      ? d.interactions.map((x) => ({
          type: 'item',
          label: `${x.with} (${x.severity})`,
          text: x.effect + (x.management ? ` Management: ${x.management}` : ''),
          cite: n(x.cite),
          warn: x.severity === 'major',
        }))
      : [{ type: 'para', text: 'No key interactions recorded.' }],
  });

  const boxed = d.adverseEffects.filter((a) => a.boxed);
  const other = d.adverseEffects.filter((a) => !a.boxed);
  const safety: Block[] = [];
  if (boxed.length) {
    safety.push({ type: 'sub', text: 'Boxed warnings' });
    safety.push(...boxed.map((a): Block => ({ type: 'item', label: a.effect, text: a.detail ?? '', cite: n(a.cite), warn: true })));
  }
  if (other.length) {
    safety.push({ type: 'sub', text: boxed.length ? 'Other key adverse effects' : 'Key adverse effects' });
    safety.push(...other.map((a): Block => ({ type: 'item', label: a.effect + (a.serious ? ' (serious)' : ''), text: a.detail ?? '', cite: n(a.cite) })));
  }
  sections.push({ key: 'safety', title: 'Safety', blocks: safety });

  const preg: Block[] = [{ type: 'para', text: d.pregnancy.text, cite: n(d.pregnancy.cite) }];
  if (d.pregnancy.malformationRates.length) {
    preg.push({ type: 'sub', text: 'Major congenital malformations, monotherapy' });
    for (const r of d.pregnancy.malformationRates) {
      const extra = [r.ci95 ? `95% CI ${r.ci95[0]}–${r.ci95[1]} %` : '', r.exposed ? `n = ${r.exposed}` : '', r.note ?? ''].filter(Boolean).join('; ');
      preg.push({ type: 'item', label: r.registry, text: `${r.percent} %${extra ? ` (${extra})` : ''}`, cite: n(r.cite) });
    }
  }
  sections.push({ key: 'pregnancy', title: 'Pregnancy', blocks: preg });
  sections.push({ key: 'withdrawal', title: 'Withdrawal', blocks: [{ type: 'para', text: d.withdrawal.text, cite: n(d.withdrawal.cite) }] });
  sections.push({
    key: 'special-populations',
    title: 'IV use, kidney and liver',
    blocks: [
      { type: 'kv', key: 'IV form', value: (d.iv.available ? 'yes' : 'no') + (d.iv.text ? `. ${d.iv.text}` : ''), cite: n(d.iv.cite) },
      { type: 'kv', key: 'Kidney', value: d.renal.text, cite: n(d.renal.cite) },
      { type: 'kv', key: 'Liver', value: d.hepatic.text, cite: n(d.hepatic.cite) },
    ],
  });
  sections.push(sourcesSection(d.sources));
  return { title: d.name, subtitle: `drug · ${d.id}`, sections };
}

function mechanismDoc(m: MechanismRecord, catalog: Catalog): Doc {
  const n = citer(m.sources);
  const overview: Block[] = [{ type: 'para', text: m.summary }];
  if (m.pillar) overview.unshift({ type: 'kv', key: 'Pillar', value: `${m.pillar} of the four pillars of ASM action` });
  if (m.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: m.aliases.join(', ') });
  const drugs = catalog.drugsActingAt(m.id);
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'explanation', title: 'How it works', blocks: facts(m.explanation, n) },
  ];
  if (m.clinical.length) sections.push({ key: 'clinical', title: 'In the clinic', blocks: facts(m.clinical, n) });
  const byRole = (role: string) => drugs.filter((l) => l.detail === role).map((l) => l.drug.name);
  const drugBlocks: Block[] = [];
  if (byRole('primary').length) drugBlocks.push({ type: 'kv', key: 'Main action', value: byRole('primary').join(', ') });
  if (byRole('secondary').length) drugBlocks.push({ type: 'kv', key: 'Also acts here', value: byRole('secondary').join(', ') });
  sections.push({ key: 'drugs', title: 'Drugs acting here', blocks: drugBlocks.length ? drugBlocks : [{ type: 'para', text: 'No drug record lists this mechanism.' }] });
  if (m.model) sections.push({ key: 'model', title: 'In asm simulate (a simplified model)', blocks: [{ type: 'para', text: m.model }] });
  sections.push(sourcesSection(m.sources));
  return { title: m.name, subtitle: `mechanism · ${m.id}`, sections };
}

function conditionDoc(kind: 'seizure-type' | 'syndrome', c: SeizureTypeRecord | SyndromeRecord, catalog: Catalog): Doc {
  const n = citer(c.sources);
  const overview: Block[] = [{ type: 'para', text: c.summary }];
  if ('onset' in c) overview.push({ type: 'kv', key: 'Onset', value: c.onset });
  if ('seizureTypes' in c) {
    overview.push({ type: 'kv', key: 'Seizure types', value: c.seizureTypes.map((id) => catalog.nameOf(id)).join(', ') });
    if (c.ageOfOnset) overview.push({ type: 'kv', key: 'Age of onset', value: c.ageOfOnset.text, cite: n(c.ageOfOnset.cite) });
  }
  if (c.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: c.aliases.join(', ') });
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'features', title: 'Features', blocks: facts(c.features, n) },
  ];
  if (c.pathophysiology.length) sections.push({ key: 'pathophysiology', title: 'Pathophysiology', blocks: facts(c.pathophysiology, n) });

  const treat: Block[] = [];
  const choice = (title: string, list: { drug: string; note?: string; cite: string[] }[]) => {
    if (!list.length) return;
    treat.push({ type: 'sub', text: title });
    treat.push(...list.map((x): Block => ({ type: 'item', label: catalog.nameOf(x.drug), text: x.note ?? '', cite: n(x.cite) })));
  };
  choice('First-line', c.firstLine);
  choice('Alternatives and add-ons', c.alternatives);
  if (c.avoid.length) {
    treat.push({ type: 'sub', text: 'Avoid' });
    treat.push(...c.avoid.map((x): Block => ({ type: 'item', label: catalog.nameOf(x.drug), text: x.why, cite: n(x.cite), warn: true })));
  }
  const listed = new Set([...c.firstLine, ...c.alternatives, ...c.avoid].map((x) => x.drug));
  const fromDrugs = catalog.drugsTreating(c.id).filter((l) => !listed.has(l.drug.id));
  if (fromDrugs.length) {
    treat.push({ type: 'sub', text: 'Also labelled or used for this (from the drug records)' });
    treat.push({ type: 'para', text: fromDrugs.map((l) => `${l.drug.name} (${words(l.detail)})`).join(', ') });
  }
  const worse = catalog.drugsWorsening(c.id).filter((l) => !listed.has(l.drug.id));
  if (worse.length) {
    treat.push({ type: 'sub', text: 'May be worsened by (from the drug records)' });
    treat.push({ type: 'para', text: worse.map((l) => l.drug.name).join(', ') });
  }
  treat.push(...facts(c.treatment, n));
  sections.push({ key: 'treatment', title: 'Treatment', blocks: treat });
  if ('prognosis' in c && c.prognosis.length) sections.push({ key: 'prognosis', title: 'Prognosis', blocks: facts(c.prognosis, n) });
  sections.push(sourcesSection(c.sources));
  return { title: c.name, subtitle: `${KIND_LABEL[kind]} · ${c.id}`, sections };
}
