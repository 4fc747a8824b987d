/**
 * Full-text search over every record, field by field. MiniSearch ranks (BM25+, prefix
 * and fuzzy matching); this module decides what a searchable piece of text is (one
 * fact: an adverse effect, an interaction, a paragraph) and cuts a snippet around the
 * match.
 */
import MiniSearch from 'minisearch';
import type { Catalog } from '../records/catalog.js';
import { allRecords, kindSpec, type KindId } from '../records/collections.js';

export interface SearchDoc {
  id: number;
  recordId: string;
  kind: KindId;
  recordName: string;
  /** Where in the record, for a reader: "adverse effect: Kidney stones". */
  field: string;
  text: string;
  /** Names, brands and aliases are their own document, boosted. */
  names: string;
}

export interface SearchHit {
  recordId: string;
  kind: KindId;
  name: string;
  field: string;
  snippet: string;
  /** [start, end) character ranges in `snippet` to highlight. */
  highlights: [number, number][];
  score: number;
}

/** Labels for fields every kind may have; each kind adds its own (kinds/*.ts: searchLabels). */
const COMMON_LABELS: Record<string, string> = { summary: 'summary', sources: 'sources' };

/** Keys that hold no searchable prose. */
const SKIP = new Set(['id', 'cite', 'sources', 'kind', 'pillar', 'primary', 'boxed', 'serious', 'brands', 'aliases', 'name', 'onset', 'seizureTypes', 'model', 'concentration', 'licensed', 'classes', 'type', 'body']);
/** Keys whose value is an id of another record: searched by that record's name. */
const REFS = new Set(['id', 'drug', 'mechanism', 'drugs', 'condition', 'perpetrator', 'victim', 'enzyme', 'registry']);

function strings(node: unknown, catalog: Catalog, key = ''): string[] {
  if (typeof node === 'string') return REFS.has(key) ? [catalog.nameOf(node)] : [node];
  if (Array.isArray(node)) return node.flatMap((v) => strings(v, catalog, key));
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (k === 'cite' ? [] : strings(v, catalog, k)));
  }
  return [];
}

/** A short label for one element of a list field. */
function elementLabel(el: Record<string, unknown>, catalog: Catalog): string | undefined {
  for (const k of ['effect', 'outcome', 'use', 'target', 'name']) if (typeof el[k] === 'string') return el[k] as string;
  for (const k of ['id', 'drug', 'mechanism', 'condition', 'registry']) if (typeof el[k] === 'string') return catalog.nameOf(el[k] as string);
  return undefined;
}

export function buildSearchDocs(catalog: Catalog): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const entry of allRecords(catalog.set)) {
    const r = entry.record as unknown as Record<string, unknown> & { id: string; name?: string; aliases?: string[]; brands?: string[] };
    const spec = kindSpec(entry.kind);
    if (spec.searched === false) continue;
    const title = catalog.titleOf(entry);
    const base = { recordId: r.id, kind: entry.kind, recordName: title };
    const names = [title, ...(r.brands ?? []), ...(r.aliases ?? [])];
    docs.push({ ...base, id: docs.length, field: 'names', text: names.join(', '), names: [r.id, ...names].join(' ') });
    for (const [key, value] of Object.entries(r)) {
      if (SKIP.has(key) || value === undefined) continue;
      const label = spec.searchLabels?.[key] ?? COMMON_LABELS[key] ?? key;
      const items = Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object') ? value : [value];
      for (const item of items) {
        const text = strings(item, catalog, key).join('. ').replace(/\.\./g, '.');
        if (!text.trim()) continue;
        const sub = item !== null && typeof item === 'object' && !Array.isArray(item) ? elementLabel(item as Record<string, unknown>, catalog) : undefined;
        docs.push({ ...base, id: docs.length, field: sub ? `${label}: ${sub}` : label, text, names: '' });
      }
    }
  }
  return docs;
}

export interface SearchResult {
  /** all: every word matched as typed (or as a word's start); fuzzy: near spellings were needed; some: not every word matched. */
  match: 'all' | 'fuzzy' | 'some';
  hits: SearchHit[];
}

export class RecordSearch {
  private readonly index: MiniSearch<SearchDoc>;
  private readonly docs: SearchDoc[];

  constructor(catalog: Catalog) {
    this.docs = buildSearchDocs(catalog);
    this.index = new MiniSearch<SearchDoc>({ fields: ['text', 'names'], storeFields: [] });
    this.index.addAll(this.docs);
  }

  /**
   * The best hits for `query`, and how they matched: every word (as typed, or as the start
   * of a word), every word allowing near spellings, or only some of the words. Looser
   * matches are tried only when the stricter ones find nothing, and the caller says so.
   */
  search(query: string, limit = 10): SearchResult {
    const base = { boost: { names: 3 }, prefix: (term: string) => term.length >= 3 };
    const fuzzy = { ...base, fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false) };
    const passes: [SearchResult['match'], Parameters<MiniSearch<SearchDoc>['search']>[1]][] = [
      ['all', { ...base, combineWith: 'AND' }],
      ['fuzzy', { ...fuzzy, combineWith: 'AND' }],
      ['some', { ...base, combineWith: 'OR' }],
      ['fuzzy', { ...fuzzy, combineWith: 'OR' }],
    ];
    for (const [match, options] of passes) {
      const results = this.index.search(query, options);
      if (results.length > 0) return { match, hits: results.slice(0, limit).map((res) => this.hit(res, query)) };
    }
    return { match: 'all', hits: [] };
  }

  private hit(res: { id: unknown; terms: string[]; score: number }, query: string): SearchHit {
    const doc = this.docs[res.id as number]!;
    const { snippet, highlights } = makeSnippet(doc.text, query, res.terms);
    return { recordId: doc.recordId, kind: doc.kind, name: doc.recordName, field: doc.field, snippet, highlights, score: res.score };
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A window of text around the first match, cut at word boundaries, with the ranges to
 * highlight: the whole query where it appears as typed, otherwise each matched word.
 */
export function makeSnippet(text: string, query: string, terms: string[], room = 160): { snippet: string; highlights: [number, number][] } {
  const phrase = query.trim();
  const atWordStart = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'giu');
  let pattern: RegExp | undefined;
  if (phrase && atWordStart(escape(phrase)).test(text)) pattern = atWordStart(escape(phrase));
  else {
    const words = [...new Set(terms)].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
    if (words.length) pattern = atWordStart(words.map(escape).join('|'));
  }
  const first = pattern ? text.search(new RegExp(pattern.source, pattern.flags.replace('g', ''))) : -1;
  let start = 0;
  let end = text.length;
  if (text.length > room) {
    start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(room / 3));
    if (start > 0) {
      const space = text.indexOf(' ', start);
      start = space >= 0 && space < (first < 0 ? text.length : first) ? space + 1 : start;
    }
    end = Math.min(text.length, start + room);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + room / 2) end = space;
    }
  }
  const prefix = start > 0 ? '…' : '';
  const body = text.slice(start, end);
  const snippet = prefix + body + (end < text.length ? '…' : '');
  const highlights: [number, number][] = [];
  if (pattern) {
    for (const m of body.matchAll(pattern)) highlights.push([m.index + prefix.length, m.index + prefix.length + m[0].length]);
  }
  return { snippet, highlights };
}
