/**
 * asm validate [DIR]: check every record in a folder against the schema and against
 * each other; list every problem as file:line:col, exit 1 if there is any.
 */
import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import type { Runner } from './main.js';
import { existsSync } from 'node:fs';
import { formatProblem } from '../records/kinds.js';
import { UserError } from './errors.js';
import { examples } from './help.js';

interface ValidateOptions {
  json?: boolean;
}

export function register(program: Command, run: Runner): void {
  program
    .command('validate')
    .summary('check a records folder: schema, references, duplicates')
    .description('Check every YAML record in a folder (default: the data in use) and list every problem with its file, line and column.')
    .argument('[dir]', 'records folder (default: --data, $ASM_DATA, or the built-in data/)')
    .option('--json', 'print {ok, files, counts, problems} as JSON')
    .addHelpText(
      'after',
      examples([
        ['asm validate', 'check the records in use'],
        ['asm validate ./my-drugs', "check a teacher's own folder before pointing --data at it"],
        ['asm validate --json | jq .problems', 'problems for a script'],
      ]),
    )
    .action(
      run(async (ctx, dir: string | undefined, opts: ValidateOptions) => {
        // yaml and zod are loaded only when records are read from YAML.
        const { loadFromDisk } = await import('../records/load.js');
        const target = dir ? resolve(ctx.io.cwd, dir) : ctx.dataDir;
        if (!existsSync(target)) throw new UserError(`no such folder: ${dir ?? target}`, 'give the folder that holds drugs/, mechanisms/, seizure-types/ and syndromes/');
        const result = loadFromDisk(target);
        const counts = {
          drugs: result.records.drugs.length,
          mechanisms: result.records.mechanisms.length,
          seizureTypes: result.records.seizureTypes.length,
          syndromes: result.records.syndromes.length,
        };
        const shown = relative(ctx.io.cwd, target) || '.';
        const problems = result.problems.map((p) => ({ ...p, file: `${shown}/${p.file}`.replace(/^\.\//, '') }));
        if (opts.json) {
          ctx.print(JSON.stringify({ ok: problems.length === 0, dir: target, files: result.files, counts, problems }, null, 2));
        } else if (problems.length === 0) {
          ctx.print(
            `${ctx.style.green('ok')} ${shown}: ${result.files} files, ${counts.drugs} drugs, ${counts.mechanisms} mechanisms, ${counts.seizureTypes} seizure types, ${counts.syndromes} syndromes`,
          );
        } else {
          for (const p of problems) ctx.print(formatProblem(p));
          const files = new Set(problems.map((p) => p.file)).size;
          ctx.err.write(`${ctx.errStyle.red(`${problems.length} problem${problems.length === 1 ? '' : 's'}`)} in ${files} file${files === 1 ? '' : 's'} (${result.files} YAML files read)\n`);
        }
        return problems.length === 0 ? 0 : 1;
      }),
    );
}
