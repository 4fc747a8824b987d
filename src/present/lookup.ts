/**
 * A record as a sectioned page for `asm lookup`. Every fact carries a marker such as [2]
 * that points at the numbered sources at the end of the page. Facts a page borrows from
 * other records (the tiers and warnings in condition records, the interaction records)
 * bring their sources with them, so every marker resolves on the page that shows it.
 */
import { formatChange, formatRange, words } from '../domain/format.js';
import type { Catalog } from '../records/catalog.js';
import type { AnyRecord, SomeRecord } from '../records/collections.js';
import type { FactT } from '../records/kit.js';
import type { ClassRecord } from '../records/kinds/class.js';
import type { ComedicationRecord } from '../records/kinds/comedication.js';
import type { DrugRecord } from '../records/kinds/drug.js';
import type { EnzymeRecord } from '../records/kinds/enzyme.js';
import type { InteractionRecord } from '../records/kinds/interaction.js';
import type { MechanismRecord } from '../records/kinds/mechanism.js';
import type { RegistryRecord } from '../records/kinds/registry.js';
import type { ConditionRecord, InteractionPair } from '../records/relations.js';
import { TIER_TITLES, TIERS } from '../records/vocab.js';
import { spellOutDoc } from './abbreviations.js';
import type { Block, Doc, Section } from './doc.js';
import { PageSources } from './sources.js';

function facts(list: FactT[], record: SomeRecord, src: PageSources): Block[] {
  return list.map((f) => ({ type: 'para', text: f.text, cite: src.cite(record, f.cite) }));
}

const none = (text: string): Block[] => [{ type: 'para', text }];

export function recordDoc(entry: AnyRecord, catalog: Catalog): Doc {
  switch (entry.kind) {
    case 'drug':
      return drugDoc(entry.record, catalog);
    case 'comedication':
      return comedicationDoc(entry.record, catalog);
    case 'class':
      return classDoc(entry.record, catalog);
    case 'mechanism':
      return mechanismDoc(entry.record, catalog);
    case 'seizure-type':
    case 'syndrome':
      return conditionDoc(entry.kind, entry.record, catalog);
    case 'interaction':
      return interactionDoc(entry.record, catalog);
    case 'enzyme':
      return enzymeDoc(entry.record, catalog);
    case 'registry':
      return registryDoc(entry.record, catalog);
    default:
      return genericDoc(entry, catalog);
  }
}

/** A record of a kind with no page of its own: its title, summary and sources. */
function genericDoc(entry: AnyRecord, catalog: Catalog): Doc {
  const r = entry.record;
  const src = new PageSources(r);
  const blocks: Block[] = [];
  if ('summary' in r && typeof r.summary === 'object') blocks.push({ type: 'para', text: r.summary.text, cite: src.cite(r, r.summary.cite) });
  if (entry.kind === 'lesson') blocks.push({ type: 'para', text: `Read it with: asm learn ${r.id}` });
  return finish(catalog.titleOf(entry), `${catalog.kindLabel(entry.kind)} · ${r.id}`, [{ key: 'overview', title: 'Overview', blocks: blocks.length ? blocks : none('No summary recorded.') }], src);
}

function finish(title: string, subtitle: string, sections: Section[], src: PageSources): Doc {
  return spellOutDoc({ title, subtitle, sections: [...sections, src.section()] });
}

/** An interaction as one bullet on a drug's, co-medication's or enzyme's page. */
export function interactionBlock(p: InteractionPair, catalog: Catalog, src: PageSources): Block {
  const x = p.record;
  const arrow = x.direction === 'up' ? '↑' : x.direction === 'down' ? '↓' : '+';
  const size = x.magnitude ? ` Size: ${words(x.magnitude.measure)} ${formatChange(x.magnitude.percent)}.` : '';
  const via = x.mechanism.length ? ` Via ${x.mechanism.map((e) => catalog.nameOf(e)).join(', ')}.` : '';
  return {
    type: 'item',
    label: `${catalog.nameOf(p.perpetrator)} → ${catalog.nameOf(p.victim)} ${arrow} (${x.severity})`,
    text: `${x.effect}${size}${via} What to do: ${x.management}`,
    cite: src.cite(x, x.cite),
    warn: x.severity === 'major',
  };
}

