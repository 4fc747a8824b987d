import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/records/load.js';
import { formatProblem } from '../../src/records/problems.js';
import { FIXTURES, MINI } from '../helpers/cli.js';

const bad = (name: string) => loadFromDisk(join(FIXTURES, 'bad', name));
const lines = (name: string) => bad(name).problems.map(formatProblem);

describe('loading a valid folder', () => {
  it('reads every kind of record with defaults applied and no problems', () => {
    const r = loadFromDisk(MINI);
    expect(r.problems).toEqual([]);
    expect(r.ignored).toEqual([]);
    expect(r.files).toBe(16);
    expect(r.records.lessons[0]!.body).toMatch(/^# The absence paradox\n/);
    expect(r.records.drugs.map((d) => d.id)).toEqual(['carbamazepine', 'ethosuximide', 'valproate']);
    const etx = r.records.drugs.find((d) => d.id === 'ethosuximide')!;
    expect(etx.otherUses).toEqual([]);
    expect(etx.enzymes.induces).toEqual([]);
    expect(r.records.syndromes[0]!.seizureTypes).toEqual(['absence']);
    expect(r.records.enzymes.map((e) => e.id)).toEqual(['cyp3a4', 'ugt']);
    expect(r.records.registries.map((e) => e.id)).toEqual(['eurap', 'naapr']);
    expect(r.records.comedications.map((e) => e.id)).toEqual(['combined-oral-contraceptive']);
    expect(r.records.classes.map((e) => e.id)).toEqual(['dibenzazepine']);
  });

  it('turns one perpetrator or victim into a list', () => {
    const x = loadFromDisk(MINI).records.interactions.find((i) => i.id === 'carbamazepine-valproate')!;
    expect(x.perpetrator).toEqual(['carbamazepine']);
    expect(x.victim).toEqual(['valproate']);
  });

  it('reports a missing folder as a problem, not an exception', () => {
    const r = loadFromDisk(join(FIXTURES, 'no-such-folder'));
    expect(r.problems[0]!.message).toMatch(/cannot read the data folder/);
  });

  it('reports a folder with no records in it', () => {
    const r = loadFromDisk(join(FIXTURES, 'bad'));
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^no records here: a records folder holds drugs\//)]);
  });
});

describe('each kind of bad data is named with file, line, column and field', () => {
  it('malformed YAML', () => {
    expect(lines('malformed-yaml')).toEqual([expect.stringMatching(/^drugs\/carbamazepine\.yaml:4:1: malformed YAML: Flow sequence/)]);
  });

  it('schema violations: missing field, unknown field, bad range, bad enum', () => {
    expect(lines('schema-violation')).toEqual([
      'drugs/carbamazepine.yaml:1:1: name: required field is missing (expected string)',
      'drugs/carbamazepine.yaml:2:1: nmae: unknown field "nmae"',
      'drugs/carbamazepine.yaml:23:10: halfLife.hours: range must be [min, max] with min <= max',
      expect.stringMatching(/^drugs\/carbamazepine\.yaml:27:10: elimination\.route: .*"hepatic"\|"renal"\|"mixed"/),
    ]);
  });

  it('broken references, found through ref() in the schema: class, mechanism, interaction partner, citation, a citation in a lesson', () => {
    expect(lines('broken-reference')).toEqual([
      'drugs/carbamazepine.yaml:5:11: classes[0]: unknown drug class "dibenzazepin" (known: dibenzazepine)',
      'drugs/carbamazepine.yaml:8:16: mechanisms[0].mechanism: unknown mechanism "sodium-chanel-block" (known: gaba-enhancement, sodium-channel-block, t-type-calcium-block)',
      expect.stringMatching(/^drugs\/carbamazepine\.yaml:56:14: pregnancy\.rates\[0\]\.cite\[0\]: cites "eurap2018", which is not in this record's sources/),
      'interactions/carbamazepine-valproate.yaml:4:9: victim[0]: unknown drug or co-medication "valproat" (known: carbamazepine, combined-oral-contraceptive, ethosuximide, valproate)',
      expect.stringMatching(/^lessons\/absence-paradox\.md:\d+:\d+: body: cites "perucca98" in the text, which is not in this record's sources \(perucca1998\)$/),
    ]);
  });

  it('duplicates: a brand claimed by two drugs, a mechanism named like a drug', () => {
    expect(lines('duplicate')).toEqual([
      'drugs/ethosuximide.yaml:3:20: brands[1]: the name "Tegretol" is already used by the drug "carbamazepine": names, brands and aliases must be unique',
      'mechanisms/valproate.yaml:1:5: id: the name "valproate" is already used by the drug "valproate": names, brands and aliases must be unique',
    ]);
  });

  it('contradictions between relations: ladder against avoid, licence against avoid, a pair written twice, a size against its direction', () => {
    expect(lines('contradiction')).toEqual([
      'drugs/valproate.yaml:73:16: licensed[0].condition: licensed for "absence", but that condition\'s record says to avoid valproate: one of the two is wrong',
      'interactions/carbamazepine-valproate-again.yaml:3:14: perpetrator: the pair carbamazepine -> valproate is already written in interaction "carbamazepine-valproate": write each pair once',
      'interactions/carbamazepine-valproate-again.yaml:7:38: magnitude.percent: a level change of 20 to 30% does not fit direction "down"',
      'seizure-types/absence.yaml:17:15: mayWorsen[1].strength: "valproate" is on the ladder (second-line) and also to be avoided: make it "caution", or take it off the ladder',
      'syndromes/childhood-absence-epilepsy.yaml:14:15: tiers[0].drugs[0].drug: "carbamazepine" is first-line here, but the record of "absence" (a seizure type of this syndrome) says to avoid it',
    ]);
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

  it('a YAML alias bomb is refused without expanding it', () => {
    expect(lines('alias-bomb')).toEqual(['drugs/bomb.yaml:1:1: too many alias expansions (more than 100): refusing a possible YAML alias bomb']);
  });
});

describe('files that are not records', () => {
  it('are listed as ignored, with why, and block nothing: a README, a JSON file, an editor backup', () => {
    const r = bad('non-yaml');
    expect(r.problems).toEqual([]);
    expect(r.ignored.map((i) => i.file)).toEqual(['drugs/carbamazepine.json', 'drugs/ethosuximide.yaml~', 'drugs/notes.txt', 'README.md']);
    expect(r.ignored[0]!.why).toMatch(/not a record: drugs are \.yaml or \.yml files/);
  });
});
