import { renderSection } from '../../../present/doc.js';
import { renderMarkdown } from '../../../present/markdown.js';
import { toJson } from '../../../present/json.js';
import { PageSources } from '../../../present/sources.js';
import { wrap as wrapText } from '../../../present/text.js';
import type { Catalog } from '../../../records/catalog.js';
import type { LessonRecord } from '../../../records/kinds/lesson.js';
import { cachedText } from '../../../records/open.js';
import { TOPICS, type Topic } from '../../../records/vocab.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UserError } from '../../errors.js';
import { findOf } from '../../find.js';
import { page } from '../../pager.js';
import { progress } from '../../progress.js';
import { COMMANDS } from '../index.js';
import type { LearnOptions } from './index.js';

const byOrder = (a: LessonRecord, b: LessonRecord) => a.order - b.order || a.id.localeCompare(b.id);

export async function run(opts: LearnOptions, ctx: Context): Promise<void> {
  const catalog = await ctx.records();
  const lessons = [...catalog.set.lessons].sort(byOrder);
  const word = opts.topic.join(' ').trim();
  const topic = TOPICS.find((t) => t === word.toLowerCase().replace(/\s+/g, '-'));
  const lesson = word && !topic ? lessonNamed(catalog, word) : topic ? lessons.find((l) => l.id === topic) : undefined;
  if (!lesson) {
    const shown = topic ? lessons.filter((l) => l.topic === topic) : lessons;
    if (opts.json) {
      ctx.out.write(toJson(shown.map((l) => ({ id: l.id, title: l.title, topic: l.topic, summary: l.summary.text }))));
      return;
    }
    ctx.print(listing(shown, topic, ctx));
    return;
  }
  if (opts.json) {
    ctx.out.write(toJson({ id: lesson.id, title: lesson.title, topic: lesson.topic, summary: lesson.summary, related: lesson.related, try: lesson.try, facts: lesson.facts, body: lesson.body, sources: lesson.sources }));
    return;
  }
  await page(await renderLesson(lesson, catalog, ctx, opts.figures !== false), ctx);
}

function lessonNamed(catalog: Catalog, word: string): LessonRecord {
  return findOf(catalog, word, ['lesson'], 'lesson', {
    noMatch: `\`asm learn\` lists the lessons; topics: ${TOPICS.join(', ')}`,
    wrongKind: `\`asm learn\` lists the lessons; \`asm lookup ${safe(word)}\` shows that record`,
  }).record as LessonRecord;
}

function listing(lessons: LessonRecord[], topic: Topic | undefined, ctx: Context): string {
  if (lessons.length === 0) return topic ? `No lesson on ${topic} yet.` : 'No lessons in the records.';
  const { style, width } = ctx;
  const idWidth = Math.min(30, Math.max(...lessons.map((l) => l.id.length)) + 2);
  const lines = [style.bold(topic ? `Lessons on ${topic}` : 'The course, in order'), ''];
  let last: string | undefined;
  for (const l of lessons) {
    if (!topic && l.topic !== last) {
      if (last !== undefined) lines.push('');
      lines.push(style.cyan(l.topic));
      last = l.topic;
    }
    lines.push(wrapText(l.title, width, idWidth + 2, `  ${style.bold(l.id.padEnd(idWidth))}`));
    lines.push(`${' '.repeat(idWidth + 2)}${style.dim(oneLine(l.summary.text, width - idWidth - 2))}`);
  }
  lines.push('', style.dim('Read one with `asm learn ID`; `asm learn TOPIC` lists a topic.'));
  return lines.join('\n');
}

/** The first sentence of a summary, cut to fit one line. */
function oneLine(text: string, room: number): string {
  const first = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return first.length <= room ? first : `${first.slice(0, Math.max(1, room - 1)).replace(/\s+\S*$/, '')}…`;
}

/** A lesson as a page: title, summary, the Markdown body, what to try next, the sources. */
export async function renderLesson(lesson: LessonRecord, catalog: Catalog, ctx: Context, figures = true): Promise<string> {
  const { style, width } = ctx;
  // Tables (cli-table3) load only when a lesson is shown.
  const { renderTable } = await import('../../../present/table.js');
  const src = new PageSources(lesson);
  const known = new Map(lesson.sources.map((s) => [s.id, s]));
  const body = await renderMarkdown(lesson.body.replace(/^#\s+.*\n+/, ''), style, width, {
    cite: (id) => (known.has(id) ? src.cite(lesson, [id])[0] : undefined),
    figure: (code) => drawFigure(code, ctx, figures),
    fact: (key) => {
      const f = lesson.facts.find((x) => x.key === key);
      return f ? { title: f.title, text: f.text, cite: src.cite(lesson, f.cite) } : undefined;
    },
    table: renderTable,
  });
  const head = [wrapText(style.bold(lesson.title), width), wrapText(style.dim(`${lesson.topic} · asm learn ${lesson.id}`), width)];
  const trySection = [style.bold.cyan('TRY'), ...lesson.try.map((c) => `  ${style.cyan(c)}`)].join('\n');
  return [head.join('\n'), body, trySection, renderSection(src.section(), style, width)].join('\n\n');
}

/** A figure block: the asm command whose plot it is, drawn by that command's figure function. */
async function drawFigure(code: string, ctx: Context, draw: boolean): Promise<string> {
  const words = shellWords(code);
  const [asm, name, ...args] = words;
  const spec = asm === 'asm' ? COMMANDS.find((c) => c.name === name || (c.aliases ?? []).includes(name ?? '')) : undefined;
  const caption = ctx.style.dim(`Figure: ${code}`);
  if (!draw || !spec?.figure) return `${caption}\n${ctx.style.dim(`  (run \`${code}\` to see it)`)}`;
  // A figure is deterministic for a build, the records, the width and the colours, and a
  // network figure takes seconds to draw: it is kept in the cache and redrawn only when
  // one of those changes. The first time, a status line says what is being drawn.
  const key = JSON.stringify({ code, width: ctx.width, colour: ctx.style.level });
  try {
    return `${await cachedText(ctx.cacheDir, ctx.dataDir, key, async () => {
      const { figure } = await spec.figure!();
      const bar = progress(ctx, `drawing ${code}`);
      try {
        return await figure(args, ctx, bar.update);
      } finally {
        bar.done();
      }
    })}\n${caption}`;
  } catch (err) {
    if (err instanceof UserError) return `${caption}\n${ctx.style.dim(`  (${err.message})`)}`;
    throw err;
  }
}

/** Words of a command line, with "double" or 'single' quotes grouping words. */
export function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}
