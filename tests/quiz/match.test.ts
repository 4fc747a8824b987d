import { describe, expect, it } from 'vitest';
import { diffChars, diffText, matchAnswer } from '../../src/quiz/match.js';

const DRUGS: Record<string, string[]> = {
  levetiracetam: ['levetiracetam', 'Keppra'],
  lamotrigine: ['lamotrigine', 'Lamictal'],
  brivaracetam: ['brivaracetam', 'Briviact'],
  carbamazepine: ['carbamazepine', 'Tegretol'],
  oxcarbazepine: ['oxcarbazepine', 'Trileptal'],
  eslicarbazepine: ['eslicarbazepine', 'Aptiom'],
  phenytoin: ['phenytoin', 'Dilantin'],
  fosphenytoin: ['fosphenytoin', 'Cerebyx'],
  clobazam: ['clobazam', 'Onfi'],
  clonazepam: ['clonazepam', 'Klonopin'],
  valproate: ['valproate', 'sodium valproate', 'valproic acid', 'Depakote', 'Epilim'],
  ethosuximide: ['ethosuximide', 'Zarontin'],
  pregabalin: ['pregabalin', 'Lyrica'],
  gabapentin: ['gabapentin', 'Neurontin'],
};
const others = (id: string) => Object.entries(DRUGS).filter(([k]) => k !== id).flatMap(([, v]) => v);
const drug = (typed: string, id: string) => matchAnswer(typed, DRUGS[id]!, others(id)).correct;

describe('free-recall matching', () => {
  it('accepts typos in proportion to length', () => {
    expect(drug('levetiracetam', 'levetiracetam')).toBe(true);
    expect(drug('Levetiracetem', 'levetiracetam')).toBe(true);
    expect(drug('levitiracetam', 'levetiracetam')).toBe(true);
    expect(drug('carbamazapine', 'carbamazepine')).toBe(true);
    expect(drug('ethosuximid', 'ethosuximide')).toBe(true);
    expect(drug('etosuxamide', 'ethosuximide')).toBe(true);
  });

  it('accepts brand names and aliases, in any case', () => {
    expect(drug('keppra', 'levetiracetam')).toBe(true);
    expect(drug('KEPRA', 'levetiracetam')).toBe(true);
    expect(drug('Depakote', 'valproate')).toBe(true);
    expect(drug('valproic acid', 'valproate')).toBe(true);
  });

  it('accepts a different word order and ignores small words and punctuation', () => {
    expect(matchAnswer('calcium channels, T-type', ['T-type calcium channels']).correct).toBe(true);
    expect(matchAnswer('acid valproic', DRUGS.valproate!).correct).toBe(true);
    expect(matchAnswer('inhibitor of CYP2C9', ['CYP2C9 inhibitor']).correct).toBe(true);
  });

  it('rejects a near-miss drug, even when within the typo allowance', () => {
    expect(drug('lamotrigine', 'levetiracetam')).toBe(false);
    expect(drug('brivaracetam', 'levetiracetam')).toBe(false);
    expect(drug('oxcarbazepine', 'carbamazepine')).toBe(false);
    expect(drug('phenytoin', 'fosphenytoin')).toBe(false);
    expect(drug('fosphenytoin', 'phenytoin')).toBe(false);
    expect(drug('clonazepam', 'clobazam')).toBe(false);
    expect(drug('clobazam', 'clonazepam')).toBe(false);
    expect(drug('pregabalin', 'gabapentin')).toBe(false);
    expect(matchAnswer('lamotrigine', DRUGS.levetiracetam!, others('levetiracetam')).nearMiss).toBe('lamotrigine');
  });

  it('needs codes exactly and every significant word', () => {
    expect(matchAnswer('SV2A', ['SV2A']).correct).toBe(true);
    expect(matchAnswer('sv2b', ['SV2A']).correct).toBe(false);
    expect(matchAnswer('HLA-B*15:02', ['HLA-B*15:02']).correct).toBe(true);
    expect(matchAnswer('HLA-B*15:01', ['HLA-B*15:02']).correct).toBe(false);
    expect(matchAnswer('sodium channels', ['T-type calcium channels']).correct).toBe(false);
    expect(matchAnswer('calcium channels', ['T-type calcium channels']).correct).toBe(false);
    expect(matchAnswer('', ['SV2A']).correct).toBe(false);
  });

  it('shows the difference', () => {
    expect(diffText(diffChars('levetiracetem', 'levetiracetam'))).toBe('levetiracet[-e-]{+a+}m');
    expect(diffText(diffChars('keppra', 'keppra'))).toBe('keppra');
    expect(diffText(diffChars('lamotrigin', 'lamotrigine'))).toBe('lamotrigin{+e+}');
  });
});
