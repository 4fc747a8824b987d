/**
 * Hand-written cards, fast: validated once, then served as JSON from the cache folder,
 * keyed by the build and by every card file's name, size and modification time (as the
 * records cache is). A problem in a card file is a user error naming file and line.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../../cli/errors.js';
import type { Catalog } from '../../records/catalog.js';
import type { Card } from './card.js';

declare const __ASM_BUILD__: string | undefined;
const BUILD = typeof __ASM_BUILD__ === 'string' ? __ASM_BUILD__ : 'dev';

function fingerprint(dir: string): string {
  try {
    return [BUILD, ...readdirSync(dir).sort().map((n) => {
      const st = statSync(join(dir, n));
      return `${n}:${st.size}:${st.mtimeMs}`;
    })].join('\n');
  } catch {
    return `${BUILD}\n!`;
  }
}

function cacheFile(cacheDir: string, dir: string): string {
  let h = 0x811c9dc5;
  for (const ch of resolve(dir)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return join(cacheDir, `cards-${h.toString(16).padStart(8, '0')}.json`);
}

export async function loadHandwritten(dataDir: string, cacheDir: string | undefined, catalog: Catalog): Promise<Card[]> {
  const dir = join(dataDir, 'cards');
  const useCache = cacheDir !== undefined && BUILD !== 'dev';
  const print = useCache ? fingerprint(dir) : '';
  const file = useCache ? cacheFile(cacheDir, dir) : '';
  if (useCache) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: string; cards?: Card[] };
      if (cached.fingerprint === print && Array.isArray(cached.cards)) return cached.cards;
    } catch {
      // no cache yet
    }
  }
  const { loadHandwrittenFromDisk } = await import('./handwritten.js');
  const { cards, problems } = loadHandwrittenFromDisk(dir, catalog);
  if (problems.length) {
    const shown = problems.slice(0, 5).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    throw new UserError(`the hand-written cards in ${dir} have ${problems.length} problem${problems.length === 1 ? '' : 's'}`, 'fix the card files (each needs an answer, two wrong answers, and sources)', 1, shown);
  }
  if (useCache) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(tmp, JSON.stringify({ fingerprint: print, cards }));
      renameSync(tmp, file);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing to clean
      }
    }
  }
  return cards;
}
