/**
 * Every card the quiz knows: generated from the records, hand-written vignettes from
 * data/cards/, and trace-card templates (simulated when shown). Loaded lazily by the quiz
 * command only.
 */
import type { Catalog } from '../../records/catalog.js';
import type { Card } from './card.js';
import { generateCards } from './generate.js';
import { traceTemplates } from './trace.js';

export function allCards(cat: Catalog, handwritten: readonly Card[] = []): Card[] {
  const cards = [...generateCards(cat), ...handwritten, ...traceTemplates(cat)];
  const seen = new Set<string>();
  return cards.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}
