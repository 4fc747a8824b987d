/**
 * Cards generated from the records, so they grow with the data. Each kind reads its facts
 * through the small accessors at the top of this file (the only place that knows the record
 * shapes), builds the right answer, every other answer that would also be right, and a
 * pool of plausible wrong ones drawn from the records.
 *
 * Card ids are `kind:record[:item]`, from ids only: a reworded record keeps its progress.
 */
import type { Catalog } from '../../records/catalog.js';
import type { SourceT } from '../../records/kit.js';
import type { DrugRecord } from '../../records/kinds/drug.js';
import type { InteractionRecord } from '../../records/kinds/interaction.js';
import type { ConditionRecord } from '../../records/relations.js';
import type { EnzymeEffect } from '../../records/vocab.js';
import { cleanDistractors, factHash, oneLine, type Card, type Topic } from './card.js';

type Condition = ConditionRecord;

// ---------------------------------------------------------------------------
// Accessors: the record fields each kind reads.

/** Mechanism ids a drug acts at, and which are primary. */
const drugMechanisms = (d: DrugRecord) => d.mechanisms;
/** Drugs on a condition's first rung (NICE first-line monotherapy). */
const conditionFirstLine = (c: Condition) => c.tiers.filter((t) => t.tier === 'first-line').flatMap((t) => t.drugs.map((x) => ({ drug: x.drug, cite: x.cite ?? t.cite ?? [] })));
/** Drugs on a condition's later rungs (wrong as "first line", but plausible). */
const conditionLaterLines = (c: Condition) => c.tiers.filter((t) => t.tier !== 'first-line').flatMap((t) => t.drugs.map((x) => x.drug));
/** Drugs that may worsen a condition (avoid or caution): the one place it is written. */
const conditionMayWorsen = (c: Condition) => c.mayWorsen;

// ---------------------------------------------------------------------------

