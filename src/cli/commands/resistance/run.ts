import { pgpDrugs, type TransportEvidence } from '../../../domain/models/inputs.js';
import { effluxSteps, SUBSTRATE_BETA, transporterTable } from '../../../domain/models/resistance.js';
import { renderSection } from '../../../present/doc.js';
import { toJson } from '../../../present/json.js';
import { renderMarkdown } from '../../../present/markdown.js';
import { resistanceDoc, resistanceJson, resistanceTable } from '../../../present/models.js';
import { PageSources } from '../../../present/sources.js';
import { renderTable } from '../../../present/table.js';
import { wrap } from '../../../present/text.js';
import type { LessonRecord } from '../../../records/kinds/lesson.js';
import type { Context } from '../../context.js';
import { findDrug } from '../../find.js';
import type { ResistanceOptions } from './index.js';

/** The lesson whose text the page shows (its one home). */
const LESSON = 'drug-resistant-epilepsy';

export async function run(opts: ResistanceOptions, ctx: Context): Promise<void> {
  const catalog = await ctx.records();
  const known = pgpDrugs(catalog);
  const chosen: TransportEvidence[] = opts.drug.length
    ? opts.drug.map((n) => {
        const d = findDrug(catalog, n);
        return known.find((k) => k.id === d.id) ?? { id: d.id, name: d.name, substrate: d.enzymes.substrateOf.some((s) => s.enzyme === 'p-gp'), evidence: null, cite: { kind: 'drug' as const, id: d.id, cite: d.enzymes.cite } };
      })
    : [...known.filter((d) => d.substrate), ...known.filter((d) => !d.substrate)];
  const steps = effluxSteps(opts.efflux);
  const drugs = chosen.map((d) => ({ ...d, rows: transporterTable(d.substrate ? SUBSTRATE_BETA : 0, steps) }));
  const view = { lesson: catalog.get('lesson', LESSON), efflux: opts.efflux, drugs };
  if (opts.json) {
    ctx.out.write(toJson(resistanceJson(view)));
    return;
  }
  const src = new PageSources();
  const subtitle = view.lesson ? `from the lesson ${view.lesson.id}, with a teaching model` : 'a teaching model';
  const out = [`${ctx.style.bold('asm resistance: drug-resistant epilepsy')}\n${wrap(ctx.style.dim(subtitle), ctx.width)}`];
  if (view.lesson) out.push(await lessonText(view.lesson, src, ctx));
  out.push(`${wrap(ctx.style.bold.cyan('EFFLUX, BRAIN LEVEL AND OCCUPANCY (A TEACHING MODEL)'), ctx.width)}\n${resistanceTable(view, ctx.width, ctx.style, (head, rows) => renderTable(head, rows, ctx.width))}`);
  const doc = resistanceDoc(view, catalog, src);
  out.push(...doc.sections.map((s) => renderSection(s, ctx.style, ctx.width)));
  ctx.print(out.join('\n\n'));
}

/** The lesson's text up to its "Try it" section, through the lesson renderer; figures are left to `asm learn`. */
async function lessonText(lesson: LessonRecord, src: PageSources, ctx: Context): Promise<string> {
  const body = lesson.body.replace(/^#\s+.*\n+/, '').split(/^## Try it\b/m)[0]!;
  return renderMarkdown(body, ctx.style, ctx.width, {
    cite: (id) => (lesson.sources.some((s) => s.id === id) ? src.cite(lesson, [id])[0] : undefined),
    figure: async () => '',
    fact: (key) => {
      const f = lesson.facts.find((x) => x.key === key);
      return f ? { title: f.title, text: f.text, cite: src.cite(lesson, f.cite) } : undefined;
    },
    table: renderTable,
  });
}
