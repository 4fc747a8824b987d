/**
 * Interactions among the drugs and co-medications a patient takes: every documented pair
 * from the interaction records, and, where none is recorded, the pairs whose enzyme
 * profiles predict one (a strong inducer of an enzyme with a drug that enzyme mainly
 * clears). Predictions are labelled as such and carry their reasoning. Pure: records in,
 * findings out.
 */
import type { Catalog } from '../../records/catalog.js';
import type { KindId } from '../../records/collections.js';
import type { EnzymesT } from '../../records/kit.js';
import type { InteractionPair } from '../../records/relations.js';
import type { Direction, Severity } from '../../records/vocab.js';

/** Where a statement comes from: a record and the ids it cites. */
export interface Citation {
  kind: KindId;
  id: string;
  cite: string[];
}

export interface Finding {
  perpetrator: string;
  victim: string;
  direction: Direction;
  /** Enzyme or transporter ids. */
  mechanism: string[];
  /** From an interaction record (true), or predicted from the enzyme profiles (false). */
  documented: boolean;
  /** The record's severity; predictions have none. */
  severity: Severity | null;
  magnitude: { measure: string; percent: [number, number]; note?: string } | null;
  effect: string;
  advice: string;
  /** For predictions: the steps from the records to the conclusion. */
  reasoning: string[];
  /** The interaction record's id, for documented findings. */
  id: string | null;
  doses: string | null;
  sources: Citation[];
}


/** Inducers and inhibitors graded at least moderate, and major substrates, drive predictions. */
const STRONG = new Set(['strong', 'moderate']);

export function findingFromPair(p: InteractionPair): Finding {
  const x = p.record;
  return {
    perpetrator: p.perpetrator,
    victim: p.victim,
    direction: x.direction,
    mechanism: x.mechanism,
    documented: true,
    severity: x.severity,
    magnitude: x.magnitude ?? null,
    effect: x.effect,
    advice: x.management,
    reasoning: [],
    id: x.id,
    doses: x.doses ?? null,
    sources: [{ kind: 'interaction', id: x.id, cite: x.cite }],
  };
}

interface Profile {
  kind: 'drug' | 'comedication';
  name: string;
  enzymes: EnzymesT;
}

function profile(catalog: Catalog, id: string): Profile | undefined {
  const d = catalog.drug(id);
  if (d) return { kind: 'drug', name: d.name, enzymes: d.enzymes };
  const c = catalog.get('comedication', id);
  return c ? { kind: 'comedication', name: c.name, enzymes: c.enzymes } : undefined;
}

/**
 * What the enzyme tables predict when `perpetrator` is given with `victim`: for each enzyme
 * or transporter the perpetrator induces or inhibits (strongly or moderately) that mainly
 * clears the victim. Undefined when nothing is predicted.
 */
export function predict(catalog: Catalog, perpetrator: string, victim: string): Finding | undefined {
  if (perpetrator === victim) return undefined;
  const p = profile(catalog, perpetrator);
  const v = profile(catalog, victim);
  if (!p || !v) return undefined;
  const major = new Set(v.enzymes.substrateOf.filter((s) => s.extent === 'major').map((s) => s.enzyme));
  const down = p.enzymes.induces.filter((e) => e.strength && STRONG.has(e.strength) && major.has(e.enzyme));
  const up = p.enzymes.inhibits.filter((e) => e.strength && STRONG.has(e.strength) && major.has(e.enzyme));
  // An inducer and an inhibitor of the same victim at once: the records cannot say which wins.
  if (down.length === 0 && up.length === 0) return undefined;
  const direction: Direction = down.length >= up.length ? 'down' : 'up';
  const acting = direction === 'down' ? down : up;
  const verb = direction === 'down' ? 'induces' : 'inhibits';
  const enzymeNames = acting.map((e) => catalog.nameOf(e.enzyme));
  const reasoning = [
    ...acting.map((e) => `${p.name} ${verb} ${catalog.nameOf(e.enzyme)} (${e.strength}).`),
    `${v.name} is cleared mainly by ${enzymeNames.join(' and ')}.`,
    direction === 'down'
      ? `More enzyme clears ${v.name} faster: expect lower ${v.name} levels and less effect.`
      : `Less enzyme clears ${v.name} more slowly: expect higher ${v.name} levels and more adverse effects.`,
  ];
  return {
    perpetrator,
    victim,
    direction,
    mechanism: acting.map((e) => e.enzyme),
    documented: false,
    severity: null,
    magnitude: null,
    effect: `Predicted from the mechanism, not documented in the records: ${v.name} levels ${direction === 'down' ? 'fall' : 'rise'}.`,
    advice: `Check a full interaction reference before combining; if they must be combined, watch ${v.name}'s effect (and levels where they are measured).`,
    reasoning,
    id: null,
    doses: null,
    sources: [
      { kind: p.kind, id: perpetrator, cite: p.enzymes.cite },
      { kind: v.kind, id: victim, cite: v.enzymes.cite },
    ],
  };
}

/** Every interaction among `ids` (drugs and co-medications): documented first, then predicted, most severe first. */
export function interactionsAmong(catalog: Catalog, ids: readonly string[]): Finding[] {
  const set = new Set(ids);
  const documented = catalog
    .interactionPairs()
    .filter((p) => set.has(p.perpetrator) && set.has(p.victim) && (p.perpetrator !== p.victim || ids.length === 1))
    .map(findingFromPair);
  const seen = new Set(documented.map((f) => `${f.perpetrator}>${f.victim}`));
  const predicted: Finding[] = [];
  for (const a of ids) {
    for (const b of ids) {
      if (a === b || seen.has(`${a}>${b}`)) continue;
      const f = predict(catalog, a, b);
      if (f) predicted.push(f);
    }
  }
  return [...documented.sort(bySeverity), ...predicted];
}

/** Everything the records say about one drug or co-medication, as perpetrator and as victim. */
export function interactionsOfOne(catalog: Catalog, id: string): Finding[] {
  return catalog.interactionsOf(id).map(findingFromPair).sort(bySeverity);
}

const RANK: Record<Severity, number> = { major: 0, moderate: 1, minor: 2 };

function bySeverity(a: Finding, b: Finding): number {
  return (a.severity ? RANK[a.severity] : 3) - (b.severity ? RANK[b.severity] : 3);
}
