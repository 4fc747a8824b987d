/**
 * asm compare A B [C ...]: two or more drugs side by side: mechanism, spectrum, what they
 * may worsen, enzyme effect, half-life, key adverse effects, pregnancy.
 */
import type { Command } from 'commander';
import { COMPARE_FIELDS, compareRows, DEFAULT_COMPARE_FIELDS } from '../domain/compare.js';
import { toJson } from '../present/json.js';
import { UsageError } from './errors.js';
import { findDrug } from './find.js';
import { examples } from './help.js';
import type { Runner } from './main.js';

interface CompareOptions {
  fields?: string;
  json?: boolean;
}

export function register(program: Command, run: Runner): void {
  program
    .command('compare')
    .summary('two or more drugs side by side')
    .description(
      'Compare drugs field by field. Rows where the drugs differ are marked with *. The table turns (one block per field) when the drugs do not fit the terminal width.',
    )
    .argument('<drugs...>', 'two or more drugs: ids, names, brands or aliases')
    .option(
      '-f, --fields <list>',
      'comma-separated fields: class, mechanism, spectrum, worsens, enzymes, half-life, elimination, protein-binding, levels, adverse, pregnancy, iv (default: mechanism,spectrum,worsens,enzymes,half-life,adverse,pregnancy)',
    )
    .option('--json', 'print {drugs, rows} as JSON')
    .addHelpText(
      'after',
      examples([
        ['asm compare carbamazepine valproate ethosuximide', 'the classic absence-paradox trio'],
        ['asm compare Keppra Lamictal --fields pregnancy,enzymes', 'two fields, by brand'],
        ['asm compare phenytoin fosphenytoin --json', 'rows for a script'],
      ]),
    )
    .action(
      run(async (ctx, names: string[], opts: CompareOptions) => {
        if (names.length < 2) throw new UsageError('compare needs at least two drugs', 'e.g. asm compare carbamazepine valproate');
        const fields = opts.fields ? opts.fields.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean) : DEFAULT_COMPARE_FIELDS;
        const known = COMPARE_FIELDS.map((f) => f.key);
        const unknown = fields.filter((f) => !known.includes(f));
        if (unknown.length || fields.length === 0) {
          throw new UsageError(`unknown field${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ') || '(none given)'}`, `fields: ${known.join(', ')}`);
        }
        const catalog = await ctx.records();
        const drugs = names.map((n) => findDrug(catalog, n));
        const seen = new Set<string>();
        for (const [i, d] of drugs.entries()) {
          if (seen.has(d.id)) throw new UsageError(`"${names[i]}" is ${d.name} again`, 'name each drug once');
          seen.add(d.id);
        }
        const rows = compareRows(drugs, fields, catalog);
        if (opts.json) {
          ctx.out.write(
            toJson({
              drugs: drugs.map((d) => ({ id: d.id, name: d.name })),
              rows: rows.map((r) => ({ key: r.key, label: r.label, differs: r.differs, cells: Object.fromEntries(drugs.map((d, i) => [d.id, r.cells[i]])) })),
            }),
          );
          return;
        }
        // Tables (cli-table3) load only for the commands that draw them.
        const { renderCompare } = await import('../present/compare.js');
        ctx.print(renderCompare(drugs.map((d) => d.name), rows, ctx.style, ctx.width));
      }),
    );
}
