/**
 * Hand-written cards: clinical vignettes from the course that generation cannot ask. They
 * are records of the `card` kind (data/cards/<id>.yaml, declared in
 * src/records/kinds/card.ts), validated and cross-checked like every record; this turns
 * one into a quiz card.
 */
import type { CardRecord } from '../../records/kinds/card.js';
import { cleanDistractors, factHash, type Card } from './card.js';

export function toCard(h: CardRecord): Card {
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
