/**
 * What a quiz card is. Generated cards (generate.ts), hand-written vignettes
 * (handwritten.ts) and trace cards (trace.ts) all take this shape; the session picks the
 * options it shows from `distractors` with the session's seed.
 */
import { createHash } from 'node:crypto';

import { TOPICS, type Topic } from '../../records/vocab.js';

export { TOPICS, type Topic };

/** How each course topic reads in the drill's header and the exam's breakdown. */
export const TOPIC_LABEL: Record<Topic, string> = {
  seizures: 'seizures and epilepsies',
  pillars: 'the four pillars (mechanisms)',
  'drug-choice': 'choosing a drug',
  resistance: 'drug resistance',
  withdrawal: 'withdrawal',
  interactions: 'enzymes and interactions',
  pregnancy: 'pregnancy',
  'treat-or-not': 'to treat or not',
  'status-epilepticus': 'status epilepticus',
  'special-populations': 'special populations',
  counselling: 'counselling',
  children: 'children',
  pharmacokinetics: 'pharmacokinetics',
  safety: 'safety and boxed warnings',
};

export interface Card {
  /** Stable id from the record id and field, never from the text: progress survives rewording. */
  id: string;
  /** Which generator or source made it (`--kind`). */
  kind: string;
  topic: Topic;
  prompt: string;
  /** The right answer as shown. */
  answer: string;
  /**
   * Every answer that would also be right. No distractor may be one of these; the test
   * proves it for every card.
   */
  correct: string[];
  /** Plausible wrong answers drawn from the records; the session shows up to three. */
  distractors: string[];
  /**
   * Free recall: the forms accepted when typed, and names that are wrong here beyond every
   * drug name (which the drill always treats as a near miss unless accepted).
   */
  recall?: { accept: string[]; others?: string[] };
  /** One line: why the answer is right. */
  explain: string;
  /** Where it comes from (a full citation or label name). */
  source: string;
  /** Drug ids the card is about (`--drug`, Anki tags). */
  drugs: string[];
  /** Mechanism ids the card is about (`--pillar`). */
  mechanisms: string[];
  /** The record to read when the card keeps failing. */
  record: string;
  /** The lesson to read when it keeps failing (`asm learn ID`), if one covers it. */
  lesson?: string;
  /** A hash of the fact the card tests: when it changes, the card is flagged and shown again. */
  fact: string;
  /** Trace cards: drawn from the kernel when first shown. */
  trace?: TraceSpec;
}

export interface TraceSpec {
  experiment: 'rebound' | 'gaba';
  /** The drug whose run is asked about. */
  drug: string;
}

export function factHash(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex').slice(0, 10);
}

/** Case- and punctuation-insensitive key for comparing option texts. */
export function optionKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9*]+/g, ' ')
    .trim();
}

/** Removes duplicates (by optionKey) and anything that is also a correct answer. */
export function cleanDistractors(pool: Iterable<string>, correct: readonly string[]): string[] {
  const seen = new Set(correct.map(optionKey));
  const out: string[] = [];
  for (const d of pool) {
    const k = optionKey(d);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}

/** First sentence of a text, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(flat);
  const s = m ? m[1]! : flat;
  return s.length > max ? `${s.slice(0, max - 3).replace(/\s+\S*$/, '')}...` : s;
}

/** A small seeded generator (mulberry32): the same seed gives the same session. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** A number from a string (card id + seed), for per-card choices independent of order. */
export function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The options shown for a card: the answer once, up to `n - 1` distractors, shuffled by seed. */
export function chooseOptions(card: Card, seed: number, n = 4): string[] {
  const rand = rng(hashSeed(`${card.id}#${seed}`));
  const picked = shuffle(card.distractors, rand).slice(0, n - 1);
  return shuffle([card.answer, ...picked], rand);
}