/**
 * A record's interactions as an index, one line per pair, most severe first: what it
 * changes and what changes it. The details (size, doses, what to do) are one command away,
 * in asm interact, so a page stays readable for a strong inducer with dozens of pairs.
 */
function interactionsSection(id: string, catalog: Catalog, src: PageSources): Section {
  const pairs = catalog.interactionsOf(id);
  if (!pairs.length) return { key: 'interactions', title: 'Interactions', blocks: none('No interaction recorded. The records are not exhaustive: check a full interaction checker.') };
  const rank = { major: 0, moderate: 1, minor: 2 } as const;
  const line = (p: InteractionPair, other: string): Block => {
    const x = p.record;
    // An arrow, not "level": some rises are of a metabolite or the free fraction (valproate
    // on carbamazepine's epoxide, on phenytoin's free level); asm interact gives the detail.
    const arrow = x.direction === 'up' ? '↑' : x.direction === 'down' ? '↓' : 'added effect';
    const via = x.mechanism.length ? `, via ${x.mechanism.map((e) => catalog.nameOf(e)).join(', ')}` : '';
    return { type: 'item', text: `${catalog.nameOf(other)}: ${arrow} (${x.severity})${via}`, cite: src.cite(x, x.cite), warn: x.severity === 'major' };
  };
  const sorted = [...pairs].sort((a, b) => rank[a.record.severity] - rank[b.record.severity]);
  const acts = sorted.filter((p) => p.perpetrator === id && p.victim !== id);
  const actedOn = sorted.filter((p) => p.victim === id && p.perpetrator !== id);
  const self = sorted.filter((p) => p.perpetrator === id && p.victim === id);
  const blocks: Block[] = [];
  if (self.length) blocks.push(...self.map((p) => interactionBlock(p, catalog, src)));
  if (acts.length) blocks.push({ type: 'sub', text: `What ${catalog.nameOf(id)} changes (the other drug's level or effect)` }, ...acts.map((p) => line(p, p.victim)));
  if (actedOn.length) blocks.push({ type: 'sub', text: `What changes ${catalog.nameOf(id)} (its level or effect)` }, ...actedOn.map((p) => line(p, p.perpetrator)));
  blocks.push({ type: 'para', text: `Sizes, doses and what to do: asm interact ${id} (all of them) or asm interact ${id} OTHER (one pair).` });
  return { key: 'interactions', title: 'Interactions', blocks };
}

function enzymeBlocks(e: DrugRecord['enzymes'], owner: SomeRecord, catalog: Catalog, src: PageSources): Block[] {
  const name = (x: { enzyme: string; strength?: string; extent?: string }) => `${catalog.nameOf(x.enzyme)}${x.strength ? ` (${x.strength})` : x.extent ? ` (${x.extent})` : ''}`;
  const blocks: Block[] = [{ type: 'kv', key: 'Effect', value: words(e.effect), cite: src.cite(owner, e.cite) }];
  if (e.induces.length) blocks.push({ type: 'kv', key: 'Induces', value: e.induces.map(name).join(', ') });
  if (e.inhibits.length) blocks.push({ type: 'kv', key: 'Inhibits', value: e.inhibits.map(name).join(', ') });
  if (e.substrateOf.length) blocks.push({ type: 'kv', key: 'Cleared by', value: e.substrateOf.map(name).join(', ') });
  if (e.note) blocks.push({ type: 'para', text: e.note });
  return blocks;
}

