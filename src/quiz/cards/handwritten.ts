/**
 * Hand-written cards (data/cards/<id>.yaml): clinical vignettes from the course that
 * generation cannot ask. Each is a validated, sourced record: the right answer once, at
 * least two wrong ones, every other right answer listed (and never among the wrong ones),
 * drug and record ids that exist, and citations of the card's own sources.
 *
 * This is the slow path (yaml and zod); handwritten-load.ts serves the cards from a cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Catalog } from '../../records/catalog.js';
import { cleanDistractors, factHash, optionKey, type Card } from './card.js';
import { TOPICS } from './topics.js';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens');
const Text = z.string().trim().min(1, 'must not be empty');
const Source = z.strictObject({
  id: Id,
  title: Text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  type: z.enum(['label', 'guideline', 'registry', 'trial', 'review', 'paper', 'textbook', 'database', 'course']).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
});

export const HandwrittenCard = z.strictObject({
  id: Id,
  topic: z.enum(TOPICS),
  prompt: Text,
  answer: Text,
  /** Wrong answers, written to be plausible. */
  distractors: z.array(Text).min(2),
  /** Other answers that would also be right (never offered as wrong ones). */
  correct: z.array(Text).default([]),
  /** Typed answers accepted: makes the card a free-recall card in the terminal. */
  accept: z.array(Text).optional(),
  explain: Text,
  drugs: z.array(Id).default([]),
  mechanisms: z.array(Id).default([]),
  /** The record to read when the card keeps failing (a drug, mechanism, seizure type or syndrome). */
  record: Id,
  cite: z.array(Id).min(1),
  sources: z.array(Source).min(1),
});
export type HandwrittenCardT = z.infer<typeof HandwrittenCard>;

export interface CardProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function toCard(h: HandwrittenCardT): Card {
  const correct = [h.answer, ...h.correct];
  const titles = h.cite.map((id) => h.sources.find((s) => s.id === id)?.title ?? id);
  const card: Card = {
    id: `vignette:${h.id}`,
    kind: 'vignette',
    topic: h.topic,
    prompt: h.prompt,
    answer: h.answer,
    correct,
    distractors: cleanDistractors(h.distractors, correct),
    explain: h.explain,
    source: titles.join('; '),
    drugs: h.drugs,
    mechanisms: h.mechanisms,
    record: h.record,
    fact: factHash('vignette', h.answer, [...correct].sort()),
  };
  if (h.accept) card.recall = { accept: [h.answer, ...h.accept], others: h.distractors };
  return card;
}

/** Reads and checks every card file of `dir` (data/cards). */
export function loadHandwrittenFromDisk(dir: string, catalog: Catalog): { cards: Card[]; problems: CardProblem[] } {
  const problems: CardProblem[] = [];
  const cards: Card[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return { cards, problems };
  }
  const ids = new Map<string, string>();
  for (const name of names) {
    if (extname(name) !== '.yaml') continue;
    const file = join('cards', name);
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0].line, message: e.message.split('\n')[0]! });
      continue;
    }
    const parsed = HandwrittenCard.safeParse(doc.toJS());
    const at = (path: readonly PropertyKey[]) => {
      const node = doc.getIn(path as (string | number)[], true) as { range?: [number, number] } | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : undefined;
    };
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, line: at(issue.path), field: issue.path.join('.'), message: issue.message });
      continue;
    }
    const h = parsed.data;
    const p = (field: string, message: string) => problems.push({ file, line: at(field.split('.')), field, message });
    if (`${h.id}.yaml` !== name) p('id', `must match the file name (${name})`);
    if (ids.has(h.id)) p('id', `duplicate id, also in ${ids.get(h.id)}`);
    ids.set(h.id, file);
    const right = new Set([h.answer, ...h.correct].map(optionKey));
    h.distractors.forEach((d, i) => right.has(optionKey(d)) && p(`distractors.${i}`, 'is also a right answer'));
    const keys = h.distractors.map(optionKey);
    if (new Set(keys).size !== keys.length) p('distractors', 'has the same option twice');
    h.drugs.forEach((d, i) => !catalog.drug(d) && p(`drugs.${i}`, `no drug with id "${d}"`));
    h.mechanisms.forEach((m, i) => !catalog.mechanism(m) && p(`mechanisms.${i}`, `no mechanism with id "${m}"`));
    if (!catalog.byId.has(h.record)) p('record', `no record with id "${h.record}"`);
    h.cite.forEach((c, i) => !h.sources.some((s) => s.id === c) && p(`cite.${i}`, `"${c}" is not in this card's sources`));
    cards.push(toCard(h));
  }
  return { cards, problems };
}
