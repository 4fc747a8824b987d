/** End-to-end: the built `asm` binary, run as a user would, against the small fixture folder. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, asm, FIXTURES, MINI } from '../helpers/cli.js';

const mini = (args: string[], env: Record<string, string | undefined> = {}) => asm(['--data', MINI, ...args], { env });
const noStackTrace = (s: string) => expect(s).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('help and version', () => {
  it('prints help with examples for the program and every command', () => {
    const top = asm(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Examples:/);
    for (const cmd of ['lookup', 'compare', 'list', 'search', 'validate']) {
      expect(top.stdout).toContain(cmd);
      const r = asm([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Examples:\n {2}asm /);
    }
  });

  it('shows the help when run with no command', () => {
    const r = asm([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: asm/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('prints the version', () => {
    const r = asm(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown command and an unknown option with exit 2 and a hint', () => {
    for (const args of [['lokup', 'x'], ['lookup', 'x', '--bogus'], ['list', '--pilar', 'x']]) {
      const r = mini(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error: /);
      expect(r.stderr).toMatch(/hint: run `asm --help`/);
      expect(r.stdout).toBe('');
    }
    expect(mini(['lokup', 'x']).stderr).toMatch(/Did you mean lookup\?/);
  });

  it('asks for the missing argument', () => {
    const r = mini(['lookup']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'name'/);
  });
});

describe('asm lookup', () => {
  it('finds a drug by brand, case-insensitively, and shows every section', () => {
    const r = mini(['lookup', 'TEGRETOL']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Carbamazepine  drug · carbamazepine');
    for (const title of ['MECHANISM', 'USES', 'MAY WORSEN', 'PHARMACOKINETICS', 'ENZYMES', 'INTERACTIONS', 'SAFETY', 'PREGNANCY', 'WITHDRAWAL', 'SOURCES']) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stdout).toMatch(/Half-life: +12–17 h/);
    expect(r.stdout).toMatch(/\n {2}\[2\] +Tomson T, et al\. Comparative risk/);
  });

  it('accepts a name in several words', () => {
    expect(mini(['lookup', 'valproic', 'acid']).stdout).toMatch(/^Valproate/);
  });

  it('shows one section by name or alias', () => {
    const r = mini(['lookup', 'cbz', '--section', 'teratogenicity']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PREGNANCY');
    expect(r.stdout).not.toContain('MECHANISM');
  });

  it('shows mechanisms with the drugs derived from drug records', () => {
    const r = mini(['lookup', 'sodium-channel-block']);
    expect(r.stdout).toMatch(/Main action: +Carbamazepine/);
    expect(r.stdout).toMatch(/Also acts here: +Valproate/);
  });

  it('shows conditions with treatment choices and what to avoid', () => {
    const r = mini(['lookup', 'petit', 'mal', '--section', 'treatment']);
    expect(r.stdout).toMatch(/First-line\n +• Ethosuximide/);
    expect(r.stdout).toMatch(/Avoid\n +▲ Carbamazepine: May worsen absence seizures/);
  });

  it('a misspelling exits 1 with suggestions on stderr and nothing on stdout', () => {
    const r = mini(['lookup', 'carbamazpine']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: no record named "carbamazpine"\nhint: did you mean carbamazepine?\n');
  });

  it('an unknown name with no near miss points at list and search', () => {
    const r = mini(['lookup', 'aspirin']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hint: `asm list` shows every drug; `asm search "aspirin"`/);
  });

  it('an empty name is a usage error', () => {
    const r = mini(['lookup', '  ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/give the name of a record/);
  });

  it('an unknown section exits 2 and lists the sections', () => {
    const r = mini(['lookup', 'cbz', '--section', 'colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no section "colour" for a drug\nhint: sections: overview, mechanism, uses/);
  });

  it('prints the JSON contract', () => {
    const r = mini(['lookup', 'Carbatrol', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      id: 'carbamazepine',
      name: 'Carbamazepine',
      brands: ['Tegretol', 'Tegretol XR', 'Carbatrol'],
      mechanisms: [{ pillar: 'sodium-channel-block', target: expect.any(String), primary: true }],
      treats: ['focal'],
      mayWorsen: ['absence'],
      enzymeEffect: 'strong-inducer',
      halfLifeHours: [12, 17],
      boxedWarnings: ['Serious dermatologic reactions and HLA-B*1502'],
    });
    expect(j.sources[0]).toMatchObject({ title: expect.any(String), url: expect.stringMatching(/^https:/) });
  });

  it('wraps to the terminal width', () => {
    const r = mini(['lookup', 'carbamazepine'], { COLUMNS: '50' });
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(50);
  });
});

describe('asm compare', () => {
  it('puts two drugs side by side and marks differing rows', () => {
    const r = mini(['compare', 'carbamazepine', 'ethosuximide'], { COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ +│ Carbamazepine +│ Ethosuximide +│/);
    expect(r.stdout).toMatch(/\* Half-life +│ 12–17 h +│ 30–60 h/);
    expect(r.stdout).toContain('* the drugs differ in this row');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('turns the table when the drugs do not fit the width', () => {
    const r = mini(['compare', 'carbamazepine', 'valproate', 'ethosuximide'], { COLUMNS: '60' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('│');
    expect(r.stdout).toMatch(/\* Half-life\n {2}Carbamazepine +12–17 h\n {2}Valproate +9–16 h\n {2}Ethosuximide +30–60 h/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('shows chosen fields and JSON', () => {
    const r = mini(['compare', 'cbz', 'vpa', '--fields', 'iv,elimination', '--json']);
    expect(JSON.parse(r.stdout)).toEqual({
      drugs: [
        { id: 'carbamazepine', name: 'Carbamazepine' },
        { id: 'valproate', name: 'Valproate' },
      ],
      rows: [
        { key: 'iv', label: 'IV form', differs: true, cells: { carbamazepine: 'no', valproate: 'yes' } },
        { key: 'elimination', label: 'Elimination', differs: false, cells: { carbamazepine: 'hepatic', valproate: 'hepatic' } },
      ],
    });
  });

  it('rejects bad input with a hint', () => {
    const cases: [string[], number, RegExp][] = [
      [['compare', 'cbz'], 2, /at least two drugs/],
      [['compare', 'cbz', 'tegretol'], 2, /"tegretol" is Carbamazepine again/],
      [['compare', 'cbz', 'vpa', '--fields', 'colour'], 2, /unknown field: colour\nhint: fields: class, mechanism/],
      [['compare', 'cbz', 'carbamazpine'], 1, /no drug named "carbamazpine"\nhint: did you mean carbamazepine\?/],
      [['compare', 'cbz', 'absence'], 1, /"absence" is a seizure type, not a drug/],
    ];
    for (const [args, code, message] of cases) {
      const r = mini(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('asm list', () => {
  it('lists every drug with a count', () => {
    const r = mini(['list']);
    expect(r.stdout).toMatch(/Carbamazepine[\s\S]*Ethosuximide[\s\S]*Valproate/);
    expect(r.stdout).toMatch(/3 of 3 drugs/);
  });

  it('combines filters, resolving names of mechanisms and conditions', () => {
    const r = mini(['list', '--pillar', 'Sodium channel blockade', '--iv', '--json']);
    expect(JSON.parse(r.stdout).map((d: { id: string }) => d.id)).toEqual(['valproate']);
    const w = mini(['list', '--worsens', 'petit mal', '--json']);
    expect(JSON.parse(w.stdout).map((d: { id: string }) => d.id)).toEqual(['carbamazepine']);
    const t = mini(['list', '--treats', 'CAE', '--json']);
    expect(JSON.parse(t.stdout).map((d: { id: string }) => d.id)).toEqual(['ethosuximide']);
  });

  it('says so when nothing passes the filters', () => {
    const r = mini(['list', '--treats', 'absence', '--inducer']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No drug in the records passes all these filters/);
    expect(JSON.parse(mini(['list', '--treats', 'absence', '--inducer', '--json']).stdout)).toEqual([]);
  });

  it('lists other kinds', () => {
    expect(mini(['list', 'syndromes']).stdout).toContain('childhood-absence-epilepsy');
  });

  it('rejects bad filters', () => {
    expect(mini(['list', '--pillar', 'absence']).stderr).toMatch(/"absence" is a seizure type, not a mechanism/);
    expect(mini(['list', '--treats', 'carbamazepine']).code).toBe(1);
    expect(mini(['list', '--treats', 'absense']).stderr).toMatch(/did you mean absence\?/);
    expect(mini(['list', 'syndromes', '--iv']).code).toBe(2);
    expect(mini(['list', 'pizzas']).code).toBe(2);
  });
});

describe('asm search', () => {
  it('shows ranked hits with record, field and snippet', () => {
    const r = mini(['search', 'hyponatremia']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Carbamazepine (drug) adverse effect: Hyponatremia');
  });

  it('highlights matches in colour when asked to', () => {
    const r = mini(['search', 'hyponatremia'], { FORCE_COLOR: '1' });
    expect(r.stdout).toContain('\u001b[1m\u001b[33mHyponatremia');
  });

  it('prints JSON hits', () => {
    const hits = JSON.parse(mini(['search', 'HLA-B', '--json']).stdout);
    expect(hits[0]).toMatchObject({ id: 'carbamazepine', kind: 'drug', field: expect.stringContaining('HLA-B'), snippet: expect.stringContaining('HLA-B') });
  });

  it('says when nothing matches, and rejects empty queries and bad limits', () => {
    expect(mini(['search', 'xylophone']).stdout).toMatch(/Nothing in the records mentions "xylophone"/);
    expect(mini(['search', '--', '---']).code).toBe(2);
    expect(mini(['search', 'x', '--limit', '0']).stderr).toMatch(/--limit must be a whole number from 1 to 100/);
  });
});

describe('asm validate and bad data', () => {
  it('accepts a valid folder', () => {
    const r = asm(['validate', MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok .*mini: 9 files, 3 drugs, 3 mechanisms, 2 seizure types, 1 syndromes/);
  });

  it.each([
    ['malformed-yaml', /drugs\/carbamazepine\.yaml:4:1: malformed YAML/],
    ['schema-violation', /drugs\/carbamazepine\.yaml:33:10: halfLife\.hours: range must be/],
    ['broken-reference', /drugs\/carbamazepine\.yaml:8:13: mechanisms\[0\]\.pillar: unknown mechanism "sodium-chanel-block"/],
    ['duplicate', /mechanisms\/valproate\.yaml:2:5: id: duplicate id "valproate"/],
    ['contradiction', /"absence" is listed both as treated/],
    ['empty-file', /drugs\/carbamazepine\.yaml: file is empty/],
    ['unreadable', /drugs\/ghost\.yaml: cannot read the file/],
    ['non-yaml', /drugs\/notes\.txt: not a YAML file/],
    ['alias-bomb', /drugs\/bomb\.yaml:1:1: too many alias expansions/],
  ])('%s: lists the problem and exits 1', (name, message) => {
    const r = asm(['validate', join(FIXTURES, 'bad', name)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stderr).toMatch(/\d+ problems? in \d+ files?/);
    noStackTrace(r.stderr);
  });

  it('prints problems as JSON', () => {
    const j = JSON.parse(asm(['validate', join(FIXTURES, 'bad', 'schema-violation'), '--json']).stdout);
    expect(j.ok).toBe(false);
    expect(j.problems[2]).toMatchObject({ line: 33, col: 10, field: 'halfLife.hours' });
  });

  it('a command on bad data names the problems and points at validate', () => {
    const dir = join(FIXTURES, 'bad', 'broken-reference');
    const r = asm(['--data', dir, 'lookup', 'carbamazepine']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: the records in .*broken-reference have 3 problems\n {2}drugs\/carbamazepine\.yaml:8:13/);
    expect(r.stderr).toMatch(/hint: run `asm validate .*broken-reference` to list them all/);
    noStackTrace(r.stderr);
  });

  it('ASM_DATA works like --data, and a missing folder is a clear error', () => {
    expect(asm(['lookup', 'cbz'], { env: { ASM_DATA: MINI } }).code).toBe(0);
    const r = asm(['--data', '/no/such/folder', 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/data folder not found: \/no\/such\/folder\nhint: check the path given to --data or ASM_DATA/);
    expect(asm(['validate', '/no/such/folder']).stderr).toMatch(/no such folder/);
  });

  it("serves a teacher's folder from the cache and sees edits at once", () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'asm-teacher-')), 'data');
    cpSync(MINI, dir, { recursive: true });
    expect(asm(['--data', dir, 'lookup', 'cbz', '--json']).stdout).toContain('"halfLifeHours": [\n    12,\n    17\n  ]');
    expect(asm(['--data', dir, 'lookup', 'cbz', '--json']).code).toBe(0);
    const file = join(dir, 'drugs/carbamazepine.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('hours: [12, 17]', 'hours: [10, 20]'));
    expect(JSON.parse(asm(['--data', dir, 'lookup', 'cbz', '--json']).stdout).halfLifeHours).toEqual([10, 20]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('hours: [10, 20]', 'hours: [20, 10]'));
    expect(asm(['--data', dir, 'lookup', 'cbz']).code).toBe(1);
  });
});

describe('terminal conventions', () => {
  it('no colour when piped, with NO_COLOR, or with --no-color; colour when forced', () => {
    expect(mini(['lookup', 'cbz']).stdout).not.toMatch(ANSI);
    expect(mini(['lookup', 'cbz'], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
    expect(mini(['lookup', 'cbz'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(mini(['lookup', 'cbz', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(mini(['lookup', 'nothing'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stderr).not.toMatch(ANSI);
  });
});
