import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatProblem } from '../../../records/kinds.js';
import type { Context } from '../../context.js';
import { UserError } from '../../errors.js';
import type { ValidateOptions } from './index.js';

export async function run(opts: ValidateOptions, ctx: Context): Promise<number> {
  // yaml and zod are loaded only when records are read from YAML.
  const { loadFromDisk } = await import('../../../records/load.js');
  const target = opts.dir ? resolve(ctx.io.cwd, opts.dir) : ctx.dataDir;
  if (!existsSync(target)) throw new UserError(`no such folder: ${opts.dir ?? target}`, 'give the folder that holds drugs/, mechanisms/, seizure-types/ and syndromes/');
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
}