function drugDoc(d: DrugRecord, catalog: Catalog): Doc {
  const src = new PageSources(d);
  const n = (cite: readonly string[] | undefined) => src.cite(d, cite);
  const sections: Section[] = [];
  const overview: Block[] = [{ type: 'kv', key: 'Class', value: d.class }];
  if (d.classes.length) overview.push({ type: 'kv', key: 'Classes', value: d.classes.map((c) => catalog.nameOf(c)).join(', ') });
  if (d.spectrum) overview.push({ type: 'kv', key: 'Spectrum', value: d.spectrum.value + (d.spectrum.note ? `. ${d.spectrum.note}` : ''), cite: n(d.spectrum.cite) });
  if (d.brands.length) overview.push({ type: 'kv', key: 'Brands', value: d.brands.join(', ') });
  if (d.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: d.aliases.join(', ') });
  overview.push({ type: 'para', text: d.summary.text, cite: n(d.summary.cite) });
  sections.push({ key: 'overview', title: 'Overview', blocks: overview });

  sections.push({
    key: 'mechanism',
    title: 'Mechanism',
    blocks: d.mechanisms.flatMap((m): Block[] => [
      { type: 'item', label: `${catalog.nameOf(m.mechanism)} (${m.primary ? 'primary' : 'secondary'})`, text: m.target },
      { type: 'para', text: m.explanation, cite: n(m.cite), indent: 4 },
    ]),
  });

  const uses: Block[] = [];
  const places = catalog.tiersOf(d.id);
  if (places.length) {
    uses.push({ type: 'sub', text: 'In the guideline ladders (from the condition records)' });
    for (const p of places) {
      uses.push({ type: 'item', label: `${p.condition.name}: ${TIER_TITLES[p.tier].toLowerCase()}`, text: p.note ?? '', cite: src.cite(p.condition, p.cite) });
    }
  }
  if (d.licensed.length) {
    uses.push({ type: 'sub', text: 'Licensed for (labels)' });
    for (const l of d.licensed) {
      const use = l.use === 'both' ? 'monotherapy and add-on' : l.use === 'adjunctive' ? 'add-on' : l.use;
      const what = `${catalog.nameOf(l.condition)}: ${use} (${l.region.toUpperCase()}${l.ages ? `, ${l.ages}` : ''})`;
      uses.push({ type: 'item', label: what, text: l.note ?? '', cite: n(l.cite) });
    }
  }
  if (d.otherUses.length) {
    uses.push({ type: 'sub', text: 'Other uses' });
    for (const u of d.otherUses) uses.push({ type: 'item', label: `${u.use} (${u.licensed ? 'licensed' : 'off-label'})`, text: u.note ?? '', cite: n(u.cite) });
  }
  sections.push({ key: 'uses', title: 'Uses', blocks: uses.length ? uses : none('No uses recorded.') });

  const worse = catalog.conditionsWorsenedBy(d.id);
  sections.push({
    key: 'worsens',
    title: 'May worsen',
    blocks: worse.length
      ? worse.map((w) => ({ type: 'item', label: `${w.condition.name} (${w.strength === 'avoid' ? 'avoid' : 'use with caution'})`, text: w.why, cite: src.cite(w.condition, w.cite), warn: w.strength === 'avoid' }))
      : none('No condition record says this drug may worsen it.'),
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

  const dose: Block[] = [];
  const ds = d.dosing;
  if (ds?.adult) {
    const a = ds.adult;
    if (a.start) dose.push({ type: 'kv', key: 'Adult start', value: a.start.text, cite: n(a.start.cite) });
    if (a.titration) dose.push({ type: 'kv', key: 'Titration', value: a.titration.text, cite: n(a.titration.cite) });
    if (a.maintenance) dose.push({ type: 'kv', key: 'Maintenance', value: a.maintenance.text, cite: n(a.maintenance.cite) });
    if (a.maxMgPerDay) dose.push({ type: 'kv', key: 'Maximum', value: `${a.maxMgPerDay} mg/day` });
  }
  if (ds?.children) dose.push({ type: 'kv', key: 'Children', value: ds.children.text, cite: n(ds.children.cite) });
  if (ds?.loading) dose.push({ type: 'kv', key: 'Loading', value: ds.loading.text, cite: n(ds.loading.cite) });
  if (ds?.acute) dose.push({ type: 'kv', key: 'Acute use', value: ds.acute.text, cite: n(ds.acute.cite) });
  if (ds?.note) dose.push({ type: 'para', text: ds.note });
  if (dose.length) dose.push({ type: 'para', text: 'For study, not for prescribing: check the current label or formulary.' });
  sections.push({ key: 'dosing', title: 'Dosing', blocks: dose.length ? dose : none('No dosing recorded.') });

  sections.push({ key: 'enzymes', title: 'Enzymes', blocks: enzymeBlocks(d.enzymes, d, catalog, src) });
  sections.push(interactionsSection(d.id, catalog, src));

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
  if (d.restrictions.length) {
    safety.push({ type: 'sub', text: 'Restrictions by patient (asm treat applies them)' });
    safety.push(
      ...d.restrictions.map((r): Block => ({
        type: 'item',
        label: `${words(r.when)}${r.belowAgeYears ? ` (under ${r.belowAgeYears} years)` : ''}: ${r.action === 'avoid' ? 'avoid' : r.action === 'specialist' ? 'specialist only' : 'caution'}`,
        text: r.text,
        cite: n(r.cite),
        warn: r.action !== 'caution',
      })),
    );
  }
  sections.push({ key: 'safety', title: 'Safety', blocks: safety });

  const preg: Block[] = [{ type: 'para', text: d.pregnancy.text, cite: n(d.pregnancy.cite) }];
  if (d.pregnancy.rates.length) {
    preg.push({ type: 'sub', text: 'Major congenital malformations (MCM), monotherapy' });
    for (const r of d.pregnancy.rates) {
      const extra = [r.ci95 ? `95% CI ${r.ci95[0]}–${r.ci95[1]}%` : '', r.n ? `n = ${r.n}` : '', r.note ?? ''].filter(Boolean).join('; ');
      const label = `${catalog.nameOf(r.registry)} ${r.year}${r.doseBand ? `, ${r.doseBand.label}` : ', all doses'}`;
      preg.push({ type: 'item', label, text: `${r.percent}%${extra ? ` (${extra})` : ''}`, cite: n(r.cite) });
    }
  }
  for (const o of d.pregnancy.outcomes) {
    const fig = o.percent !== undefined ? ` ${o.percent}%${o.ci95 ? ` (95% CI ${o.ci95[0]}–${o.ci95[1]}%)` : ''}${o.comparison ? `, ${o.comparison}` : ''}.` : '';
    preg.push({ type: 'item', label: o.outcome, text: `${fig} ${o.text}`.trim(), cite: n(o.cite), warn: true });
  }
  if (d.breastfeeding) {
    const rid = d.breastfeeding.relativeInfantDosePercent;
    preg.push({ type: 'sub', text: 'Breastfeeding' });
    preg.push({ type: 'para', text: d.breastfeeding.text + (rid ? ` Relative infant dose: ${formatRange(rid, '%')}.` : ''), cite: n(d.breastfeeding.cite) });
  }
  sections.push({ key: 'pregnancy', title: 'Pregnancy and breastfeeding', blocks: preg });
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
  return finish(d.name, `drug · ${d.id}`, sections, src);
}

function comedicationDoc(m: ComedicationRecord, catalog: Catalog): Doc {
  const src = new PageSources(m);
  const overview: Block[] = [{ type: 'kv', key: 'Group', value: words(m.group) }];
  if (m.brands.length) overview.push({ type: 'kv', key: 'Brands', value: m.brands.join(', ') });
  if (m.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: m.aliases.join(', ') });
  overview.push({ type: 'para', text: m.summary.text, cite: src.cite(m, m.summary.cite) });
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'enzymes', title: 'Enzymes', blocks: enzymeBlocks(m.enzymes, m, catalog, src) },
    interactionsSection(m.id, catalog, src),
  ];
  return finish(m.name, `co-medication · ${m.id}`, sections, src);
}

