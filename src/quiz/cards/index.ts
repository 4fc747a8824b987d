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
  return cards.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}
