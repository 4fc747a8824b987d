/** asm treat, asm interact and asm pregnancy in-process, on the shipped records: output, JSON contracts and bad input. */
import { describe, expect, it } from 'vitest';
import { STACK_LINE } from '../helpers/cli.js';
import { asm } from '../helpers/run.js';

const json = async (argv: string[]) => JSON.parse((await asm([...argv, '--json'])).stdout);

describe('asm treat', () => {
  it('prints the ladder, what to avoid and why, with numbered sources', async () => {
    const r = await asm(['treat', 'absence']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/THE LADDER, FOR THIS PATIENT/);
    expect(r.stdout).toMatch(/AVOID\n +▲ Carbamazepine: [\s\S]*?\[\d/);
    expect(r.stdout).toMatch(/\nSOURCES\n {2}\[1\]/);
  });

  it('prints the JSON contract', async () => {
    const j = await json(['treat', 'JME', '--childbearing-potential']);
    expect(j).toMatchObject({ condition: 'juvenile-myoclonic-epilepsy' });
    for (const key of ['tiers', 'firstLine', 'alternatives', 'avoid', 'cautions']) expect(j, key).toHaveProperty(key);
    expect(j.tiers[0]).toMatchObject({ tier: 'first-line', drugs: expect.arrayContaining([expect.objectContaining({ id: 'valproate', notes: expect.any(Array) })]) });
    expect(j.avoid[0]).toEqual(expect.objectContaining({ id: expect.any(String), reason: expect.any(String) }));
    expect(j.firstLine.at(-1)).toBe('valproate');
  });

  it('names what the patient takes and its interactions', async () => {
    const r = await asm(['treat', 'focal', '--on', 'the pill', 'warfarin']);
    expect(r.stdout).toMatch(/WITH WHAT THE PATIENT TAKES \(COMBINED ORAL CONTRACEPTIVE PILL, WARFARIN\)\n +▲ Carbamazepine → Combined oral contraceptive pill ↓ \(major\) \[\d/);
    expect(r.stdout).toMatch(/Carbamazepine → Warfarin ↓/);
  });

  it.each([
    [['treat', 'absense'], 1, /no seizure type or syndrome named "absense"[\s\S]*did you mean absence/],
    [['treat', 'carbamazepine'], 1, /"carbamazepine" is a drug, not a seizure type or syndrome/],
    [['treat', 'focal', '--age', '-3'], 2, /--age must be a number from 0 to 120 years, not "-3"/],
    [['treat', 'focal', '--renal', 'bad'], 2, /--renal must be one of normal, mild, moderate, severe, dialysis/],
    [['treat', 'focal', '--on', 'warfarin', 'warfarin'], 2, /--on names Warfarin twice/],
    [['treat', 'focal', '--on', 'aspirn'], 1, /no drug or co-medication named "aspirn"[\s\S]*did you mean/],
  ])('%j exits %i with a message and a hint', async (argv, code, message) => {
    const r = await asm(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).toMatch(/hint: /);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
  });
});

describe('asm interact', () => {
  it('prints documented pairs with mechanism, size, severity, advice and source', async () => {
    const r = await asm(['interact', 'valproate', 'lamotrigine']);
    expect(r.stdout).toMatch(/DOCUMENTED INTERACTIONS\n +▲ Valproate → Lamotrigine ↑ \(major\)/);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/What to do: .*half/);
  });

  it('says plainly when nothing is recorded, and that the records are not exhaustive', async () => {
    const r = await asm(['interact', 'levetiracetam', 'gabapentin']);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/No interaction recorded\. The records are not exhaustive/);
    expect(await json(['interact', 'levetiracetam', 'gabapentin'])).toEqual({ drugs: ['levetiracetam', 'gabapentin'], interactions: [] });
  });

  it('prints the JSON contract, documented and predicted alike', async () => {
    const j = await json(['interact', 'cenobamate', 'phenytoin', 'phenobarbital']);
    expect(j.interactions.length).toBeGreaterThan(0);
    for (const f of j.interactions) {
      expect(f).toEqual(expect.objectContaining({ perpetrator: expect.any(String), victim: expect.any(String), mechanism: expect.any(Array), advice: expect.any(String), documented: expect.any(Boolean) }));
      expect(['up', 'down', 'additive']).toContain(f.direction);
    }
  });

  it('one name alone lists its interactions; --explain walks through the mechanism', async () => {
    const r = await asm(['interact', 'carbamazepine', '--explain']);
    expect(r.stdout).toMatch(/^Interactions of Carbamazepine/);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/How: /);
  });

  it.each([
    [['interact', 'carbamazepine', 'Tegretol'], 2, /Carbamazepine is named twice/],
    [['interact', ...Array.from({ length: 31 }, (_, i) => `x${i}`)], 2, /at most 30 names/],
    [['interact', 'absence', 'valproate'], 1, /"absence" is a seizure type, not a drug or co-medication/],
  ])('%j exits %i', async (argv, code, message) => {
    const r = await asm(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
  });
});

describe('asm pregnancy', () => {
  it('draws the ranked chart with the baseline, then the named risks and breastfeeding', async () => {
    const r = await asm(['pregnancy', 'valproate', 'lamotrigine', '--registry', 'naapr'], { env: { COLUMNS: '100' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^Valproate · NAAPR 2025 +█/);
    expect(r.stdout).toMatch(/┊ unexposed baseline 1\.1% \(North American AED Pregnancy Registry 2012/);
    expect(r.stdout).toMatch(/NAMED RISKS AND RULES\n +▲ Valproate: spina bifida/i);
    expect(r.stdout).toMatch(/BREASTFEEDING\n +• Valproate/);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(100);
  });

  it('prints rows as JSON, highest first, one per registry and dose band', async () => {
    const j = (await json(['pregnancy'])) as { id: string; majorMalformationPercent: number; registry: string; year: number; doseBand: string | null; n: number | null; source: string }[];
    for (let i = 1; i < j.length; i++) expect(j[i - 1]!.majorMalformationPercent).toBeGreaterThanOrEqual(j[i]!.majorMalformationPercent);
    expect(j[0]).toEqual(expect.objectContaining({ id: 'valproate', registry: expect.any(String), year: expect.any(Number), source: expect.stringMatching(/\w/) }));
    const keys = j.map((r) => `${r.id}|${r.registry}|${r.doseBand}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ASCII bars on request; a drug with no rows says that means no data, not no risk', async () => {
    expect((await asm(['pregnancy', 'valproate', '--ascii'])).stdout).toMatch(/#+/);
    expect((await asm(['pregnancy', 'cenobamate'])).stdout).toMatch(/no data, not no risk/);
    expect((await asm(['pregnancy', '--registry', 'nope'])).code).toBe(1);
  });
});
