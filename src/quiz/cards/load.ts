/**
 * Every card, fast. Generating several hundred cards costs more than the rest of the
 * drill's start-up, so the result is kept as JSON in the cache folder, keyed by the build
 * and by the records folder's fingerprint (every file's path, size and modification time,
 * data/cards/ included): any edit of a record or a card file is seen at once. On a hit the
 * records are not even read.
 */
import type { Catalog } from '../../records/catalog.js';
import { cacheFile, fingerprint, readCacheBody, writeCacheBody } from '../../records/open.js';
import type { Card } from './card.js';

declare const __ASM_BUILD__: string | undefined;
const BUILD = typeof __ASM_BUILD__ === 'string' ? __ASM_BUILD__ : 'dev';

export interface CardSet {
  cards: Card[];
  /** Every drug name, brand and alias (near misses for typed answers). */
  names: string[];
}

/**
 * Cards as stored in the cache: repeated texts (sources, distractor names, prompts) kept
 * once in a string table and named by index, which halves the file and its parse time.
 */
interface Packed {
  strings: string[];
  cards: unknown[][];
}

function pack(cards: readonly Card[]): Packed {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const S = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const packed = cards.map((c) => [c.id, c.kind, c.topic, S(c.prompt), S(c.answer), c.correct.map(S), c.distractors.map(S), S(c.explain), S(c.source), c.drugs, c.mechanisms, c.record, c.fact, c.recall ?? 0, c.trace ?? 0, c.lesson ?? 0]);
  return { strings, cards: packed };
}

function unpack(p: Packed): Card[] {
  const t = p.strings;
  return p.cards.map((r) => {
    // The tuple written by pack(), read back field by field.
    const [id, kind, topic, prompt, answer, correct, distractors, explain, source, drugs, mechanisms, record, fact, recall, trace, lesson] = r as [
      string, string, Card['topic'], number, number, number[], number[], number, number, string[], string[], string, string, Card['recall'] | 0, Card['trace'] | 0, string | 0,
    ];
    const card: Card = { id, kind, topic, prompt: t[prompt]!, answer: t[answer]!, correct: correct.map((i) => t[i]!), distractors: distractors.map((i) => t[i]!), explain: t[explain]!, source: t[source]!, drugs, mechanisms, record, fact };
    if (recall) card.recall = recall;
    if (trace) card.trace = trace;
    if (lesson) card.lesson = lesson;
    return card;
  });
}

export async function loadCardSet(dataDir: string, cacheDir: string | undefined, records: () => Promise<Catalog>): Promise<CardSet> {
  const useCache = cacheDir !== undefined && BUILD !== 'dev';
  const print = useCache ? fingerprint(dataDir) : '';
  const file = useCache ? cacheFile(cacheDir, dataDir, 'quiz-cards') : '';
  const body = useCache ? readCacheBody(file, print) : undefined;
  if (body !== undefined) {
    try {
      const cached = JSON.parse(body) as { packed: Packed; names: string[] };
      return { cards: unpack(cached.packed), names: cached.names };
    } catch {
      // not what this build writes: built below
    }
  }
  const catalog = await records();
  const { allCards } = await import('./index.js');
  const set: CardSet = { cards: allCards(catalog), names: catalog.drugs.flatMap((d) => [d.name, d.id, ...d.aliases, ...d.brands]) };
  if (useCache) writeCacheBody(file, cacheDir, print, JSON.stringify({ packed: pack(set.cards), names: set.names }));
  return set;
}
