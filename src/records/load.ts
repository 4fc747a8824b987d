/**
 * Reads a data folder from disk: every record file of every kind in the registry
 * (collections.ts) parsed, checked against its kind's schema, then cross-checked.
 * Problems are collected, never thrown, each with file:line:col. Files that are not
 * records (a README, an editor's backup) are reported as ignored, not as problems.
 * This is the slow path (yaml + zod); the cache (open.ts) serves the usual case.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { emptySet, KINDS, type KindId, type RecordSet } from './collections.js';
import { crossCheck, type Locate } from './crossref.js';
import type { AnyKindSpec } from './kind.js';
import { makeKit } from './kit.js';
import type { Problem } from './problems.js';

/** Larger than any real record; a bigger file is refused before parsing. */
const MAX_FILE_BYTES = 512 * 1024;
/** Aliases a file may expand; more is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface LoadResult {
  records: RecordSet;
  problems: Problem[];
  /** Files and folders that are not records, with why: reported, never fatal. */
  ignored: { file: string; why: string }[];
  /** Record files read. */
  files: number;
}

type PathKey = string | number;

/** Where one record came from: its file, its document, and its path inside the document. */
interface Origin {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** [] for a file holding one record; [i] for entry i of a table file. */
  base: PathKey[];
  /** Line offset of the YAML inside the file (a Markdown front matter starts on line 2). */
  lineOffset: number;
}

function fieldName(path: readonly PathKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

function position(o: Origin, offset: number): { line: number; col: number } {
  const pos = o.lines.linePos(offset);
  return { line: pos.line + o.lineOffset, col: pos.col };
}

/** Line and column of the deepest node on `path` that exists in the document. */
function locate(o: Origin, path: readonly PathKey[]): { line: number; col: number } | undefined {
  const full = [...o.base, ...path];
  for (let n = full.length; n >= 0; n--) {
    const node: unknown = n === 0 ? o.doc.contents : o.doc.getIn(full.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return position(o, range[0]);
  }
  return undefined;
}

/** Location of a key inside a mapping (for unknown fields), else of the mapping itself. */
function locateKey(o: Origin, path: readonly PathKey[], key: string) {
  const full = [...o.base, ...path];
  const node = full.length === 0 ? o.doc.contents : o.doc.getIn(full, true);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) return position(o, pair.key.range[0]);
    }
  }
  return locate(o, path);
}

/** The text of a record file, or a problem. */
function readText(abs: string, file: string, problems: Problem[]): string | undefined {
  try {
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({ file, message: `file is ${size} bytes; a record may be at most ${MAX_FILE_BYTES} bytes` });
      return undefined;
    }
    const text = readFileSync(abs, 'utf8');
    if (text.trim() === '') {
      problems.push({ file, message: 'file is empty: a record needs at least an id and a name' });
      return undefined;
    }
    if (text.includes('\u0000')) {
      problems.push({ file, message: 'file contains NUL bytes: it is not a text file' });
      return undefined;
    }
    return text;
  } catch (err) {
    problems.push({ file, message: `cannot read the file: ${readError(err)}` });
    return undefined;
  }
}

/** Parse YAML text into a document and its plain data, or report why not. */
function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): { doc: Document.Parsed; lines: LineCounter; data: unknown } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      problems.push({ file, line: pos ? pos.line + lineOffset : undefined, col: pos?.col, message: `malformed YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` });
    }
    return undefined;
  }
  try {
    return { doc, lines, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    // yaml throws a plain ReferenceError when aliases expand too far (a "billion laughs" file).
    const message =
      err instanceof ReferenceError ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): refusing a possible YAML alias bomb` : `cannot read the YAML: ${String(err)}`;
    problems.push({ file, line: 1 + lineOffset, col: 1, message });
    return undefined;
  }
}

/** A Markdown record: the YAML front matter between `---` lines, and the body as `body`. */
function splitFrontMatter(text: string, file: string, problems: Problem[]): { yaml: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) {
    problems.push({ file, line: 1, col: 1, message: 'a Markdown record starts with a YAML front matter between two "---" lines (id, title, sources, ...)' });
    return undefined;
  }
  return { yaml: m[1]!, body: m[2]!.trim() };
}

const isRecordObject = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

/** Check one record against its kind's schema; report every issue at its place in the file. */
function validateRecord(schema: z.ZodType, data: unknown, origin: Origin, problems: Problem[]): Record<string, unknown> | undefined {
  const { file } = origin;
  const result = schema.safeParse(data);
  if (result.success) return result.data as Record<string, unknown>;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    const where = (p: PathKey[]) => fieldName([...origin.base, ...p]) || undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ file, ...locateKey(origin, path, key), field: where([...path, key]), message: `unknown field "${key}"` });
      continue;
    }
    const missing = issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
    problems.push({
      file,
      ...locate(origin, path),
      field: where(path),
      message: missing ? `required field is missing (${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')})` : issue.message,
    });
  }
  return undefined;
}

