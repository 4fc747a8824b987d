/**
 * Exporting the cards: Anki's text-import format (with stable GUIDs derived from the card
 * ids, so a re-import updates the notes and keeps the student's Anki scheduling), CSV and
 * JSON.
 */
import { createHash } from 'node:crypto';
import type { Card } from './cards/card.js';

export const EXPORT_FORMATS = ['anki', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A stable Anki GUID from the card id (10 characters, as Anki's own are). */
export function ankiGuid(cardId: string): string {
  return `asm${createHash('sha1').update(cardId).digest('base64url').slice(0, 10)}`;
}

function tags(c: Card): string[] {
  return ['asm', `asm::topic::${c.topic}`, `asm::kind::${c.kind}`, ...c.drugs.map((d) => `asm::drug::${d}`)];
}

const field = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

export function toAnki(cards: readonly Card[], deck = 'Antiseizure medications (asm)'): string {
  const head = ['#separator:tab', '#html:false', '#notetype:Basic', `#deck:${deck}`, '#guid column:1', '#tags column:4'];
  const rows = cards.map((c) => {
    const back = `${c.answer} — ${c.explain} (Source: ${c.source})`;
    return [ankiGuid(c.id), field(c.prompt), field(back), tags(c).join(' ')].join('\t');
  });
  return `${[...head, ...rows].join('\n')}\n`;
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(cards: readonly Card[]): string {
  const head = ['id', 'guid', 'kind', 'topic', 'prompt', 'answer', 'distractors', 'explanation', 'source', 'drugs'];
  const rows = cards.map((c) => [c.id, ankiGuid(c.id), c.kind, c.topic, c.prompt, c.answer, c.distractors.join(' | '), c.explain, c.source, c.drugs.join(' ')].map(csvCell).join(','));
  return `${[head.join(','), ...rows].join('\r\n')}\r\n`;
}

export function toJsonExport(cards: readonly Card[]): string {
  const out = cards.map((c) => ({
    id: c.id,
    guid: ankiGuid(c.id),
    kind: c.kind,
    topic: c.topic,
    prompt: c.prompt,
    answer: c.answer,
    distractors: c.distractors,
    explanation: c.explain,
    source: c.source,
    drugs: c.drugs,
    mechanisms: c.mechanisms,
    record: c.record,
    lesson: c.lesson ?? null,
    fact: c.fact,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function exportCards(cards: readonly Card[], format: ExportFormat): string {
  return format === 'anki' ? toAnki(cards) : format === 'csv' ? toCsv(cards) : toJsonExport(cards);
}