function classDoc(c: ClassRecord, catalog: Catalog): Doc {
  const src = new PageSources(c);
  const members = catalog.classMembers(c.id);
  const overview: Block[] = [{ type: 'para', text: c.summary.text, cite: src.cite(c, c.summary.cite) }];
  if (c.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: c.aliases.join(', ') });
  const drugs: Block[] = members.map((d) => ({ type: 'item', label: d.name, text: `${catalog.nameOf(d.mechanisms.find((m) => m.primary)?.mechanism ?? '')}; half-life ${formatRange(d.halfLife.hours, 'h')}` }));
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'drugs', title: 'Drugs in this class', blocks: drugs.length ? drugs : none('No drug record lists this class.') },
  ];
  return finish(c.name, `drug class · ${c.id}`, sections, src);
}

function mechanismDoc(m: MechanismRecord, catalog: Catalog): Doc {
  const src = new PageSources(m);
  const overview: Block[] = [{ type: 'para', text: m.summary.text, cite: src.cite(m, m.summary.cite) }];
  if (m.pillar) overview.unshift({ type: 'kv', key: 'Pillar', value: `${m.pillar} of the four pillars of ASM action` });
  if (m.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: m.aliases.join(', ') });
  const drugs = catalog.drugsActingAt(m.id);
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'explanation', title: 'How it works', blocks: facts(m.explanation, m, src) },
  ];
  if (m.clinical.length) sections.push({ key: 'clinical', title: 'In the clinic', blocks: facts(m.clinical, m, src) });
  const byRole = (role: string) => drugs.filter((l) => l.detail === role).map((l) => l.drug.name);
  const drugBlocks: Block[] = [];
  if (byRole('primary').length) drugBlocks.push({ type: 'kv', key: 'Main action', value: byRole('primary').join(', ') });
  if (byRole('secondary').length) drugBlocks.push({ type: 'kv', key: 'Also acts here', value: byRole('secondary').join(', ') });
  sections.push({ key: 'drugs', title: 'Drugs acting here', blocks: drugBlocks.length ? drugBlocks : none('No drug record lists this mechanism.') });
  if (m.model) sections.push({ key: 'model', title: 'In asm simulate (a simplified model)', blocks: [{ type: 'para', text: m.model }] });
  return finish(m.name, `mechanism · ${m.id}`, sections, src);
}

