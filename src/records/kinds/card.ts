/**
 * Hand-written quiz cards (data/cards/<id>.yaml): clinical vignettes from the course that
 * generated cards cannot ask. Each is sourced like any record; the schema also checks the
 * right answer is offered once and that no wrong answer is also right. `asm quiz` turns
 * them into cards (src/quiz/cards/handwritten.ts); they are neither looked up by name nor
 * searched, so that `asm search` does not give their answers away.
 */
import { defineKind, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { TOPICS } from '../vocab.js';

const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9*]+/g, ' ').trim();

function schema(k: Kit) {
  const { z, Id, Text, Cite, Sources, ref } = k;
  return z
    .strictObject({
      id: Id,
      /** What `asm quiz --topic` filters and the mock exam scores by. */
      topic: z.enum(TOPICS),
      prompt: Text,
      answer: Text,
      /** Wrong answers, written to be plausible. */
      distractors: z.array(Text).min(2),
      /** Other answers that would also be right (never offered as wrong ones). */
      correct: z.array(Text).default([]),
      /** Typed answers accepted besides `answer`: makes the card a free-recall card in the terminal. */
      accept: z.array(Text).optional(),
      /** One line: why the answer is right. */
      explain: Text,
      drugs: z.array(ref('drug')).default([]),
      mechanisms: z.array(ref('mechanism')).default([]),
      /** The record to read when the card keeps failing. */
      record: ref('drug', 'mechanism', 'seizure-type', 'syndrome', 'class', 'comedication'),
      cite: Cite,
      sources: Sources,
    })
    .superRefine((c, ctx) => {
      const right = new Set([c.answer, ...c.correct].map(key));
      c.distractors.forEach((d, i) => {
        if (right.has(key(d))) ctx.addIssue({ code: 'custom', path: ['distractors', i], message: 'is also a right answer' });
      });
      const seen = new Set<string>();
      c.distractors.forEach((d, i) => {
        if (seen.has(key(d))) ctx.addIssue({ code: 'custom', path: ['distractors', i], message: 'the same option twice' });
        seen.add(key(d));
      });
    });
}

export const card = defineKind({
  kind: 'card',
  key: 'cards',
  label: 'quiz card',
  plural: 'quiz cards',
  store: { folder: 'cards' },
  schema,
  title: (r) => r.prompt,
  searched: false,
});

export type CardRecord = RecordOf<typeof card>;
