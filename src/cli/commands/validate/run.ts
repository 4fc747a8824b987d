import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { KINDS } from '../../../records/collections.js';
import { formatProblem } from '../../../records/problems.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UserError } from '../../errors.js';
import { count } from '../list/run.js';
import type { ValidateOptions } from './index.js';

export async function run(opts: ValidateOptions, ctx: Context): Promise<number> {
  const target = opts.dir ? resolve(ctx.io.cwd, opts.dir) : ctx.dataDir;
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    throw new UserError(`no such folder: ${safe(opts.dir ?? target)}`, `give the folder that holds ${KINDS.map((k) => ('folder' in k.store ? `${k.store.folder}/` : k.store.file)).join(', ')}`);
  }
  // yaml and zod are loaded only when records are read from YAML.
  const { loadFromDisk } = await import('../../../records/load.js');
  const result = loadFromDisk(target);
  const counts = Object.fromEntries(KINDS.map((k) => [k.key, (result.records as unknown as Record<string, unknown[]>)[k.key]!.length]));
  const shown = relative(ctx.io.cwd, target) || '.';
  const inDir = (file: string) => `${shown}/${file}`.replace(/^\.\//, '');
  const problems = result.problems.map((p) => ({ ...p, file: inDir(p.file) }));
  const ignored = result.ignored.map((i) => ({ ...i, file: inDir(i.file) }));
  if (opts.json) {
    ctx.print(JSON.stringify({ ok: problems.length === 0, dir: target, files: result.files, counts, ignored, problems }, null, 2));
    return problems.length === 0 ? 0 : 1;
  }
  for (const i of ignored) ctx.err.write(`${ctx.errStyle.dim(`ignored: ${i.file} (${i.why})`)}\n`);
  if (problems.length === 0) {
    const summary = KINDS.filter((k) => counts[k.key]).map((k) => count(counts[k.key]!, k.label, k.plural));
    ctx.print(`${ctx.style.green('ok')} ${shown}: ${count(result.files, 'record file', 'record files')}${summary.length ? `; ${summary.join(', ')}` : ''}`);
    return 0;
  }
  for (const p of problems) ctx.print(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  ctx.err.write(`${ctx.errStyle.red(count(problems.length, 'problem', 'problems'))} in ${count(files, 'file', 'files')} (${count(result.files, 'record file', 'record files')} read)\n`);
  return 1;
}
