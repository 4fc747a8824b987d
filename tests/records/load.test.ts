import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/records/kinds.js';
import { loadFromDisk } from '../../src/records/load.js';
import { FIXTURES, MINI } from '../helpers/cli.js';

const bad = (name: string) => loadFromDisk(join(FIXTURES, 'bad', name));
const lines = (name: string) => bad(name).problems.map(formatProblem);

describe('loading a valid folder', () => {
  it('reads every record with defaults applied and no problems', () => {
    const r = loadFromDisk(MINI);
    expect(r.problems).toEqual([]);
    expect(r.files).toBe(9);
    expect(r.records.drugs.map((d) => d.id)).toEqual(['carbamazepine', 'ethosuximide', 'valproate']);
    const etx = r.records.drugs.find((d) => d.id === 'ethosuximide')!;
    expect(etx.worsens).toEqual([]);
    expect(etx.enzymes.induces).toEqual([]);
    expect(r.records.syndromes[0]!.seizureTypes).toEqual(['absence']);
  });

  it('reports a missing folder as a problem, not an exception', () => {
    const r = loadFromDisk(join(FIXTURES, 'no-such-folder'));
    expect(r.problems[0]!.message).toMatch(/cannot read the data folder/);
  });
});

describe('each kind of bad data is named with file, line, column and field', () => {
  it('malformed YAML', () => {
    expect(lines('malformed-yaml')).toEqual([expect.stringMatching(/^drugs\/carbamazepine\.yaml:4:1: malformed YAML: Flow sequence/)]);
  });

  it('schema violations: missing field, unknown field, bad range, bad enum', () => {
    expect(lines('schema-violation')).toEqual([
      'drugs/carbamazepine.yaml:2:1: name: required field is missing (expected string)',
      'drugs/carbamazepine.yaml:3:1: nmae: unknown field "nmae"',
      'drugs/carbamazepine.yaml:33:10: halfLife.hours: range must be [min, max] with min <= max',
      expect.stringMatching(/^drugs\/carbamazepine\.yaml:37:10: elimination\.route: .*"hepatic"\|"renal"\|"mixed"/),
    ]);
  });

  it('broken references: mechanism, seizure type, citation', () => {
    expect(lines('broken-reference')).toEqual([
      'drugs/carbamazepine.yaml:8:13: mechanisms[0].pillar: unknown mechanism "sodium-chanel-block" (known: gaba-enhancement, sodium-channel-block, t-type-calcium-block)',
      'drugs/carbamazepine.yaml:14:9: indications[0].id: unknown seizure type or syndrome "focall" (known: absence, childhood-absence-epilepsy, focal)',
      expect.stringMatching(/^drugs\/carbamazepine\.yaml:63:14: pregnancy\.malformationRates\[0\]\.cite\[0\]: cites "eurap2018", which is not in this record's sources/),
    ]);
  });

  it('duplicates: an id used twice, a brand claimed by two drugs', () => {
    expect(lines('duplicate')).toEqual([
      'drugs/ethosuximide.yaml:4:20: brands[1]: the name "Tegretol" is already used by "carbamazepine": names, brands and aliases must be unique',
      'mechanisms/valproate.yaml:2:5: id: duplicate id "valproate": already used by drugs/valproate.yaml',
    ]);
  });

  it('a drug listed as treating and worsening the same seizure type', () => {
    expect(lines('contradiction')).toEqual(['drugs/valproate.yaml:31:9: worsens[0].id: "absence" is listed both as treated (indications[0]) and as worsened']);
  });

  it('empty and blank files', () => {
    expect(lines('empty-file')).toEqual([
      'drugs/blank.yaml: file is empty: a record needs at least an id and a name',
      'drugs/carbamazepine.yaml: file is empty: a record needs at least an id and a name',
    ]);
  });

  it('an unreadable file (a broken link)', () => {
    expect(lines('unreadable')).toEqual(['drugs/ghost.yaml: cannot read the file: it does not exist (a broken link?)']);
  });

  it('files that are not YAML, inside and beside the kind folders', () => {
    expect(lines('non-yaml')).toEqual([
      'drugs/carbamazepine.json: not a YAML file: records must end in .yaml or .yml',
      'drugs/notes.txt: not a YAML file: records must end in .yaml or .yml',
      'README.md: unexpected file: records live in drugs/, mechanisms/, seizure-types/, syndromes/',
    ]);
  });

  it('a YAML alias bomb is refused without expanding it', () => {
    const started = process.hrtime.bigint();
    expect(lines('alias-bomb')).toEqual(['drugs/bomb.yaml:1:1: too many alias expansions (more than 100): refusing a possible YAML alias bomb']);
    // 9^7 = 4.8 million nodes if expanded; refusing is immediate (a generous bound, not a benchmark).
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(10);
  });
});
