/**
 * Lessons: the course as Markdown records (data/lessons/<id>.md), a YAML front matter
 * (title, summary, topic, related records, commands to try, sources) and a Markdown body
 * that cites its sources as [@source-id], may hold figures as ```figure blocks, and may
 * include one of its key facts with a line {{fact KEY}}.
 */
import { defineKind, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { TOPICS } from '../vocab.js';

function schema(k: Kit) {
  const { z, Id, Text, Cite, Fact, Sources, Aliases, ref } = k;
  return z.strictObject({
    id: Id,
    title: Text,
    aliases: Aliases,
    /** One or two sentences: what the lesson teaches (shown in `asm learn`). */
    summary: Fact,
    topic: z.enum(TOPICS),
    /** Where it comes in the course (the list is sorted by it). */
    order: z.number().int().nonnegative(),
    /** Records the lesson is about: drugs, conditions, mechanisms, ... */
    related: z.array(ref('drug', 'comedication', 'class', 'mechanism', 'seizure-type', 'syndrome', 'enzyme', 'registry')).default([]),
    /**
     * Key facts other commands show beside their output (`asm pregnancy` shows the
     * teratogenicity lesson's neural-tube timing): their one home. The body includes one
     * with a line `{{fact KEY}}`.
     */
    facts: z.array(z.strictObject({ key: Id, title: Text, text: Text, cite: Cite })).default([]),
    /** Commands to explore the lesson further ("asm simulate absence-paradox"). */
    try: z.array(Text.regex(/^asm /, 'a command to try starts with "asm "')).min(1),
    sources: Sources,
    /** The Markdown text (the file after its front matter). */
    body: Text,
  });
}

export const lesson = defineKind({
  kind: 'lesson',
  key: 'lessons',
  label: 'lesson',
  plural: 'lessons',
  store: { folder: 'lessons', format: 'markdown' },
  schema,
  names: (r) => [r.id, r.title, ...r.aliases],
  title: (r) => r.title,
  searchLabels: { body: 'lesson' },
});

export type LessonRecord = RecordOf<typeof lesson>;
