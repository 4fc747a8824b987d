import { describe, expect, it } from 'vitest';
import { makeStyle } from '../../src/present/style.js';
import { formatRange } from '../../src/domain/format.js';
import { displayWidth, stripAnsi, wrap, wrapLines } from '../../src/present/text.js';

describe('display width', () => {
  it.each([
    ['plain', 5],
    ['', 0],
    ['µM α2δ ≥ –', 10],
    ['漢字', 4],
    ['e\u0301', 1],
    ['\u001b[1mbold\u001b[22m', 4],
  ])('%j is %d columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });
});

describe('wrapping', () => {
  const text = 'Carbamazepine binds preferentially to sodium channels that have just opened and inactivated, and slows their recovery.';

  it('never exceeds the room and keeps every word in order', () => {
    for (const room of [20, 33, 50, 80]) {
      const lines = wrapLines(text, room);
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(room);
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('fills lines greedily', () => {
    expect(wrapLines('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
  });

  it('splits a word longer than the line', () => {
    expect(wrapLines('https://example.org/a/very/long/address', 20)).toEqual(['https://example.org/', 'a/very/long/address']);
  });

  it('ignores colour codes when measuring', () => {
    const s = makeStyle(1);
    const coloured = text.split(' ').map((w, i) => (i % 2 ? s.bold(w) : w)).join(' ');
    const lines = wrapLines(coloured, 30);
    expect(lines.map(stripAnsi)).toEqual(wrapLines(text, 30));
  });

  it('indents following lines and prefixes the first', () => {
    expect(wrap('one two three four five six', 20, 4, '  • ')).toBe('  • one two three\n    four five six');
  });

  it('formats ranges with units', () => {
    expect(formatRange([12, 17], 'h')).toBe('12–17 h');
    expect(formatRange([76, 76], '%')).toBe('76%');
  });
});
