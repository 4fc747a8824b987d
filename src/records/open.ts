/**
 * Opening a data folder fast. Parsing and validating every YAML file takes yaml and zod
 * (over 100 ms of imports on a slow machine), so the validated records are kept as JSON
 * in a cache file keyed by the build and by every file's path, size and modification
 * time. Any edit, added or removed file, or new build invalidates it and the folder is
 * loaded and validated again. A cache that cannot be read or written is simply skipped.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem, RecordSet } from './kinds.js';

declare const __ASM_BUILD__: string | undefined;

/** Identifies the code that validated a cache; a cache from other code is not trusted. */
const BUILD = typeof __ASM_BUILD__ === 'string' ? __ASM_BUILD__ : 'dev';

export type OpenResult = { ok: true; records: RecordSet; fromCache: boolean } | { ok: false; problems: Problem[] };

/**
 * A fingerprint of every entry in the folder (two levels deep, as records are laid out):
 * path, size, modification time. Kept as plain text, compared whole: no hashing on the
 * start-up path.
 */
export function fingerprint(dir: string): string {
  const parts: string[] = [BUILD];
  const walk = (rel: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(join(dir, rel)).sort();
    } catch {
      parts.push(`!${rel}`);
      return;
    }
    for (const name of names) {
      const path = rel ? `${rel}/${name}` : name;
      try {
        const st = statSync(join(dir, path));
        parts.push(`${path}:${st.size}:${st.mtimeMs}${st.isDirectory() ? '/' : ''}`);
        if (st.isDirectory() && depth < 2) walk(path, depth + 1);
      } catch {
        parts.push(`?${path}`);
      }
    }
  };
  walk('', 1);
  return parts.join('\n');
}

/** One cache file per data folder, named by a 32-bit FNV-1a hash of its absolute path. */
function cacheFile(cacheDir: string, dataDir: string): string {
  let h = 0x811c9dc5;
  for (const ch of resolve(dataDir)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return join(cacheDir, `records-${h.toString(16).padStart(8, '0')}.json`);
}

/** Records of `dataDir`, from the cache when it is current, else loaded and validated. */
export async function openRecords(dataDir: string, cacheDir: string | undefined): Promise<OpenResult> {
  // Development builds (tests run from source) never trust or write a cache.
  const useCache = cacheDir !== undefined && BUILD !== 'dev';
  const print = useCache ? fingerprint(dataDir) : '';
  const file = useCache ? cacheFile(cacheDir, dataDir) : '';
  if (useCache) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: string; records?: RecordSet };
      if (cached.fingerprint === print && cached.records) return { ok: true, records: cached.records, fromCache: true };
    } catch {
      // No cache yet, or unreadable: load from the YAML below.
    }
  }
  const { loadFromDisk } = await import('./load.js');
  const result = loadFromDisk(dataDir);
  if (result.problems.length > 0) return { ok: false, problems: result.problems };
  if (useCache) writeCache(file, cacheDir, { fingerprint: print, records: result.records });
  return { ok: true, records: result.records, fromCache: false };
}

/** Write-then-rename, so a reader never sees half a cache; failures are ignored. */
function writeCache(file: string, dir: string, content: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify(content));
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
  }
}
