/**
 * Every card the quiz knows: generated from the records, hand-written vignettes (the
 * `card` records of data/cards/), and trace-card templates (simulated when shown). Loaded lazily by the quiz
 * command only.
 */
import type { Catalog } from '../../records/catalog.js';
import type { Card } from './card.js';
import { generateCards } from './generate.js';
import { toCard } from './handwritten.js';
import { traceTemplates } from './trace.js';

export function allCards(cat: Catalog): Card[] {
  const cards = [...generateCards(cat), ...cat.set.cards.map(toCard), ...traceTemplates(cat)];
  const seen = new Set<string>();
  return cards.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true))).map((c) => withLesson(c, cat));
}

/**
 * The lesson to read for a card: one of its topic that names the card's record (or one of
 * its drugs or mechanisms) among its related records, else any lesson that does, else the
 * first lesson of its topic.
 */
function withLesson(card: Card, cat: Catalog): Card {
  const lessons = [...cat.set.lessons].sort((a, b) => a.order - b.order);
  const about = new Set([card.record, ...card.drugs, ...card.mechanisms]);
  const names = (l: (typeof lessons)[number]) => l.related.some((r) => about.has(r));
  const pick = lessons.find((l) => l.topic === card.topic && names(l)) ?? lessons.find(names) ?? lessons.find((l) => l.topic === card.topic);
  return pick ? { ...card, lesson: pick.id } : card;
}
