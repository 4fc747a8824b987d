import { describe, expect, it } from 'vitest';
import { renderSection } from '../../src/present/doc.js';
import { makeStyle } from '../../src/present/style.js';

describe('a section rendered for the terminal', () => {
  it('keeps a space between a three-digit source number and its title, in one column', () => {
    const out = renderSection({ key: 'sources', title: 'Sources', blocks: [{ type: 'ref', n: 9, text: 'Nine' }, { type: 'ref', n: 100, text: 'Fuerst RH' }] }, makeStyle(0), 80);
    expect(out.split('\n')).toEqual(['SOURCES', '  [9]   Nine', '  [100] Fuerst RH']);
  });

  it('wraps a long item under its own text, not under the bullet', () => {
    const out = renderSection({ key: 'x', title: 'X', blocks: [{ type: 'item', text: 'alpha beta gamma delta epsilon zeta eta theta' }] }, makeStyle(0), 24);
    const lines = out.split('\n').slice(1);
    expect(lines[0]).toMatch(/^ {2}• alpha/);
    expect(lines.slice(1).every((l) => /^ {4}\S/.test(l))).toBe(true);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
  });
});
