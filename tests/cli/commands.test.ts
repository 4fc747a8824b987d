/** Every command in-process (main(argv, io) with fake streams), against the small fixture folder. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, FIXTURES, MINI, tempDir } from '../helpers/cli.js';
import { asm, mini } from '../helpers/run.js';

const noStackTrace = (s: string) => expect(s).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('help and version', () => {
  it('prints help with examples for the program and every command', async () => {
    const top = (await asm(['--help']));
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Examples:/);
    for (const cmd of ['lookup', 'compare', 'list', 'search', 'validate']) {
      expect(top.stdout).toContain(cmd);
      const r = (await asm([cmd, '--help']));
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Examples:\n {2}asm /);
    }
  });

  it('shows the help when run with no command', async () => {
    const r = (await asm([]));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: asm/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('prints the version', async () => {
    const r = (await asm(['--version']));
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown command and an unknown option with exit 2 and a hint', async () => {
    for (const args of [['lokup', 'x'], ['lookup', 'x', '--bogus'], ['list', '--pilar', 'x']]) {
      const r = (await mini(args));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error: /);
      expect(r.stderr).toMatch(/hint: run `asm --help`/);
      expect(r.stdout).toBe('');
    }
    expect((await mini(['lokup', 'x'])).stderr).toMatch(/Did you mean lookup\?/);
  });

  it('asks for the missing argument', async () => {
    const r = (await mini(['lookup']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'name'/);
  });
});

describe('asm lookup', () => {
  it('finds a drug by brand, case-insensitively, and shows every section', async () => {
    const r = (await mini(['lookup', 'TEGRETOL']));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Carbamazepine  drug · carbamazepine');
    for (const title of ['MECHANISM', 'USES', 'MAY WORSEN', 'PHARMACOKINETICS', 'ENZYMES', 'INTERACTIONS', 'SAFETY', 'PREGNANCY', 'WITHDRAWAL', 'SOURCES']) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stdout).toMatch(/Half-life: +12–17 h/);
    expect(r.stdout).toMatch(/\n {2}\[2\] +Tomson T, et al\. Comparative risk/);
  });

  it('accepts a name in several words', async () => {
    expect((await mini(['lookup', 'valproic', 'acid'])).stdout).toMatch(/^Valproate/);
  });

  it('shows one section by name or alias', async () => {
    const r = (await mini(['lookup', 'cbz', '--section', 'teratogenicity']));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PREGNANCY');
    expect(r.stdout).not.toContain('MECHANISM');
  });

  it('shows mechanisms with the drugs derived from drug records', async () => {
    const r = (await mini(['lookup', 'sodium-channel-block']));
    expect(r.stdout).toMatch(/Main action: +Carbamazepine/);
    expect(r.stdout).toMatch(/Also acts here: +Valproate/);
  });

  it('shows conditions with the ladder as tiers, and what to avoid or use with caution', async () => {
    const r = await mini(['lookup', 'petit', 'mal', '--section', 'treatment']);
    expect(r.stdout).toMatch(/First-line monotherapy\n +• Ethosuximide \[\d\]\n +Second-line monotherapy\n +• Valproate: A test note/);
    const w = await mini(['lookup', 'petit', 'mal', '--section', 'worsens']);
    expect(w.stdout).toMatch(/Avoid\n +▲ Carbamazepine: May worsen absence seizures/);
    expect(w.stdout).toMatch(/Use with caution: may worsen\n +• Valproate: A test warning/);
  });

  it('one section still lists the sources its markers point at', async () => {
    const r = await mini(['lookup', 'Tegretol', '--section', 'pregnancy']);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/Antiepileptic Drugs and Pregnancy \(EURAP\) 2018, all doses: 5\.5% \(95% confidence interval \(CI\) 4\.5–6\.6%; n = 1957\) \[2\]/);
    expect(r.stdout).toMatch(/SOURCES\n {2}\[1\] +US prescribing information, Tegretol[\s\S]*\n {2}\[2\] +Tomson T/);
    expect(r.stdout).not.toMatch(/MECHANISM/);
  });

  it('a drug page derives what it may worsen and its interactions from the other records', async () => {
    const r = await mini(['lookup', 'carbamazepine']);
    expect(r.stdout).toMatch(/MAY WORSEN\n +▲ Absence seizures \(avoid\): May worsen absence seizures\. \[\d+\]/);
    expect(r.stdout).toMatch(/What Carbamazepine changes[^\n]*\n(?: +[▲•] [^\n]*\n)*? +▲ Combined oral contraceptive pill: ↓ \(major\), via CYP3A4/);
    expect(r.stdout).toMatch(/ +• Valproate: ↓ \(moderate\), via UDP-glucuronosyltransferase \(UGT\) \[\d+\]/);
    const v = await mini(['lookup', 'valproate', '--section', 'interactions']);
    expect(v.stdout).toMatch(/What changes Valproate[^\n]*\n(?: +[▲•] [^\n]*\n)*? +• Carbamazepine: ↓ \(moderate\), via UGT \[\d+\]/);
    expect(v.stdout.replace(/\s+/g, ' ')).toMatch(/asm interact valproate OTHER \(one pair\)/);
  });

  it('finds a class and lists the drugs that name it', async () => {
    const r = await mini(['lookup', 'carboxamides']);
    expect(r.stdout).toMatch(/^Dibenzazepines {2}drug class · dibenzazepine/);
    expect(r.stdout).toMatch(/DRUGS IN THIS CLASS\n +• Carbamazepine/);
  });

  it('finds an enzyme and a registry by name', async () => {
    const e = await mini(['lookup', 'CYP3A4']);
    expect(e.stdout).toMatch(/Induced by: +Carbamazepine/);
    expect(e.stdout).toMatch(/Clears: +Carbamazepine, Ethosuximide, Combined oral contraceptive pill \(major\)/);
    const g = await mini(['lookup', 'North American AED Pregnancy Registry']);
    expect(g.stdout).toMatch(/Unexposed baseline: 1\.1%, n = 442 \(2012\)/);
    expect(g.stdout).toMatch(/Valproate \(2012\): 9\.3% major congenital malformations/);
  });

  it('a misspelling exits 1 with suggestions on stderr and nothing on stdout', async () => {
    const r = (await mini(['lookup', 'carbamazpine']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: no record named "carbamazpine"\nhint: did you mean carbamazepine?\n');
  });

  it('an unknown name with no near miss points at list and search', async () => {
    const r = (await mini(['lookup', 'aspirin']));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hint: `asm list` shows every drug; `asm search "aspirin"`/);
  });

  it('an empty name is a usage error', async () => {
    const r = (await mini(['lookup', '  ']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/give the name of a record/);
  });

  it('an unknown section exits 2 and lists the sections', async () => {
    const r = (await mini(['lookup', 'cbz', '--section', 'colour']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no section "colour" for a drug\nhint: sections: overview, mechanism, uses/);
  });

  it('prints the JSON contract', async () => {
    const r = (await mini(['lookup', 'Carbatrol', '--json']));
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

  it('wraps to the terminal width', async () => {
    const r = (await mini(['lookup', 'carbamazepine'], { COLUMNS: '50' }));
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(50);
  });
});

describe('asm compare', () => {
  it('puts two drugs side by side and marks differing rows', async () => {
    const r = (await mini(['compare', 'carbamazepine', 'ethosuximide'], { COLUMNS: '120' }));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ +│ Carbamazepine +│ Ethosuximide +│/);
    expect(r.stdout).toMatch(/\* Half-life +│ 12–17 h +│ 30–60 h/);
    expect(r.stdout).toContain('* the drugs differ in this row');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('turns the table when the drugs do not fit the width', async () => {
    const r = (await mini(['compare', 'carbamazepine', 'valproate', 'ethosuximide'], { COLUMNS: '60' }));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('│');
    expect(r.stdout).toMatch(/\* Half-life\n {2}Carbamazepine +12–17 h\n {2}Valproate +9–16 h\n {2}Ethosuximide +30–60 h/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('shows chosen fields and JSON', async () => {
    const r = (await mini(['compare', 'cbz', 'vpa', '--fields', 'iv,elimination', '--json']));
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

  it('rejects bad input with a hint', async () => {
    const cases: [string[], number, RegExp][] = [
      [['compare', 'cbz'], 2, /at least two drugs/],
      [['compare', 'cbz', 'tegretol'], 2, /"tegretol" is Carbamazepine again/],
      [['compare', 'cbz', 'vpa', '--fields', 'colour'], 2, /unknown field: colour\nhint: fields: class, mechanism/],
      [['compare', 'cbz', 'carbamazpine'], 1, /no drug named "carbamazpine"\nhint: did you mean carbamazepine\?/],
      [['compare', 'cbz', 'absence'], 1, /"absence" is a seizure type, not a drug/],
    ];
    for (const [args, code, message] of cases) {
      const r = (await mini(args));
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('asm list', () => {
  it('lists every drug with a count', async () => {
    const r = (await mini(['list']));
    expect(r.stdout).toMatch(/Carbamazepine[\s\S]*Ethosuximide[\s\S]*Valproate/);
    expect(r.stdout).toMatch(/3 of 3 drugs/);
  });

  it('combines filters, resolving names of mechanisms and conditions', async () => {
    const r = (await mini(['list', '--pillar', 'Sodium channel blockade', '--iv', '--json']));
    expect(JSON.parse(r.stdout).map((d: { id: string }) => d.id)).toEqual(['valproate']);
    const w = (await mini(['list', '--worsens', 'petit mal', '--json']));
    expect(JSON.parse(w.stdout).map((d: { id: string }) => d.id)).toEqual(['carbamazepine', 'valproate']);
    const t = (await mini(['list', '--treats', 'CAE', '--json']));
    expect(JSON.parse(t.stdout).map((d: { id: string }) => d.id)).toEqual(['ethosuximide']);
  });

  it('says so when nothing passes the filters', async () => {
    const r = (await mini(['list', '--treats', 'absence', '--inducer']));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No drug in the records passes all these filters/);
    expect(JSON.parse((await mini(['list', '--treats', 'absence', '--inducer', '--json'])).stdout)).toEqual([]);
  });

  it('lists other kinds', async () => {
    expect((await mini(['list', 'syndromes'])).stdout).toContain('childhood-absence-epilepsy');
  });

  it('rejects bad filters', async () => {
    expect((await mini(['list', '--pillar', 'absence'])).stderr).toMatch(/"absence" is a seizure type, not a mechanism/);
    expect((await mini(['list', '--treats', 'carbamazepine'])).code).toBe(1);
    expect((await mini(['list', '--treats', 'absense'])).stderr).toMatch(/did you mean absence\?/);
    expect((await mini(['list', 'syndromes', '--iv'])).code).toBe(2);
    expect((await mini(['list', 'pizzas'])).code).toBe(2);
  });
});

describe('asm search', () => {
  it('shows ranked hits with record, field and snippet', async () => {
    const r = (await mini(['search', 'hyponatremia']));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Carbamazepine (drug) adverse effect: Hyponatremia');
  });

  it('highlights matches in colour when asked to', async () => {
    const r = (await mini(['search', 'hyponatremia'], { FORCE_COLOR: '1' }));
    expect(r.stdout).toContain('\u001b[1m\u001b[33mHyponatremia');
  });

  it('prints JSON hits', async () => {
    const hits = JSON.parse((await mini(['search', 'HLA-B', '--json'])).stdout);
    expect(hits[0]).toMatchObject({ id: 'carbamazepine', kind: 'drug', field: expect.stringContaining('HLA-B'), snippet: expect.stringContaining('HLA-B') });
  });

  it('says when nothing matches, and rejects empty queries and bad limits', async () => {
    expect((await mini(['search', 'xylophone'])).stdout).toMatch(/Nothing in the records mentions "xylophone"/);
    expect((await mini(['search', '--', '---'])).code).toBe(2);
    expect((await mini(['search', 'x', '--limit', '0'])).stderr).toMatch(/--limit must be a whole number from 1 to 100/);
  });
});

describe('asm validate and bad data', () => {
  it('accepts a valid folder', async () => {
    const r = (await asm(['validate', MINI]));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok .*mini: 16 record files; 3 drugs, 1 co-medication, 1 drug class, 3 mechanisms, 2 seizure types, 1 syndrome, 2 interactions/);
  });

  it.each([
    ['malformed-yaml', /drugs\/carbamazepine\.yaml:4:1: malformed YAML/],
    ['schema-violation', /drugs\/carbamazepine\.yaml:23:10: halfLife\.hours: range must be/],
    ['broken-reference', /drugs\/carbamazepine\.yaml:8:16: mechanisms\[0\]\.mechanism: unknown mechanism "sodium-chanel-block"/],
    ['duplicate', /mechanisms\/valproate\.yaml:1:5: id: the name "valproate" is already used by the drug "valproate"/],
    ['contradiction', /"valproate" is on the ladder \(second-line\) and also to be avoided/],
    ['empty-file', /drugs\/carbamazepine\.yaml: file is empty/],
    ['unreadable', /drugs\/ghost\.yaml: cannot read the file/],
    ['alias-bomb', /drugs\/bomb\.yaml:1:1: too many alias expansions/],
  ])('%s: lists the problem and exits 1', async (name, message) => {
    const r = (await asm(['validate', join(FIXTURES, 'bad', name)]));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stderr).toMatch(/\d+ problems? in \d+ files?/);
    noStackTrace(r.stderr);
  });

  it('prints problems as JSON', async () => {
    const j = JSON.parse((await asm(['validate', join(FIXTURES, 'bad', 'schema-violation'), '--json'])).stdout);
    expect(j.ok).toBe(false);
    expect(j.problems[2]).toMatchObject({ line: 23, col: 10, field: 'halfLife.hours' });
  });

  it('a command on bad data names the problems and points at validate', async () => {
    const dir = join(FIXTURES, 'bad', 'broken-reference');
    const r = (await asm(['--data', dir, 'lookup', 'carbamazepine']));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: the records in .*broken-reference have 5 problems\n {2}drugs\/carbamazepine\.yaml:5:11/);
    expect(r.stderr).toMatch(/hint: run `asm validate .*broken-reference` to list them all/);
    noStackTrace(r.stderr);
  });

  it('ASM_DATA works like --data, and a missing folder is a clear error', async () => {
    expect((await asm(['lookup', 'cbz'], { env: { ASM_DATA: MINI } })).code).toBe(0);
    const r = (await asm(['--data', '/no/such/folder', 'list']));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/data folder not found: \/no\/such\/folder\nhint: check the path given to --data or ASM_DATA/);
    expect((await asm(['validate', '/no/such/folder'])).stderr).toMatch(/no such folder/);
  });

});

describe('terminal conventions', () => {
  it('no colour when piped, with NO_COLOR, or with --no-color; colour when forced', async () => {
    expect((await mini(['lookup', 'cbz'])).stdout).not.toMatch(ANSI);
    expect((await mini(['lookup', 'cbz'], { FORCE_COLOR: '1' })).stdout).toMatch(ANSI);
    expect((await mini(['lookup', 'cbz'], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await mini(['lookup', 'cbz', '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await mini(['lookup', 'nothing'], { FORCE_COLOR: '1', NO_COLOR: '1' })).stderr).not.toMatch(ANSI);
  });
});

describe('defects found when tried as a new user would', () => {
  it('escape characters in a name are shown, not sent to the terminal', async () => {
    const r = await mini(['lookup', '\u001b[31mred']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no record named "^[[31mred"');
    expect(r.stderr).not.toContain('\u001b[31m');
  });

  it('an empty folder is not a records folder', async () => {
    const dir = tempDir('asm-empty-');
    const r = await asm(['--data', dir, 'lookup', 'cbz']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no records here: a records folder holds drugs\//);
  });

  it("a stray README or editor backup in a teacher's folder blocks nothing", async () => {
    const dir = join(tempDir('asm-stray-'), 'data');
    cpSync(MINI, dir, { recursive: true });
    writeFileSync(join(dir, 'README.md'), '# my notes\n');
    writeFileSync(join(dir, 'drugs', 'carbamazepine.yaml~'), 'garbage: [');
    expect((await asm(['--data', dir, 'lookup', 'cbz'])).code).toBe(0);
    const v = await asm(['validate', dir]);
    expect(v.code).toBe(0);
    expect(v.stderr).toMatch(/ignored: .*drugs\/carbamazepine\.yaml~ \(not a record/);
    writeFileSync(join(dir, 'drugs', 'broken.yaml'), 'id: [');
    expect((await asm(['--data', dir, 'lookup', 'cbz'])).code).toBe(1);
  });

  it('a search of 1,800 words is a usage error, not an internal error', async () => {
    const r = await mini(['search', ...Array.from({ length: 1800 }, (_, i) => `word${i}`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the search is too long \(1800 words/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('says "1 syndrome", not "1 syndromes"', async () => {
    expect((await asm(['validate', MINI])).stdout).toMatch(/1 syndrome,/);
  });

  it('asm help NAME shows that help on stdout; an unknown NAME is a usage error', async () => {
    const ok = await asm(['help', 'lookup']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Usage: asm lookup/);
    const bad = await asm(['help', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no command "nope"/);
  });

  it('help never runs past 80 columns and never breaks a word', async () => {
    for (const argv of [['--help'], ['simulate', '--help'], ['treat', '--help'], ['lookup', '--help']]) {
      const r = await asm(argv, { env: { COLUMNS: '80' } });
      for (const line of r.stdout.split('\n')) expect(line.length, `${argv.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
    }
  });

  it('narrow terminals: compare and list fit 40 columns', async () => {
    for (const argv of [['compare', 'carbamazepine', 'valproate', 'ethosuximide'], ['list']]) {
      const r = await mini(argv, { COLUMNS: '40' });
      for (const line of r.stdout.split('\n')) expect([...line].length, `${argv.join(' ')}: ${line}`).toBeLessThanOrEqual(40);
    }
    const c = await mini(['compare', 'carbamazepine', 'valproate', 'ethosuximide'], { COLUMNS: '40' });
    expect(c.stdout).toMatch(/\n {2}Carbamazepine\n {4}Sodium channel blockade/);
  });
});