function conditionDoc(kind: 'seizure-type' | 'syndrome', c: ConditionRecord, catalog: Catalog): Doc {
  const src = new PageSources(c);
  const n = (cite: readonly string[] | undefined) => src.cite(c, cite);
  const overview: Block[] = [{ type: 'para', text: c.summary.text, cite: n(c.summary.cite) }];
  if ('onset' in c) overview.push({ type: 'kv', key: 'Onset', value: c.onset });
  if ('seizureTypes' in c) {
    overview.push({ type: 'kv', key: 'Seizure types', value: c.seizureTypes.map((id) => catalog.nameOf(id)).join(', ') });
    if (c.ageOfOnset) overview.push({ type: 'kv', key: 'Age of onset', value: c.ageOfOnset.text, cite: n(c.ageOfOnset.cite) });
  }
  if (c.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: c.aliases.join(', ') });
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'features', title: 'Features', blocks: facts(c.features, c, src) },
  ];
  if (c.pathophysiology.length) sections.push({ key: 'pathophysiology', title: 'Pathophysiology', blocks: facts(c.pathophysiology, c, src) });

  const treat: Block[] = [];
  if (c.guidance) treat.push({ type: 'kv', key: 'Follows', value: c.guidance.version, cite: n([c.guidance.follows]) });
  for (const tier of TIERS) {
    for (const t of c.tiers.filter((x) => x.tier === tier)) {
      treat.push({ type: 'sub', text: t.title ?? TIER_TITLES[t.tier] });
      treat.push(...t.drugs.map((x): Block => ({ type: 'item', label: catalog.nameOf(x.drug), text: x.note ?? '', cite: n(x.cite) })));
      treat.push(...t.other.map((x): Block => ({ type: 'item', label: x.name, text: x.note ?? '', cite: n(x.cite) })));
    }
  }
  const laddered = new Set(c.tiers.flatMap((t) => t.drugs.map((x) => x.drug)));
  const licensedOnly = catalog.drugsTreating(c.id).filter((l) => !laddered.has(l.drug.id));
  if (licensedOnly.length) {
    treat.push({ type: 'sub', text: 'Also licensed for this (from the drug records)' });
    treat.push({ type: 'para', text: licensedOnly.map((l) => `${l.drug.name} (${l.detail.replace(/^licensed /, '')})`).join(', ') });
  }
  treat.push(...facts(c.treatment, c, src));
  if (c.guidance?.changes.length) {
    treat.push({ type: 'sub', text: 'What changed from older guidance and the course' });
    treat.push(...facts(c.guidance.changes, c, src));
  }
  sections.push({ key: 'treatment', title: 'Treatment', blocks: treat.length ? treat : none('No treatment recorded.') });

  const worse: Block[] = [];
  for (const strength of ['avoid', 'caution'] as const) {
    const list = c.mayWorsen.filter((w) => w.strength === strength);
    if (!list.length) continue;
    worse.push({ type: 'sub', text: strength === 'avoid' ? 'Avoid' : 'Use with caution: may worsen' });
    worse.push(...list.map((w): Block => ({ type: 'item', label: catalog.nameOf(w.drug), text: w.why, cite: n(w.cite), warn: strength === 'avoid' })));
  }
  sections.push({ key: 'worsens', title: 'May be worsened by', blocks: worse.length ? worse : none('No drug is recorded as worsening this.') });
  if ('prognosis' in c && c.prognosis.length) sections.push({ key: 'prognosis', title: 'Prognosis', blocks: facts(c.prognosis, c, src) });
  return finish(c.name, `${catalog.kindLabel(kind)} · ${c.id}`, sections, src);
}

