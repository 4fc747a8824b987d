import { pgpDrugs, type TransportEvidence } from '../../../domain/models/inputs.js';
import { effluxSteps, SUBSTRATE_BETA, transporterTable } from '../../../domain/models/resistance.js';
import { renderDoc, renderSection } from '../../../present/doc.js';
import { toJson } from '../../../present/json.js';
import { resistanceDoc, resistanceJson, resistanceTable } from '../../../present/models.js';
import { renderTable } from '../../../present/table.js';
import { wrap } from '../../../present/text.js';
import type { Context } from '../../context.js';
import { findDrug } from '../../find.js';
import type { ResistanceOptions } from './index.js';

/** The lesson whose text the page shows. */
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
  const doc = resistanceDoc(view, catalog);
  // The lesson's sections, then the efflux table, then the calculation, the evidence and the sources.
  const split = doc.sections.findIndex((s) => s.key === 'transporter');
  ctx.print(renderDoc({ ...doc, sections: doc.sections.slice(0, split) }, ctx.style, ctx.width));
  ctx.print();
  ctx.print(wrap(ctx.style.bold.cyan('EFFLUX, BRAIN LEVEL AND OCCUPANCY (A TEACHING MODEL)'), ctx.width));
  ctx.print(resistanceTable(view, ctx.width, ctx.style, (head, rows) => renderTable(head, rows, ctx.width)));
  ctx.print();
  ctx.print(doc.sections.slice(split).map((s) => renderSection(s, ctx.style, ctx.width)).join('\n\n'));
}
