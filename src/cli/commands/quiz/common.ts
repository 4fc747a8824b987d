/** What the quiz subcommands share: $ASM_HOME, config.json, the cards and their filters, warnings. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Card } from '../../../quiz/cards/card.js';
import type { BadLine } from '../../../quiz/log.js';
import { DEFAULT_RETENTION, DEFAULTS, RETENTION_RANGE } from '../../../quiz/defaults.js';
import { userFolder, type Context } from '../../context.js';
import { safe } from '../../define.js';
import { UserError } from '../../errors.js';
import { findOf } from '../../find.js';

export const CONFIG_FILE = 'config.json';

/** Settings a student may keep in $ASM_HOME/config.json; options given on the command line win. */
export interface QuizConfig {
  newPerDay: number;
  reviewsPerDay: number;
  dayStartsAt: number;
  retention: number;
}

/** $ASM_HOME, else $XDG_DATA_HOME/asm or ~/.local/share/asm: a student's history is data, not cache. */
export function quizHome(ctx: Context): string {
  if (ctx.env.ASM_HOME) return resolve(ctx.io.cwd, ctx.env.ASM_HOME);
  const home = userFolder(ctx.env, 'XDG_DATA_HOME', join('.local', 'share'));
  if (!home) throw new UserError('cannot find a folder for the review log (no home folder)', 'set ASM_HOME to a folder where asm may keep your reviews');
  return home;
}

export function readConfig(home: string): QuizConfig {
  const path = join(home, CONFIG_FILE);
  const cfg: QuizConfig = { newPerDay: DEFAULTS.newPerDay, reviewsPerDay: DEFAULTS.reviewsPerDay, dayStartsAt: DEFAULTS.dayStartsAt, retention: DEFAULT_RETENTION };
  if (!existsSync(path)) return cfg;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UserError(`${path} is not valid JSON (${err instanceof SyntaxError ? err.message : 'unreadable'})`, 'fix or delete it: e.g. {"newPerDay": 20, "reviewsPerDay": 200, "dayStartsAt": 4, "retention": 0.9}');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UserError(`${path} must hold a JSON object`, 'e.g. {"newPerDay": 20, "dayStartsAt": 4}');
  const o = raw as Record<string, unknown>;
  const num = (key: keyof QuizConfig, min: number, max: number, integer: boolean) => {
    const v = o[key];
    if (v === undefined) return;
    if (typeof v !== 'number' || v < min || v > max || (integer && !Number.isInteger(v))) {
      throw new UserError(`${path}: ${key} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not ${safe(JSON.stringify(v))}`, 'fix the value, or remove the line to use the default');
    }
    cfg[key] = v;
  };
  num('newPerDay', 0, 1000, true);
  num('reviewsPerDay', 0, 10000, true);
  num('dayStartsAt', 0, 23, true);
  num('retention', RETENTION_RANGE[0], RETENTION_RANGE[1], false);
  for (const k of Object.keys(o)) if (!['newPerDay', 'reviewsPerDay', 'dayStartsAt', 'retention'].includes(k)) throw new UserError(`${path}: unknown setting "${safe(k)}"`, 'known settings: newPerDay, reviewsPerDay, dayStartsAt, retention');
  return cfg;
}

export interface CardFilter {
  drug?: string | undefined;
  pillar?: string | undefined;
  topic?: string | undefined;
  kind?: string | undefined;
}

/** Every card (generated, hand-written, trace templates), then the filters; none left is a user error. */
export async function loadCards(ctx: Context, f: CardFilter): Promise<{ cards: Card[]; all: Card[]; names: string[] }> {
  const { loadCardSet } = await import('../../../quiz/cards/load.js');
  const { cards: all, names } = await loadCardSet(ctx.dataDir, ctx.cacheDir, () => ctx.records());
  let cards = all;
  const what: string[] = [];
  // The records are read only for filters that name a record.
  if (f.drug) {
    const id = findOf(await ctx.records(), f.drug, ['drug'], 'drug').record.id;
    cards = cards.filter((c) => c.drugs.includes(id));
    what.push(`--drug ${id}`);
  }
  if (f.pillar) {
    const catalog = await ctx.records();
    const id = findOf(catalog, f.pillar, ['mechanism'], 'mechanism').record.id;
    const acting = new Set(catalog.drugs.filter((d) => d.mechanisms.some((m) => m.mechanism === id && m.primary)).map((d) => d.id));
    cards = cards.filter((c) => c.mechanisms.includes(id) || c.drugs.some((d) => acting.has(d)));
    what.push(`--pillar ${id}`);
  }
  if (f.topic) {
    cards = cards.filter((c) => c.topic === f.topic);
    what.push(`--topic ${f.topic}`);
  }
  if (f.kind) {
    const kinds = [...new Set(all.map((c) => c.kind))].sort();
    if (!kinds.includes(f.kind)) throw new UserError(`no card kind "${safe(f.kind)}"`, `kinds: ${kinds.join(', ')}`, 2);
    cards = cards.filter((c) => c.kind === f.kind);
    what.push(`--kind ${f.kind}`);
  }
  if (cards.length === 0) throw new UserError(`no card matches ${what.join(' ')}`, 'drop a filter, or try another topic or drug');
  return { cards, all, names };
}

/** Unreadable log lines: reported on stderr with file and line, once per run. */
export function warnBadLines(ctx: Context, bad: readonly BadLine[]): void {
  if (bad.length === 0) return;
  const w = ctx.errStyle.yellow;
  ctx.err.write(`${w('warning:')} ${bad.length} line${bad.length === 1 ? '' : 's'} of the review log could not be read; kept as they are, not counted:\n`);
  for (const b of bad.slice(0, 5)) ctx.err.write(`  ${b.file}:${b.line}: ${b.reason}: ${b.excerpt}\n`);
  if (bad.length > 5) ctx.err.write(`  ... and ${bad.length - 5} more\n`);
}
