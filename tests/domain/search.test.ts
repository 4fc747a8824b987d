import { describe, expect, it } from 'vitest';
import { makeSnippet, RecordSearch } from '../../src/domain/search.js';
import { Catalog } from '../../src/records/catalog.js';
import { loadFromDisk } from '../../src/records/load.js';
import { MINI } from '../helpers/cli.js';

const index = new RecordSearch(new Catalog(loadFromDisk(MINI).records));
const search = { search: (q: string, limit?: number) => index.search(q, limit).hits };

describe('full-text search', () => {
  it('finds a fact and names the record and the field', () => {
    const [hit] = search.search('hyponatremia');
    expect(hit).toMatchObject({ recordId: 'carbamazepine', kind: 'drug', field: 'adverse effect: Hyponatremia' });
  });

  it('matches a hyphenated term', () => {
    expect(search.search('HLA-B').map((h) => h.recordId)).toContain('carbamazepine');
  });

  it('ranks a name above a passing mention', () => {
    expect(search.search('ethosuximide')[0]).toMatchObject({ recordId: 'ethosuximide', field: 'names' });
  });

  it('searches referenced records by their names (what may worsen absence seizures)', () => {
    const hits = search.search('carbamazepine worsen absence');
    expect(hits.some((h) => h.recordId === 'absence' && h.field === 'may be worsened by: Carbamazepine')).toBe(true);
  });

  it('names both drugs of an interaction in its hits', () => {
    const [hit] = search.search('induction lowers valproate');
    expect(hit).toMatchObject({ recordId: 'carbamazepine-valproate', kind: 'interaction', name: 'Carbamazepine → Valproate', field: 'interaction' });
  });

  it('accepts prefixes and small typos', () => {
    expect(search.search('hypona')[0]?.recordId).toBe('carbamazepine');
    expect(search.search('hyponatremai')[0]?.recordId).toBe('carbamazepine');
  });

  it('says how the hits matched: every word, near spellings, or only some words', () => {
    expect(index.search('hyponatremia').match).toBe('all');
    expect(index.search('hyponatremai').match).toBe('fuzzy');
    expect(index.search('hyponatremia xylophone').match).toBe('some');
  });

  it('returns nothing for words no record has', () => {
    expect(search.search('xylophone')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search.search('the', 2).length).toBeLessThanOrEqual(2);
  });
});

describe('snippets', () => {
  it('highlights the phrase as typed', () => {
    const s = makeSnippet('Risk of kidney stones rises with dose.', 'kidney stones', ['kidney', 'stones']);
    expect(s.snippet.slice(s.highlights[0]![0], s.highlights[0]![1])).toBe('kidney stones');
  });

  it('cuts a window around a late match with ellipses', () => {
    const text = `${'word '.repeat(80)}target ${'more '.repeat(80)}`;
    const s = makeSnippet(text, 'target', ['target'], 80);
    expect(s.snippet.startsWith('…')).toBe(true);
    expect(s.snippet.endsWith('…')).toBe(true);
    expect(s.snippet.length).toBeLessThanOrEqual(82);
    const [a, b] = s.highlights[0]!;
    expect(s.snippet.slice(a, b)).toBe('target');
  });

  it('highlights words only at word starts', () => {
    const s = makeSnippet('Sodium and iodine', 'odi', ['odi']);
    expect(s.highlights).toEqual([]);
  });
});
