/**
 * Abbreviations spelled out where they first appear on a page: "DRESS" becomes "drug
 * reaction with eosinophilia and systemic symptoms (DRESS)" the first time a page uses it,
 * unless the page has already spelt it out. Records may then use the short forms a
 * student will meet in labels and papers, and every page stays readable on its own.
 */
import type { Block, Doc } from './doc.js';

/** The short forms the records use, and what they stand for. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  AED: 'antiepileptic drug',
  AES: 'American Epilepsy Society',
  ALT: 'alanine aminotransferase',
  AMPA: 'α-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid',
  ASM: 'antiseizure medication',
  ASMs: 'antiseizure medications',
  AST: 'aspartate aminotransferase',
  BNF: 'British National Formulary',
  CAE: 'childhood absence epilepsy',
  CDD: 'CDKL5 deficiency disorder',
  CI: 'confidence interval',
  CNS: 'central nervous system',
  CrCl: 'creatinine clearance',
  DOAC: 'direct oral anticoagulant',
  DOACs: 'direct oral anticoagulants',
  DRESS: 'drug reaction with eosinophilia and systemic symptoms',
  ECG: 'electrocardiogram',
  EEG: 'electroencephalogram',
  EMA: 'European Medicines Agency',
  ESETT: 'Established Status Epilepticus Treatment Trial',
  EURAP: 'International Registry of Antiepileptic Drugs and Pregnancy',
  FDA: 'US Food and Drug Administration',
  GABA: 'gamma-aminobutyric acid',
  GFR: 'glomerular filtration rate',
  GTCS: 'generalized tonic-clonic seizures',
  HLA: 'human leukocyte antigen',
  IGE: 'idiopathic generalized epilepsy',
  ILAE: 'International League Against Epilepsy',
  IM: 'intramuscular',
  IQ: 'intelligence quotient',
  IUS: 'intrauterine system',
  IV: 'intravenous',
  JME: 'juvenile myoclonic epilepsy',
  LGS: 'Lennox-Gastaut syndrome',
  MAO: 'monoamine oxidase',
  MCM: 'major congenital malformation',
  MHRA: 'Medicines and Healthcare products Regulatory Agency',
  MRI: 'magnetic resonance imaging',
  MTLE: 'mesial temporal lobe epilepsy',
  NAAPR: 'North American Antiepileptic Drug Pregnancy Registry',
  NICE: 'National Institute for Health and Care Excellence',
  NMDA: 'N-methyl-D-aspartate',
  ODT: 'orally disintegrating tablet',
  PPP: 'pregnancy prevention programme',
  RAMPART: 'Rapid Anticonvulsant Medication Prior to Arrival Trial',
  REMS: 'Risk Evaluation and Mitigation Strategy',
  RID: 'relative infant dose',
  SANAD: 'Standard and New Antiepileptic Drugs trial',
  SeLECTS: 'self-limited epilepsy with centrotemporal spikes',
  SJS: 'Stevens-Johnson syndrome',
  SmPC: 'Summary of Product Characteristics',
  SUDEP: 'sudden unexpected death in epilepsy',
  SV2A: 'synaptic vesicle glycoprotein 2A',
  TDM: 'therapeutic drug monitoring',
  TEN: 'toxic epidermal necrolysis',
  TSC: 'tuberous sclerosis complex',
  UGT: 'UDP-glucuronosyltransferase',
  XR: 'extended-release',
};

/** Enzyme names that follow a pattern: CYP3A4 -> cytochrome P450 3A4; UGT1A4 -> UDP-glucuronosyltransferase 1A4. */
const PATTERNED: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\bCYP(\d[A-Z]\d*)\b/, (m) => `cytochrome P450 ${m[1]}`],
  [/\bUGT(\d[A-Z]\d+)\b/, (m) => `UDP-glucuronosyltransferase ${m[1]}`],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words before a Roman numeral that make "IV" a number, not "intravenous": "type IV", "II and IV". */
const ROMAN_CONTEXT = /(?:\bI{1,3}|\bV|grade|type|phase|class|stage|isozymes?|isoforms?)\s+(?:and\s+|or\s+|to\s+)?$/i;

interface Entry {
  abbr: string;
  /** The singular and plural forms count as one: "DOACs" spelt out explains "DOAC" too. */
  stem: string;
  full: string;
  fullStem: string;
  re: RegExp;
}

/** Compiled once: each abbreviation with its pattern and the forms compared. */
const ENTRIES: Entry[] = Object.entries(ABBREVIATIONS).map(([abbr, full]) => ({
  abbr,
  stem: abbr.replace(/s$/, ''),
  full,
  fullStem: full.toLowerCase().replace(/s$/, ''),
  re: new RegExp(`(?<![\\w-])${escape(abbr)}(?![\\w-])`, 'g'),
}));

/** The first occurrence of an abbreviation that means it (not "IV" as a Roman numeral). */
function firstMatch(e: Entry, text: string): RegExpExecArray | undefined {
  e.re.lastIndex = 0;
  for (let m = e.re.exec(text); m; m = e.re.exec(text)) {
    if (e.abbr === 'IV' && ROMAN_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    return m;
  }
  return undefined;
}

/**
 * Spells out, in `text`, the abbreviations not yet seen on the page; records what it saw
 * in `seen`. An abbreviation the page has already spelt out (in the data's own words) is
 * left as it is.
 */
export function spellOut(text: string, seen: Set<string>, before = ''): string {
  let out = text;
  let earlier: string | undefined;
  for (const e of ENTRIES) {
    if (seen.has(e.stem) || !out.includes(e.abbr)) continue;
    const m = firstMatch(e, out);
    if (!m) continue;
    seen.add(e.stem);
    // Already explained: its expansion is on the page, or "DRESS (...)" / "(DRESS)" here.
    earlier ??= `${before} ${text}`.toLowerCase();
    const after = out.slice(m.index + e.abbr.length, m.index + e.abbr.length + 2);
    if (earlier.includes(e.fullStem) || out[m.index - 1] === '(' || after === ' (') continue;
    out = `${out.slice(0, m.index)}${e.full} (${e.abbr})${out.slice(m.index + e.abbr.length)}`;
  }
  for (const [re, expand] of PATTERNED) {
    const global = new RegExp(re.source, 'g');
    for (const m of out.matchAll(global)) {
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
      if (out[m.index - 1] === '(' || out.slice(m.index + m[0].length, m.index + m[0].length + 2) === ' (') continue;
      out = `${out.slice(0, m.index)}${m[0]} (${expand(m as RegExpExecArray)})${out.slice(m.index + m[0].length)}`;
      break;
    }
  }
  return out;
}

/** The page with each abbreviation spelt out where it first appears (sources are left as cited). */
export function spellOutDoc(doc: Doc): Doc {
  const seen = new Set<string>();
  let page = '';
  const spell = (text: string) => {
    const out = spellOut(text, seen, page);
    page += ` ${out}`;
    return out;
  };
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'para':
      case 'sub':
        return { ...b, text: spell(b.text) };
      case 'item':
        return { ...b, label: b.label === undefined ? undefined : spell(b.label), text: spell(b.text) };
      case 'kv':
        return { ...b, value: spell(b.value) };
      case 'ref':
        return b;
    }
  };
  return { ...doc, sections: doc.sections.map((s) => (s.key === 'sources' ? s : { ...s, blocks: s.blocks.map(block) })) };
}
