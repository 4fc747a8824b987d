/**
 * asm lookup NAME: one record (drug, mechanism, seizure type or syndrome) found by id,
 * name, brand or alias, shown as a sectioned page, one section, or JSON.
 */
import type { Command } from 'commander';
import { renderDoc } from '../present/doc.js';
import { recordJson, toJson } from '../present/json.js';
import { recordDoc, SECTIONS, sectionKey } from '../present/lookup.js';
import { UsageError } from './errors.js';
import { findRecord } from './find.js';
import { examples } from './help.js';
import type { Runner } from './main.js';

interface LookupOptions {
  section?: string;
  json?: boolean;
}

export function register(program: Command, run: Runner): void {
  program
    .command('lookup')
    .alias('show')
    .summary('everything about a drug, mechanism, seizure type or syndrome')
    .description(
      'Show one record, found by id, name, brand or alias (case does not matter). A near miss prints "did you mean" suggestions and exits 1.',
    )
    .argument('<name...>', 'id, name, brand or alias, e.g. carbamazepine, Tegretol, CBZ, JME')
    .option('-s, --section <name>', 'show one section: overview, mechanism, uses, worsens, pharmacokinetics, enzymes, interactions, safety, pregnancy, withdrawal, special-populations, sources (drugs); overview, explanation, clinical, drugs, sources (mechanisms); features, pathophysiology, treatment, prognosis (conditions)')
    .option('--json', 'print the whole record as JSON (see README: JSON contract)')
    .addHelpText(
      'after',
      examples([
        ['asm lookup carbamazepine', 'the whole page'],
        ['asm lookup Tegretol --section pregnancy', 'by brand; one section'],
        ['asm lookup sodium-channel-block', 'a mechanism and the drugs acting there'],
        ['asm lookup JME', 'a syndrome by its short name'],
        ['asm lookup valproate --json | jq .halfLifeHours', 'data for a script'],
      ]),
    )
    .action(
      run(async (ctx, words: string[], opts: LookupOptions) => {
        const catalog = await ctx.records();
        const entry = findRecord(catalog, words.join(' '));
        if (opts.json) {
          ctx.out.write(toJson(recordJson(entry, catalog)));
          return;
        }
        let only: string | undefined;
        if (opts.section !== undefined) {
          only = sectionKey(entry.kind, opts.section);
          if (!only) {
            throw new UsageError(
              `no section "${opts.section}" for a ${entry.kind.replace('-', ' ')}`,
              `sections: ${SECTIONS[entry.kind].map((s) => s.key).join(', ')}`,
            );
          }
        }
        ctx.print(renderDoc(recordDoc(entry, catalog), ctx.style, ctx.width, only));
      }),
    );
}
