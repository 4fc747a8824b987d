import { describe, expect, it } from 'vitest';
import { compareRows, COMPARE_FIELDS, DEFAULT_COMPARE_FIELDS } from '../../src/domain/compare.js';
import { filterDrugs, isInducer } from '../../src/domain/filter.js';
import { Catalog } from '../../src/records/catalog.js';
import { loadFromDisk } from '../../src/records/load.js';
import { MINI } from '../helpers/cli.js';

const catalog = new Catalog(loadFromDisk(MINI).records);
const drug = (id: string) => catalog.drug(id)!;

describe('compare rows', () => {
  it('gives one cell per drug and flags rows where drugs differ', () => {
    const rows = compareRows([drug('carbamazepine'), drug('valproate')], ['half-life', 'iv', 'elimination'], catalog);
    expect(rows.map((r) => [r.key, r.cells, r.differs])).toEqual([
      ['half-life', ['12–17 h', '9–16 h'], true],
      ['iv', ['no', 'yes'], true],
      ['elimination', ['hepatic', 'hepatic'], false],
    ]);
  });

  it('orders mechanisms primary first and marks secondary ones', () => {
    const [row] = compareRows([drug('valproate'), drug('ethosuximide')], ['mechanism'], catalog);
    expect(row!.cells[0]).toBe('GABA enhancement; Sodium channel blockade (secondary); T-type calcium channel blockade (secondary)');
    expect(row!.cells[1]).toBe('T-type calcium channel blockade');
  });

  it('derives the uses from the ladders in the condition records and the licences in the drug record', () => {
    const [row] = compareRows([drug('ethosuximide'), drug('valproate')], ['uses'], catalog);
    expect(row!.cells[0]).toBe('First-line: Absence seizures, CAE');
    expect(row!.cells[1]).toBe('Second-line: Absence seizures; licensed: Focal seizures');
  });

  it('derives what a drug may worsen from the condition records, with the strength', () => {
    const [row] = compareRows([drug('carbamazepine'), drug('valproate'), drug('ethosuximide')], ['worsens'], catalog);
    expect(row!.cells).toEqual(['Absence seizures', 'Absence seizures (caution)', '—']);
  });

  it('compares the same drug set-wise, not by wording', () => {
    const [row] = compareRows([drug('carbamazepine'), drug('carbamazepine')], DEFAULT_COMPARE_FIELDS, catalog);
    expect(row!.differs).toBe(false);
  });

  it('marks boxed warnings and shows registry malformation rates', () => {
    const rows = compareRows([drug('carbamazepine'), drug('ethosuximide')], ['adverse', 'pregnancy'], catalog);
    expect(rows[0]!.cells[0]).toMatch(/^BOXED: Serious dermatologic reactions/);
    expect(rows[1]!.cells).toEqual(['5.5% (EURAP 2018)', 'no registry rate published; see lookup']);
  });

  it('refuses an unknown field', () => {
    expect(() => compareRows([drug('carbamazepine')], ['colour'], catalog)).toThrow(RangeError);
    expect(COMPARE_FIELDS.map((f) => f.key)).toEqual(expect.arrayContaining(DEFAULT_COMPARE_FIELDS));
  });
});

describe('drug filters', () => {
  const ids = (f: Parameters<typeof filterDrugs>[1]) => filterDrugs(catalog, f).map((d) => d.id);

  it('each filter alone', () => {
    expect(ids({ pillar: 't-type-calcium-block' })).toEqual(['ethosuximide', 'valproate']);
    expect(ids({ treats: 'absence' })).toEqual(['ethosuximide', 'valproate']);
    expect(ids({ worsens: 'absence' })).toEqual(['carbamazepine', 'valproate']);
    expect(ids({ class: 'dibenzazepine' })).toEqual(['carbamazepine']);
    expect(ids({ inducer: true })).toEqual(['carbamazepine']);
    expect(ids({ iv: true })).toEqual(['valproate']);
  });

  it('filters combine with AND', () => {
    expect(ids({ pillar: 'sodium-channel-block', inducer: true })).toEqual(['carbamazepine']);
    expect(ids({ pillar: 'sodium-channel-block', iv: true })).toEqual(['valproate']);
    expect(ids({ treats: 'absence', iv: true, inducer: true })).toEqual([]);
  });

  it('counts mixed enzyme effects with induction as inducers', () => {
    const d = { ...drug('valproate'), enzymes: { ...drug('valproate').enzymes, effect: 'mixed' as const, induces: [{ enzyme: 'cyp3a4' }] } };
    expect(isInducer(d)).toBe(true);
    expect(isInducer(drug('valproate'))).toBe(false);
  });
});
