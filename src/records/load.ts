/**
 * Reads a data folder from disk: every YAML file parsed, checked against the schema,
 * then cross-checked. Problems are collected, never thrown, each with file:line:col.
 * This is the slow path (yaml + zod); the cache (cache.ts) serves the usual case.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { crossCheck, type Locate } from './crossref.js';
import { FOLDER, KINDS, type Kind, type Problem, type RecordSet } from './kinds.js';
import { Drug, Mechanism, SeizureType, Syndrome } from './schema.js';

const SCHEMA: Record<Kind, z.ZodType> = {
  drug: Drug,
  mechanism: Mechanism,
  'seizure-type': SeizureType,
  syndrome: Syndrome,
};

/** Larger than any real record; a bigger file is refused before parsing. */
const MAX_FILE_BYTES = 512 * 1024;
/** Aliases a file may expand; more is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedFile {
  file: string;
  kind: Kind;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export interface LoadResult {
  records: RecordSet;
  problems: Problem[];
  files: number;
}

type PathKey = string | number;

function fieldName(path: readonly PathKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

/** Line and column of the deepest node on `path` that exists in the document. */
function locate(doc: Document.Parsed, lines: LineCounter, path: readonly PathKey[]): { line: number; col: number } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]);
  }
  return undefined;
}

/** Location of a key inside a mapping (for unknown fields), else of the mapping itself. */
function locateKey(doc: Document.Parsed, lines: LineCounter, path: readonly PathKey[], key: string) {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) return lines.linePos(pair.key.range[0]);
    }
  }
  return locate(doc, lines, path);
}

function readRecordFile(dir: string, abs: string, kind: Kind, problems: Problem[]): ParsedFile | undefined {
  const file = relative(dir, abs) || abs;
  let text: string;
  try {
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({ file, message: `file is ${size} bytes; a record may be at most ${MAX_FILE_BYTES} bytes` });
      return undefined;
    }
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    problems.push({ file, message: `cannot read the file: ${readError(err)}` });
    return undefined;
  }
  if (text.trim() === '') {
    problems.push({ file, message: 'file is empty: a record needs at least an id and a name' });
    return undefined;
  }
  if (text.includes('\u0000')) {
    problems.push({ file, message: 'file contains NUL bytes: it is not a YAML text file' });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      problems.push({ file, line: pos?.line, col: pos?.col, message: `malformed YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // yaml throws a plain ReferenceError when aliases expand too far (a "billion laughs" file).
    const message =
      err instanceof ReferenceError
        ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): refusing a possible YAML alias bomb`
        : `cannot read the YAML: ${String(err)}`;
    problems.push({ file, line: 1, col: 1, message });
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 1, col: 1, message: 'a record must be a mapping of fields (id: ..., name: ...), not a list or a single value' });
    return undefined;
  }
  return { file, kind, doc, lines, data };
}

function validateFile(parsed: ParsedFile, problems: Problem[]): unknown {
  const { file, doc, lines, kind } = parsed;
  const result = SCHEMA[kind].safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const pos = locateKey(doc, lines, path, key);
          problems.push({ file, ...pos, field: fieldName([...path, key]), message: `unknown field "${key}"` });
        }
        continue;
      }
      const pos = locate(doc, lines, path);
      const missing = issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
      problems.push({ file, ...pos, field: fieldName(path) || undefined, message: missing ? `required field is missing (${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')})` : issue.message });
    }
    return undefined;
  }
  const id = (result.data as { id: string }).id;
  const stem = basename(file, extname(file));
  if (id !== stem) {
    problems.push({ file, ...locate(doc, lines, ['id']), field: 'id', message: `id "${id}" does not match the file name "${stem}": name the file ${id}.yaml` });
    return undefined;
  }
  return result.data;
}

/** Load, validate and cross-check every record under `dir`. Never throws for bad data. */
export function loadFromDisk(dir: string): LoadResult {
  const problems: Problem[] = [];
  const records: RecordSet = { drugs: [], mechanisms: [], seizureTypes: [], syndromes: [] };
  const parsedById = new Map<string, ParsedFile>();
  const folders = new Map<string, Kind>(KINDS.map((k) => [FOLDER[k], k]));
  let files = 0;

  let top: string[];
  try {
    top = readdirSync(dir).sort();
  } catch (err) {
    problems.push({ file: dir, message: `cannot read the data folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    return { records, problems, files };
  }
  for (const name of top) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    const kind = folders.get(name);
    if (!kind) {
      problems.push({ file: name, message: `unexpected ${isDir(abs) ? 'folder' : 'file'}: records live in ${[...folders.keys()].map((f) => `${f}/`).join(', ')}` });
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(abs).sort();
    } catch (err) {
      problems.push({ file: name, message: `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      continue;
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const path = join(abs, entry);
      const file = relative(dir, path);
      if (isDir(path)) {
        problems.push({ file, message: `unexpected folder: put ${kind} records directly in ${name}/` });
        continue;
      }
      if (!/\.ya?ml$/i.test(entry)) {
        problems.push({ file, message: 'not a YAML file: records must end in .yaml or .yml' });
        continue;
      }
      files++;
      const parsed = readRecordFile(dir, path, kind, problems);
      if (!parsed) continue;
      const data = validateFile(parsed, problems);
      if (data === undefined) continue;
      const id = (data as { id: string }).id;
      const earlier = parsedById.get(id);
      if (earlier) {
        problems.push({ file, ...locate(parsed.doc, parsed.lines, ['id']), field: 'id', message: `duplicate id "${id}": already used by ${earlier.file}` });
        continue;
      }
      parsedById.set(id, parsed);
      if (kind === 'drug') records.drugs.push(data as RecordSet['drugs'][number]);
      else if (kind === 'mechanism') records.mechanisms.push(data as RecordSet['mechanisms'][number]);
      else if (kind === 'seizure-type') records.seizureTypes.push(data as RecordSet['seizureTypes'][number]);
      else records.syndromes.push(data as RecordSet['syndromes'][number]);
    }
  }

  const where: Locate = (id, path) => {
    const parsed = parsedById.get(id);
    if (!parsed) return { file: id };
    return { file: parsed.file, ...locate(parsed.doc, parsed.lines, path), field: fieldName(path) || undefined };
  };
  problems.push(...crossCheck(records, where));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  return { records, problems, files };
}

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist (a broken link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? String(err);
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
