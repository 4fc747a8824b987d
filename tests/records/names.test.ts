import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/records/catalog.js';
import { loadFromDisk } from '../../src/records/load.js';
import { normalizeName } from '../../src/records/names.js';
import { MINI } from '../helpers/cli.js';

const catalog = new Catalog(loadFromDisk(MINI).records);

describe('name resolution', () => {
  it('normalizes case, accents, spaces and punctuation', () => {
    expect(normalizeName('Tegretol-XR')).toBe('tegretolxr');
    expect(normalizeName('  tegretol xr ')).toBe('tegretolxr');
    expect(normalizeName('Dépakine')).toBe('depakine');
  });

  it.each([
    ['carbamazepine', 'carbamazepine'],
    ['Carbamazepine', 'carbamazepine'],
    ['TEGRETOL', 'carbamazepine'],
    ['tegretol xr', 'carbamazepine'],
    ['cbz', 'carbamazepine'],
    ['valproic acid', 'valproate'],
    ['Sodium channel blockade', 'sodium-channel-block'],
    ['petit mal', 'absence'],
    ['cae', 'childhood-absence-epilepsy'],
  ])('%s -> %s', (query, id) => {
    expect(catalog.resolve(query)?.record.id).toBe(id);
  });

  it('does not resolve a misspelling', () => {
    expect(catalog.resolve('carbamazpine')).toBeUndefined();
  });
});

describe('suggestions', () => {
  it('suggests the nearest names for a misspelling', () => {
    expect(catalog.suggest('carbamazpine').map((s) => s.id)).toEqual(['carbamazepine']);
    expect(catalog.suggest('tegertol').map((s) => s.id)).toEqual(['carbamazepine']);
    expect(catalog.suggest('etosuximide')[0]!.id).toBe('ethosuximide');
  });

  it('suggests only records of the kinds asked for', () => {
    expect(catalog.suggest('absense').map((s) => s.id)).toEqual(['absence']);
    expect(catalog.suggest('absense', 3, ['drug'])).toEqual([]);
    expect(catalog.suggest('carbamazpine', 3, ['drug']).map((s) => s.id)).toEqual(['carbamazepine']);
  });

  it('suggests from the start of a long name', () => {
    expect(catalog.suggest('carbamaz').map((s) => s.id)).toEqual(['carbamazepine']);
  });

  it('caps the distance: an unrelated word gets no suggestion', () => {
    expect(catalog.suggest('keppra')).toEqual([]);
    expect(catalog.suggest('aspirin')).toEqual([]);
    expect(catalog.suggest('')).toEqual([]);
  });
});
