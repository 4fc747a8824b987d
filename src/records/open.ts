/**
 * Opening a data folder fast. Parsing and validating every YAML file takes yaml and zod
 * (over 100 ms of imports on a slow machine), so the validated records are kept as JSON
 * in a cache file keyed by the build and by every file's path, size and modification
 * time. Any edit, added or removed file, or new build invalidates it and the folder is
 * loaded and validated again. A cache that cannot be read or written is simply skipped.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { KINDS, type RecordSet } from './collections.js';
import type { Problem } from './problems.js';

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

/** One cache file per data folder, named by the checksum of its absolute path. */
export function cacheFile(cacheDir: string, dataDir: string, prefix = 'records'): string {
  return join(cacheDir, `${prefix}-${checksum(resolve(dataDir))}.json`);
}

/** Record sets this process has opened, by folder and fingerprint. */
const opened = new Map<string, RecordSet>();

/** A CRC-32 of a text, as hex, to tell a damaged cache from a sound one (not a security check). */
export function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}

function remember(key: string, records: RecordSet): RecordSet {
  opened.set(key, records);
  return records;
}

/**
 * A cache file: a header line `{fingerprint, checksum}` and then the body. The checksum
 * of the body is checked before it is returned, so a damaged cache (a bad disk, a hand
 * edit) is built again instead of crashing every command. Undefined when missing, stale or
 * damaged.
 */
export function readCacheBody(file: string, print: string): string | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    if (nl < 0) return undefined;
    const header = JSON.parse(text.slice(0, nl)) as { fingerprint?: unknown; checksum?: unknown };
    if (header.fingerprint !== print) return undefined;
    const body = text.slice(nl + 1);
    return checksum(body) === header.checksum ? body : undefined;
  } catch {
    // No cache yet, or unreadable.
    return undefined;
  }
}

/**
 * Text worked out from the records and the code (a lesson's figure), kept in the cache
 * folder and reused while the build, every data file and `key` stay the same. Computed
 * afresh, and not kept, in a development run or without a cache folder.
 */
export async function cachedText(cacheDir: string | undefined, dataDir: string, key: string, compute: () => Promise<string>): Promise<string> {
  if (cacheDir === undefined || BUILD === 'dev') return compute();
  const print = `${fingerprint(dataDir)}\n${key}`;
  const file = cacheFile(cacheDir, dataDir, `text-${checksum(key)}`);
  const hit = readCacheBody(file, print);
  if (hit !== undefined) return hit;
  const text = await compute();
  writeCacheBody(file, cacheDir, print, text);
  return text;
}

/** Writes a cache file for readCacheBody (write-then-rename; failures are ignored). */
export function writeCacheBody(file: string, dir: string, print: string, body: string): void {
  writeCache(file, dir, `${JSON.stringify({ fingerprint: print, checksum: checksum(body) })}\n${body}`);
}

function readCache(file: string, print: string): RecordSet | undefined {
  const body = readCacheBody(file, print);
  if (body === undefined) return undefined;
  try {
    const records = JSON.parse(body) as unknown;
    const complete = records !== null && typeof records === 'object' && KINDS.every((k) => Array.isArray((records as Record<string, unknown>)[k.key]));
    return complete ? (records as RecordSet) : undefined;
  } catch {
    return undefined;
  }
}

/** Records of `dataDir`, from the cache when it is current, else loaded and validated. */
export async function openRecords(dataDir: string, cacheDir: string | undefined): Promise<OpenResult> {
  // Development builds (tests run from source) never trust or write a cache file.
  const useCache = cacheDir !== undefined && BUILD !== 'dev';
  const print = fingerprint(dataDir);
  const file = useCache ? cacheFile(cacheDir, dataDir) : '';
  // A process that opens the same unchanged folder again (tests, a library user) reuses it.
  const key = `${resolve(dataDir)}\n${print}`;
  const known = opened.get(key);
  if (known) return { ok: true, records: known, fromCache: true };
  if (useCache) {
    const cached = readCache(file, print);
    if (cached) return { ok: true, records: remember(key, cached), fromCache: true };
  }
  const { loadFromDisk } = await import('./load.js');
  const result = loadFromDisk(dataDir);
  if (result.problems.length > 0) return { ok: false, problems: result.problems };
  remember(key, result.records);
  if (useCache) writeCacheBody(file, cacheDir, print, JSON.stringify(result.records));
  return { ok: true, records: result.records, fromCache: false };
}

/** Write-then-rename, so a reader never sees half a cache; failures are ignored. */
function writeCache(file: string, dir: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
  }
}