/** Load, validate and cross-check every record under `dir`. Never throws for bad data. */
export function loadFromDisk(dir: string): LoadResult {
  const problems: Problem[] = [];
  const ignored: LoadResult['ignored'] = [];
  const records = emptySet();
  const origins = new Map<string, Origin>();
  const kit = makeKit();
  const specs = KINDS as unknown as readonly AnyKindSpec[];
  const schemas = new Map(specs.map((k) => [k.kind, k.schema(kit)]));
  let files = 0;

  const add = (spec: AnyKindSpec, data: unknown, origin: Origin, fileStem?: string) => {
    if (!isRecordObject(data)) {
      problems.push({ file: origin.file, ...locate(origin, []), field: fieldName(origin.base) || undefined, message: 'a record must be a mapping of fields (id: ..., name: ...), not a list or a single value' });
      return;
    }
    const valid = validateRecord(schemas.get(spec.kind)!, data, origin, problems);
    if (!valid) return;
    const id = valid.id as string;
    if (fileStem !== undefined && id !== fileStem) {
      problems.push({ file: origin.file, ...locate(origin, ['id']), field: 'id', message: `id "${id}" does not match the file name "${fileStem}": name the file ${id}${extname(origin.file)}` });
      return;
    }
    const key = `${spec.kind}:${id}`;
    const earlier = origins.get(key);
    if (earlier) {
      problems.push({ file: origin.file, ...locate(origin, ['id']), field: fieldName([...origin.base, 'id']), message: `duplicate id "${id}": already used by ${earlier.file}` });
      return;
    }
    origins.set(key, origin);
    (records as unknown as Record<string, unknown[]>)[spec.key]!.push(valid);
  };

  let top: string[];
  try {
    top = readdirSync(dir).sort();
  } catch (err) {
    problems.push({ file: dir, message: `cannot read the data folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    return { records, problems, ignored, files };
  }
  const byFolder = new Map(specs.flatMap((k) => ('folder' in k.store ? [[k.store.folder, k] as const] : [])));
  const byFile = new Map(specs.flatMap((k) => ('file' in k.store ? [[k.store.file, k] as const] : [])));
  let stores = 0;
  for (const name of top) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    const tableKind = byFile.get(name);
    if (tableKind) {
      stores++;
      files++;
      const text = readText(abs, name, problems);
      const parsed = text === undefined ? undefined : parseYaml(text, name, 0, problems);
      if (!parsed) continue;
      if (!Array.isArray(parsed.data) || !isSeq(parsed.doc.contents)) {
        problems.push({ file: name, line: 1, col: 1, message: `${name} holds a list of ${tableKind.plural}: each entry starts with "- id: ..."` });
        continue;
      }
      parsed.data.forEach((entry, i) => add(tableKind, entry, { file: name, doc: parsed.doc, lines: parsed.lines, base: [i], lineOffset: 0 }));
      continue;
    }
    const spec = byFolder.get(name);
    if (!spec || !isDir(abs)) {
      ignored.push({ file: name, why: `not a record: records live in ${[...byFolder.keys()].map((f) => `${f}/`).join(', ')} and ${[...byFile.keys()].join(', ')}` });
      continue;
    }
    stores++;
    const store = spec.store as { folder: string; format?: 'yaml' | 'markdown' };
    const markdown = store.format === 'markdown';
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
        ignored.push({ file, why: `a folder: ${spec.plural} go directly in ${name}/` });
        continue;
      }
      const isRecordFile = markdown ? /\.md$/i.test(entry) : /\.ya?ml$/i.test(entry);
      if (!isRecordFile) {
        ignored.push({ file, why: `not a record: ${spec.plural} are ${markdown ? '.md files' : '.yaml or .yml files'}` });
        continue;
      }
      files++;
      const text = readText(path, file, problems);
      if (text === undefined) continue;
      let yamlText = text;
      let body: string | undefined;
      if (markdown) {
        const split = splitFrontMatter(text, file, problems);
        if (!split) continue;
        yamlText = split.yaml;
        body = split.body;
      }
      const lineOffset = markdown ? 1 : 0;
      const parsed = parseYaml(yamlText, file, lineOffset, problems);
      if (!parsed) continue;
      const data = body !== undefined && isRecordObject(parsed.data) ? { ...parsed.data, body } : parsed.data;
      add(spec, data, { file, doc: parsed.doc, lines: parsed.lines, base: [], lineOffset }, basename(entry, extname(entry)));
    }
  }
  if (stores === 0) {
    problems.push({ file: '.', message: `no records here: a records folder holds ${[...byFolder.keys()].map((f) => `${f}/`).join(', ')} and ${[...byFile.keys()].join(', ')}` });
  }

  for (const list of Object.values(records as unknown as Record<string, { id: string }[]>)) list.sort((a, b) => a.id.localeCompare(b.id));
  const where: Locate = (kind, id, path) => {
    const origin = origins.get(`${kind}:${id}`);
    if (!origin) return { file: id };
    return { file: origin.file, ...locate(origin, path), field: fieldName([...origin.base, ...path]) || undefined };
  };
  problems.push(...crossCheck(records, schemas, where));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  ignored.sort((a, b) => a.file.localeCompare(b.file));
  return { records, problems, ignored, files };
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

export type { KindId };