/** "Absence seizures" -> "absence seizures" inside a sentence; names (Dravet, Lennox-Gastaut, CDKL5) keep their capitals. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z-]+(\s|$)/.test(name) && !/^(Dravet|Lennox|West|Doose|Rasmussen)\b/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** "a, b or c" inside a sentence. */
function orList(names: readonly string[]): string {
  const n = names.map(inSentence);
  return n.length <= 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} or ${n[n.length - 1]}`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function cite(rec: { sources: SourceT[] }, ids: readonly string[] = []): string {
  const s = rec.sources.find((x) => x.id === ids[0]) ?? rec.sources[0];
  return s ? s.title : '';
}

interface Ctx {
  cat: Catalog;
  drugs: DrugRecord[];
  conditions: Condition[];
  interactions: InteractionRecord[];
  enzymes: Catalog['set']['enzymes'];
  drugName: (id: string) => string;
  /** A drug's or co-medication's name. */
  anyName: (id: string) => string;
  enzymeName: (id: string) => string;
}

/** What a generator writes for each card; kind, topic, fact hash and the cleaned options are added. */
type CardInput = Omit<Card, 'fact' | 'correct' | 'kind' | 'topic'> & { correct?: string[] };
type MakeCard = (c: CardInput) => Card;

type Generator = { kind: string; topic: Topic; describe: string; make: (ctx: Ctx, card: MakeCard) => Card[] };

function cardMaker(kind: string, topic: Topic): MakeCard {
  return (c) => {
    const correct = c.correct ?? [c.answer];
    const distractors = cleanDistractors(c.distractors, correct);
    return { ...c, kind, topic, correct, distractors, fact: factHash(kind, c.answer, [...correct].sort()) };
  };
}

const ENZYME_EFFECT_LABEL: Record<EnzymeEffect, string> = {
  'strong-inducer': 'a strong enzyme inducer',
  'weak-inducer': 'a weak enzyme inducer',
  inducer: 'an enzyme inducer (strength not stated)',
  inhibitor: 'an enzyme inhibitor',
  mixed: 'both an inducer and an inhibitor (mixed)',
  none: 'neither an inducer nor an inhibitor of note',
};

/** Effects whose label is also (partly) right for a drug with this effect: never offered as wrong answers. */
const ALSO_RIGHT: Record<EnzymeEffect, EnzymeEffect[]> = {
  'strong-inducer': ['strong-inducer', 'inducer'],
  'weak-inducer': ['weak-inducer', 'inducer'],
  inducer: ['inducer', 'strong-inducer', 'weak-inducer'],
  inhibitor: ['inhibitor'],
  mixed: ['mixed', 'inducer', 'inhibitor', 'weak-inducer', 'strong-inducer'],
  none: ['none'],
};

const DIRECTION_LABEL: Record<InteractionRecord['direction'], string> = {
  up: 'its level rises',
  down: 'its level falls',
  additive: 'an added effect of the two drugs, not a change in its level',
};

const SPECTRUM_LABEL = { broad: 'broad spectrum (focal and generalized seizures)', narrow: 'narrow spectrum' } as const;

/** The family of an enzyme id: "ugt1a4" and "ugt" are one family; CYP isoforms are each their own. */
function family(id: string): string {
  return id.startsWith('ugt') ? 'ugt' : id;
}

const COMMON_WORDS = new Set(['disorder', 'disorders', 'syndrome', 'prevention', 'before', 'procedures', 'short', 'term', 'relief']);
function sharesWord(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !COMMON_WORDS.has(w)));
  const wb = words(b);
  return a === b || [...words(a)].some((w) => wb.has(w) || [...wb].some((x) => x.startsWith(w.slice(0, 6)) || w.startsWith(x.slice(0, 6))));
}

/** Half-life bands: a card is made only when a drug's whole adult range lies in one band. */
export const HALF_LIFE_BANDS = [
  { label: 'under 12 hours', lo: 0, hi: 12 },
  { label: '12 to 48 hours', lo: 12, hi: 48 },
  { label: 'over 48 hours', lo: 48, hi: Infinity },
] as const;

export function halfLifeBand(hours: readonly [number, number]): string | undefined {
  const band = HALF_LIFE_BANDS.find((b) => hours[0] >= b.lo && hours[1] <= b.hi);
  return band?.label;
}

const ROUTE_LABEL = { hepatic: 'mainly hepatic (metabolism)', renal: 'mainly renal (unchanged in urine)', mixed: 'both hepatic and renal' } as const;

/** A drug's malformation rates as [lowest, highest] over every row (all registries and doses). */
export function mcmRange(d: DrugRecord): [number, number] | undefined {
  const rates = d.pregnancy.rates.map((r) => r.percent);
  return rates.length ? [Math.min(...rates), Math.max(...rates)] : undefined;
}

export const GENERATORS: Generator[] = [
  {
    kind: 'drug-mechanism',
    topic: 'pillars',
    describe: 'drug → its primary mechanism (pillar)',
    make: ({ cat, drugs }, card) =>
      drugs.flatMap((d) => {
        const ms = drugMechanisms(d);
        const primary = ms.filter((m) => m.primary);
        const first = primary[0];
        if (!first) return [];
        const name = (id: string) => cat.mechanism(id)?.name ?? id;
        const all = cat.set.mechanisms.map((m) => m.name);
        return [
          card({
            id: `drug-mechanism:${d.id}`,
            prompt: `${d.name}: which is its main mechanism of action?`,
            answer: name(first.mechanism),
            correct: ms.map((m) => name(m.mechanism)),
            distractors: all,
            explain: oneLine(first.explanation),
            source: cite(d, first.cite),
            drugs: [d.id],
            mechanisms: ms.map((m) => m.mechanism),
            record: d.id,
          }),
        ];
      }),
  },
  {
    kind: 'drug-target',
    topic: 'pillars',
    describe: 'drug → its molecular target',
    make: ({ drugs }, card) =>
      drugs.flatMap((d) => {
        const ms = drugMechanisms(d);
        const first = ms.find((m) => m.primary);
        if (!first) return [];
        const mine = new Set(ms.map((m) => m.mechanism));
        // Targets of drugs acting elsewhere only: two wordings of the same target are never both offered.
        const pool = drugs.filter((o) => !drugMechanisms(o).some((m) => mine.has(m.mechanism))).flatMap((o) => drugMechanisms(o).filter((m) => m.primary).map((m) => m.target));
        return [
          card({
            id: `drug-target:${d.id}`,
            prompt: `${d.name}: what is its molecular target?`,
            answer: first.target,
            correct: ms.map((m) => m.target),
            distractors: pool,
            explain: oneLine(first.explanation),
            source: cite(d, first.cite),
            drugs: [d.id],
            mechanisms: [first.mechanism],
            record: d.id,
          }),
        ];
      }),
  },
  {
    kind: 'mechanism-drug',
    topic: 'pillars',
    describe: 'mechanism → a drug that acts there',
    make: ({ cat, drugs }, card) =>
      cat.set.mechanisms.flatMap((m) => {
        const acting = drugs.filter((d) => drugMechanisms(d).some((x) => x.mechanism === m.id));
        const others = drugs.filter((d) => !acting.includes(d)).map((d) => d.name);
        return acting
          .filter((d) => drugMechanisms(d).some((x) => x.mechanism === m.id && x.primary))
          .map((d) =>
            card({
              id: `mechanism-drug:${m.id}:${d.id}`,
              prompt: `Mechanism: ${m.name}. Which of these drugs acts this way?`,
              answer: d.name,
              correct: acting.map((x) => x.name),
              distractors: others,
              explain: `${d.name}: ${oneLine(drugMechanisms(d).find((x) => x.mechanism === m.id)!.explanation, 160)}`,
              source: cite(d, drugMechanisms(d).find((x) => x.mechanism === m.id)!.cite),
              drugs: [d.id],
              mechanisms: [m.id],
              record: m.id,
            }),
          );
      }),
  },
  {
    kind: 'first-line',
    topic: 'drug-choice',
    describe: 'seizure type or syndrome → a NICE first-line drug',
    make: ({ conditions, drugName }, card) =>
      conditions.flatMap((c) => {
        const first = conditionFirstLine(c);
        const correct = new Set(first.map((f) => f.drug));
        // Plausible: drugs on later rungs for the same condition, and ones that may worsen it.
        const pool = [...conditionLaterLines(c), ...conditionMayWorsen(c).map((w) => w.drug)].filter((id) => !correct.has(id)).map(drugName);
        return first.map((f) =>
          card({
            id: `first-line:${c.id}:${f.drug}`,
            prompt: `${c.name}: which of these is a NICE first-line choice?`,
            answer: drugName(f.drug),
            correct: [...correct].map(drugName),
            distractors: pool,
            explain: `First line for ${inSentence(c.name)}: ${[...correct].map(drugName).join(', ')}.`,
            source: cite(c, f.cite),
            drugs: [f.drug],
            mechanisms: [],
            record: c.id,
          }),
        );
      }),
  },
  {
    kind: 'may-worsen',
    topic: 'drug-choice',
    describe: 'seizure type or syndrome → a drug that may worsen it',
    make: ({ conditions, drugName }, card) =>
      conditions.flatMap((c) => {
        const worsen = conditionMayWorsen(c);
        const correct = new Set(worsen.map((w) => w.drug));
        // Plausible: the drugs used for it.
        const pool = [...conditionFirstLine(c).map((f) => f.drug), ...conditionLaterLines(c)].filter((id) => !correct.has(id)).map(drugName);
        return worsen.map((w) =>
          card({
            id: `may-worsen:${c.id}:${w.drug}`,
            prompt: `Which of these may worsen ${inSentence(c.name)}?`,
            answer: drugName(w.drug),
            correct: [...correct].map(drugName),
            distractors: pool,
            explain: `${w.strength === 'avoid' ? 'Avoid' : 'Use with caution'}: ${oneLine(w.why)}`,
            source: cite(c, w.cite),
            drugs: [w.drug],
            mechanisms: [],
            record: c.id,
          }),
        );
      }),
  },
  {
    kind: 'enzyme-effect',
    topic: 'interactions',
    describe: 'drug → inducer, inhibitor or neither',
    make: ({ drugs, enzymeName }, card) =>
      drugs.map((d) => {
        const effect = d.enzymes.effect;
        const answer = ENZYME_EFFECT_LABEL[effect];
        const names = (xs: { enzyme: string }[]) => xs.map((x) => enzymeName(x.enzyme)).join(', ');
        return card({
          id: `enzyme-effect:${d.id}`,
          prompt: `${d.name}: what does it do to drug-metabolising enzymes?`,
          answer,
          // Labels that are partly right for this effect are never offered as wrong ones.
          correct: ALSO_RIGHT[effect].map((e) => ENZYME_EFFECT_LABEL[e]),
          distractors: Object.values(ENZYME_EFFECT_LABEL),
          explain: `${d.name} is ${answer}${d.enzymes.induces.length ? `; it induces ${names(d.enzymes.induces)}` : ''}${d.enzymes.inhibits.length ? `; it inhibits ${names(d.enzymes.inhibits)}` : ''}.`,
          source: cite(d, d.enzymes.cite),
          drugs: [d.id],
          mechanisms: [],
          record: d.id,
        });
      }),
  },
  {
    kind: 'induces',
    topic: 'interactions',
    describe: 'inducer → an enzyme it induces',
    make: ({ drugs, enzymes, enzymeName }, card) =>
      drugs.flatMap((d) => {
        const induced = d.enzymes.induces.map((x) => x.enzyme);
        // A family name is right when one of its members is (UGT for UGT1A4), and the other way round.
        const related = (id: string) => induced.some((e) => e === id || family(e) === family(id));
        const pool = enzymes.filter((e) => e.type === 'enzyme' && !related(e.id)).map((e) => e.name);
        return induced.map((e) =>
          card({
            id: `induces:${d.id}:${e}`,
            prompt: `Which of these enzymes does ${d.name.toLowerCase()} induce?`,
            answer: enzymeName(e),
            correct: enzymes.filter((x) => related(x.id)).map((x) => x.name),
            distractors: pool,
            explain: `${d.name} induces ${induced.map(enzymeName).join(', ')}.`,
            source: cite(d, d.enzymes.cite),
            drugs: [d.id],
            mechanisms: [],
            record: d.id,
          }),
        );
      }),
  },
  {
    kind: 'interaction-direction',
    topic: 'interactions',
    describe: 'interaction → which way the other drug\'s level moves',
    make: ({ interactions, anyName }, card) =>
      interactions
        .filter((x) => !x.perpetrator.some((p) => x.victim.includes(p)))
        .map((x) => {
          const p = orList(x.perpetrator.map(anyName));
          const v = orList(x.victim.map(anyName));
          return card({
            id: `interaction-direction:${x.id}`,
            prompt: `Interaction: ${p} (perpetrator) with ${v} (victim). What happens to the victim?`,
            answer: DIRECTION_LABEL[x.direction],
            distractors: Object.values(DIRECTION_LABEL),
            explain: oneLine(x.effect, 220),
            source: cite(x, x.cite),
            drugs: [...x.perpetrator, ...x.victim],
            mechanisms: [],
            record: x.perpetrator[0]!,
          });
        }),
  },
  {
    kind: 'interaction-mechanism',
    topic: 'interactions',
    describe: 'interaction → through which enzyme or transporter',
    make: ({ interactions, enzymes, anyName, enzymeName }, card) =>
      interactions
        .filter((x) => x.direction !== 'additive' && x.mechanism.length > 0)
        .map((x) => {
          const related = (id: string) => x.mechanism.some((e) => e === id || family(e) === family(id));
          const p = capitalize(orList(x.perpetrator.map(anyName)));
          const v = orList(x.victim.map(anyName));
          const self = x.perpetrator.some((q) => x.victim.includes(q));
          return card({
            id: `interaction-mechanism:${x.id}`,
            prompt: self ? `${p} changes its own level. Through which enzyme or transporter?` : `${p} changes the level of ${v}. Through which enzyme or transporter?`,
            answer: enzymeName(x.mechanism[0]!),
            correct: enzymes.filter((e) => related(e.id)).map((e) => e.name),
            distractors: enzymes.filter((e) => !related(e.id)).map((e) => e.name),
            explain: `Via ${x.mechanism.map(enzymeName).join(', ')}: ${oneLine(x.effect, 180)}`,
            source: cite(x, x.cite),
            drugs: [...new Set([...x.perpetrator, ...x.victim])],
            mechanisms: [],
            record: x.perpetrator[0]!,
          });
        }),
  },
  {
    kind: 'boxed-warning',
    topic: 'safety',
    describe: 'boxed warning → the drug that carries it',
    make: ({ drugs }, card) => {
      const unboxed = drugs.filter((d) => !d.adverseEffects.some((a) => a.boxed)).map((d) => d.name);
      return drugs.flatMap((d) =>
        d.adverseEffects
          .filter((a) => a.boxed)
          .map((a, i) => {
            const sameWarning = drugs.filter((o) => o.adverseEffects.some((b) => b.boxed && b.effect === a.effect)).map((o) => o.name);
            return card({
              id: `boxed-warning:${d.id}:${i}`,
              prompt: `Which drug carries a US boxed warning for: ${a.effect}?`,
              answer: d.name,
              correct: sameWarning,
              distractors: unboxed,
              explain: oneLine(a.detail ?? `${d.name}: ${a.effect}.`),
              source: cite(d, a.cite),
              drugs: [d.id],
              mechanisms: [],
              record: d.id,
            });
          }),
      );
    },
  },
  {
    kind: 'pregnancy-rank',
    topic: 'pregnancy',
    describe: 'pregnancy: which carries the highest (or lowest) malformation risk',
    make: ({ drugs }, card) => {
      const rated = drugs.flatMap((d) => {
        const r = mcmRange(d);
        return r ? [{ d, r }] : [];
      });
      const out: Card[] = [];
      for (const { d, r } of rated) {
        // Only where every registry row of the answer lies beyond every row of each distractor.
        const lower = rated.filter((o) => o.r[1] < r[0]).map((o) => o.d.name);
        const higher = rated.filter((o) => o.r[0] > r[1]).map((o) => o.d.name);
        const fmt = (x: [number, number]) => (x[0] === x[1] ? `${x[0]}%` : `${x[0]}-${x[1]}%`);
        const base = { answer: d.name, source: cite(d, d.pregnancy.cite), drugs: [d.id], mechanisms: [], record: d.id };
        if (lower.length >= 2) {
          out.push(
            card({
              ...base,
              id: `pregnancy-rank:${d.id}:highest`,
              prompt: 'In pregnancy registries (monotherapy), which of these carries the highest risk of major congenital malformations?',
              distractors: lower,
              explain: `${d.name}: ${fmt(r)} of exposed pregnancies in the registries cited, above each other option.`,
            }),
          );
        }
        if (higher.length >= 2) {
          out.push(
            card({
              ...base,
              id: `pregnancy-rank:${d.id}:lowest`,
              prompt: 'In pregnancy registries (monotherapy), which of these carries the lowest risk of major congenital malformations?',
              distractors: higher,
              explain: `${d.name}: ${fmt(r)} of exposed pregnancies in the registries cited, below each other option.`,
            }),
          );
        }
      }
      return out;
    },
  },
  {
    kind: 'brand',
    topic: 'drug-choice',
    describe: 'brand → generic name (typed or chosen)',
    make: ({ drugs }, card) => {
      const brandCount = new Map<string, number>();
      for (const d of drugs) for (const b of d.brands) brandCount.set(b.toLowerCase(), (brandCount.get(b.toLowerCase()) ?? 0) + 1);
      return drugs.flatMap((d) => {
        const mine = new Set(drugMechanisms(d).map((m) => m.mechanism));
        // Plausible: drugs acting at the same mechanism first, then the rest.
        const pool = [...drugs.filter((o) => o !== d && drugMechanisms(o).some((m) => mine.has(m.mechanism))), ...drugs.filter((o) => o !== d)].map((o) => o.name);
        // The generic name is asked, but another brand of the same drug names the same drug.
        const accept = [d.name, d.id, ...d.aliases, ...d.brands];
        return d.brands
          .filter((b) => brandCount.get(b.toLowerCase()) === 1)
          .map((b) =>
            card({
              id: `brand:${d.id}:${b.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
              prompt: `${b} is a brand of which drug?`,
              answer: d.name,
              distractors: pool,
              recall: { accept },
              explain: `${b} is ${d.name}${d.brands.length > 1 ? ` (other brands: ${d.brands.filter((x) => x !== b).slice(0, 4).join(', ')})` : ''}.`,
              source: cite(d, ['label']),
              drugs: [d.id],
              mechanisms: [...mine],
              record: d.id,
            }),
          );
      });
    },
  },
  {
    kind: 'half-life',
    topic: 'pharmacokinetics',
    describe: 'drug → half-life band',
    make: ({ drugs }, card) =>
      drugs.flatMap((d) => {
        const band = halfLifeBand(d.halfLife.hours);
        if (!band) return [];
        const [lo, hi] = d.halfLife.hours;
        return [
          card({
            id: `half-life:${d.id}`,
            prompt: `${d.name}: what is its usual adult elimination half-life?`,
            answer: band,
            distractors: HALF_LIFE_BANDS.map((b) => b.label),
            explain: `${d.name}: ${lo === hi ? lo : `${lo}-${hi}`} hours in adults.${d.halfLife.note ? ` ${oneLine(d.halfLife.note, 140)}` : ''}`,
            source: cite(d, d.halfLife.cite),
            drugs: [d.id],
            mechanisms: [],
            record: d.id,
          }),
        ];
      }),
  },
  {
    kind: 'elimination',
    topic: 'pharmacokinetics',
    describe: 'drug → renal or hepatic elimination',
    make: ({ drugs }, card) =>
      drugs.map((d) =>
        card({
          id: `elimination:${d.id}`,
          prompt: `${d.name}: how is it mainly eliminated?`,
          answer: ROUTE_LABEL[d.elimination.route],
          distractors: Object.values(ROUTE_LABEL),
          explain: oneLine(d.elimination.text),
          source: cite(d, d.elimination.cite),
          drugs: [d.id],
          mechanisms: [],
          record: d.id,
        }),
      ),
  },
  {
    kind: 'iv',
    topic: 'pharmacokinetics',
    describe: 'drug → is there an intravenous form',
    make: ({ drugs }, card) =>
      drugs.map((d) =>
        card({
          id: `iv:${d.id}`,
          prompt: `${d.name}: is there an intravenous (IV) form?`,
          answer: d.iv.available ? 'yes' : 'no',
          distractors: ['yes', 'no'],
          explain: oneLine(d.iv.text ?? (d.iv.available ? `${d.name} can be given IV.` : `${d.name} has no IV form.`)),
          source: cite(d, d.iv.cite),
          drugs: [d.id],
          mechanisms: [],
          record: d.id,
        }),
      ),
  },
  {
    kind: 'class',
    topic: 'pillars',
    describe: 'class → a drug in it',
    make: ({ cat, drugs }, card) =>
      cat.set.classes.flatMap((k) => {
        const members = cat.classMembers(k.id);
        const nonMembers = drugs.filter((d) => !members.includes(d)).map((d) => d.name);
        return members.map((d) =>
          card({
            id: `class:${k.id}:${d.id}`,
            prompt: `Which of these drugs belongs to the class: ${k.name}?`,
            answer: d.name,
            correct: members.map((m) => m.name),
            distractors: nonMembers,
            explain: `${d.name}: ${oneLine(d.class, 160)}`,
            source: cite(k, k.summary.cite),
            drugs: [d.id],
            mechanisms: d.mechanisms.map((m) => m.mechanism),
            record: k.id,
          }),
        );
      }),
  },
  {
    kind: 'other-use',
    topic: 'drug-choice',
    describe: 'non-epilepsy use → a drug used for it',
    make: ({ drugs }, card) =>
      drugs.flatMap((d) =>
        d.otherUses.map((u) => {
          // Any drug with a use that shares a word with this one might be argued right: never offered as wrong.
          const near = (o: DrugRecord) => o.otherUses.some((x) => sharesWord(x.use, u.use));
          return card({
            id: `other-use:${d.id}:${u.use.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
            prompt: `Besides epilepsy, which of these drugs is used for ${u.use}?`,
            answer: d.name,
            correct: drugs.filter(near).map((o) => o.name),
            distractors: drugs.filter((o) => !near(o)).map((o) => o.name),
            explain: `${d.name}: ${u.use} (${u.licensed ? 'licensed' : 'off-label'})${u.note ? `. ${oneLine(u.note, 160)}` : '.'}`,
            source: cite(d, u.cite),
            drugs: [d.id],
            mechanisms: [],
            record: d.id,
          });
        }),
      ),
  },
  {
    kind: 'spectrum',
    topic: 'drug-choice',
    describe: 'drug → broad or narrow spectrum',
    make: ({ drugs }, card) =>
      drugs.flatMap((d) =>
        d.spectrum
          ? [
              card({
                id: `spectrum:${d.id}`,
                prompt: `${d.name}: broad or narrow spectrum?`,
                answer: SPECTRUM_LABEL[d.spectrum.value],
                distractors: Object.values(SPECTRUM_LABEL),
                explain: oneLine(d.spectrum.note ?? `${d.name} is ${SPECTRUM_LABEL[d.spectrum.value]}.`),
                source: cite(d, d.spectrum.cite),
                drugs: [d.id],
                mechanisms: [],
                record: d.id,
              }),
            ]
          : [],
      ),
  },
];

/** Every generated card, in a stable order, each with at least one distractor. */
export function generateCards(cat: Catalog): Card[] {
  const drugs = cat.drugs;
  const drugName = (id: string) => cat.drug(id)?.name ?? id;
  const enzymeNames = new Map(cat.set.enzymes.map((e) => [e.id, e.name]));
  const ctx: Ctx = {
    cat,
    drugs,
    conditions: cat.conditions(),
    interactions: cat.set.interactions,
    enzymes: cat.set.enzymes,
    drugName,
    anyName: (id) => cat.nameOf(id),
    enzymeName: (id) => enzymeNames.get(id) ?? id,
  };
  const cards = GENERATORS.flatMap((g) => g.make(ctx, cardMaker(g.kind, g.topic))).filter((c) => c.distractors.length > 0);
  // Ids are unique: a second card with the same id (e.g. two interactions with one drug) keeps the first.
  const seen = new Set<string>();
  return cards.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}