function interactionDoc(x: InteractionRecord, catalog: Catalog): Doc {
  const src = new PageSources(x);
  const pairs = catalog.interactionPairs().filter((p) => p.record === x);
  const blocks: Block[] = pairs.map((p) => interactionBlock(p, catalog, src));
  if (x.doses) blocks.push({ type: 'kv', key: 'Doses', value: x.doses });
  if (x.magnitude?.note) blocks.push({ type: 'kv', key: 'Size', value: x.magnitude.note });
  return finish(catalog.titleOf({ kind: 'interaction', record: x }), `interaction · ${x.id}`, [{ key: 'overview', title: 'Overview', blocks }], src);
}

function enzymeDoc(e: EnzymeRecord, catalog: Catalog): Doc {
  const src = new PageSources(e);
  const overview: Block[] = [{ type: 'kv', key: 'Type', value: e.type }, { type: 'para', text: e.summary.text, cite: src.cite(e, e.summary.cite) }];
  if (e.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: e.aliases.join(', ') });
  const everyone = [...catalog.set.drugs, ...catalog.set.comedications];
  const who = (pick: (r: (typeof everyone)[number]) => { enzyme: string; strength?: string; extent?: string }[]) =>
    everyone.flatMap((r) => pick(r).filter((x) => x.enzyme === e.id).map((x) => `${r.name}${x.strength ? ` (${x.strength})` : x.extent ? ` (${x.extent})` : ''}`));
  const drugs: Block[] = [];
  for (const [key, list] of [
    ['Induced by', who((r) => r.enzymes.induces)],
    ['Inhibited by', who((r) => r.enzymes.inhibits)],
    ['Clears', who((r) => r.enzymes.substrateOf)],
  ] as const) {
    if (list.length) drugs.push({ type: 'kv', key, value: list.join(', ') });
  }
  const through = catalog.interactionPairs().filter((p) => p.record.mechanism.includes(e.id));
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'drugs', title: 'Drugs and co-medications', blocks: drugs.length ? drugs : none('No record names this enzyme.') },
    { key: 'interactions', title: 'Interactions through it', blocks: through.length ? through.map((p) => interactionBlock(p, catalog, src)) : none('No interaction recorded through it.') },
  ];
  return finish(e.name, `${catalog.kindLabel('enzyme')} · ${e.id}`, sections, src);
}

function registryDoc(r: RegistryRecord, catalog: Catalog): Doc {
  const src = new PageSources(r);
  const overview: Block[] = [{ type: 'para', text: r.summary.text, cite: src.cite(r, r.summary.cite) }];
  if (r.aliases.length) overview.push({ type: 'kv', key: 'Also called', value: r.aliases.join(', ') });
  if (r.url) overview.push({ type: 'kv', key: 'Web', value: r.url });
  if (r.baseline) {
    const b = r.baseline;
    overview.push({ type: 'kv', key: 'Unexposed baseline', value: `${b.percent}%${b.ci95 ? ` (95% CI ${b.ci95[0]}–${b.ci95[1]}%)` : ''}${b.n ? `, n = ${b.n}` : ''} (${b.year})${b.note ? `. ${b.note}` : ''}`, cite: src.cite(r, b.cite) });
  }
  const rows = catalog.set.drugs.flatMap((d) => d.pregnancy.rates.filter((x) => x.registry === r.id).map((x) => ({ d, x })));
  rows.sort((a, b) => b.x.percent - a.x.percent);
  const rates: Block[] = rows.map(({ d, x }) => ({
    type: 'item',
    label: `${d.name}${x.doseBand ? `, ${x.doseBand.label}` : ''} (${x.year})`,
    text: `${x.percent}% major congenital malformations${x.n ? `, n = ${x.n}` : ''}`,
    cite: src.cite(d, x.cite),
  }));
  const sections: Section[] = [
    { key: 'overview', title: 'Overview', blocks: overview },
    { key: 'rates', title: 'Malformation rates in the drug records', blocks: rates.length ? rates : none('No drug record cites a rate from this registry.') },
  ];
  return finish(r.name, `${catalog.kindLabel('registry')} · ${r.id}`, sections, src);
}
