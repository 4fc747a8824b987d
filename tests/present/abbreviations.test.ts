import { describe, expect, it } from 'vitest';
import { spellOut, spellOutDoc } from '../../src/present/abbreviations.js';

describe('abbreviations spelled out where they first appear', () => {
  it('spells out the first use only', () => {
    const seen = new Set<string>();
    expect(spellOut('Risk of SJS rises; SJS is rare.', seen)).toBe('Risk of Stevens-Johnson syndrome (SJS) rises; SJS is rare.');
    expect(spellOut('Another SJS case.', seen)).toBe('Another SJS case.');
  });

  it('leaves an abbreviation that the text already explains', () => {
    expect(spellOut('drug reaction with eosinophilia and systemic symptoms (DRESS) is serious', new Set())).toBe('drug reaction with eosinophilia and systemic symptoms (DRESS) is serious');
    expect(spellOut('DRESS (a hypersensitivity reaction) is serious', new Set())).toBe('DRESS (a hypersensitivity reaction) is serious');
  });

  it('does not read a Roman numeral as intravenous', () => {
    expect(spellOut('inhibits carbonic anhydrase isozymes II and IV', new Set())).toBe('inhibits carbonic anhydrase isozymes II and IV');
    expect(spellOut('type IV hypersensitivity; give IV lorazepam', new Set())).toBe('type IV hypersensitivity; give intravenous (IV) lorazepam');
  });

  it('names the enzyme behind a CYP or UGT code once', () => {
    const seen = new Set<string>();
    expect(spellOut('induces CYP3A4 and UGT1A4', seen)).toBe('induces CYP3A4 (cytochrome P450 3A4) and UGT1A4 (UDP-glucuronosyltransferase 1A4)');
    expect(spellOut('CYP3A4 again', seen)).toBe('CYP3A4 again');
  });

  it('goes through a page in order and leaves the sources as cited', () => {
    const doc = spellOutDoc({
      title: 't',
      sections: [
        { key: 'a', title: 'A', blocks: [{ type: 'para', text: 'MCM risk' }] },
        { key: 'b', title: 'B', blocks: [{ type: 'kv', key: 'k', value: 'MCM again' }] },
        { key: 'sources', title: 'Sources', blocks: [{ type: 'ref', n: 1, text: 'EURAP MCM report' }] },
      ],
    });
    expect(doc.sections[0]!.blocks[0]).toMatchObject({ text: 'major congenital malformation (MCM) risk' });
    expect(doc.sections[1]!.blocks[0]).toMatchObject({ value: 'MCM again' });
    expect(doc.sections[2]!.blocks[0]).toMatchObject({ text: 'EURAP MCM report' });
  });
});
