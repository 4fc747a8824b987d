import { describe, expect, it } from 'vitest';
import { renderMarkdown, type MarkdownHooks } from '../../src/present/markdown.js';
import { makeStyle } from '../../src/present/style.js';
import { renderTable } from '../../src/present/table.js';

const plain = makeStyle(0);
const hooks = (over: Partial<MarkdownHooks> = {}): MarkdownHooks => ({
  cite: (id) => ({ a: 1, b: 2 })[id],
  figure: async (code) => `<figure ${code}>`,
  fact: (key) => (key === 'timing' ? { title: 'Timing', text: 'The tube closes early.', cite: [2] } : undefined),
  table: renderTable,
  ...over,
});
const md = (text: string, width = 60, h = hooks()) => renderMarkdown(text, plain, width, h);

describe('the Markdown renderer', () => {
  it('headings, paragraphs wrapped to the width, bold and code', async () => {
    const out = await md('## Why it matters\n\nA **key term** and `code` in a paragraph long enough to wrap across more than one line of sixty columns.');
    expect(out).toBe('WHY IT MATTERS\n\n  A key term and code in a paragraph long enough to wrap\n  across more than one line of sixty columns.');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('numbers citations, merging neighbours, and drops unknown ones', async () => {
    expect(await md('Fact one [@a]. Fact two [@b][@a]. Both [@a; @b]. Unknown [@zz].')).toBe('  Fact one [1]. Fact two [1,2]. Both [1,2]. Unknown .');
  });

  it('lists, numbered lists and nested lists keep a hanging indent', async () => {
    const out = await md('- first item that is long enough to need wrapping onto a second line here\n- second\n  - nested\n\n1. one\n2. two');
    expect(out).toBe(
      '  • first item that is long enough to need wrapping onto a\n    second line here\n  • second\n     • nested\n\n  1. one\n  2. two',
    );
  });

  it('quotes, tables, figures and facts', async () => {
    expect(await md('> quoted words')).toBe('  │   quoted words');
    const table = await md('| Drug | Rate |\n|---|---|\n| A | 1% |');
    expect(table).toMatch(/│ Drug +│ Rate +│/);
    expect(await md('```figure\nasm pregnancy valproate\n```')).toBe('<figure asm pregnancy valproate>');
    expect(await md('{{fact timing}}')).toBe('  ▌ Timing: The tube closes early. [2]');
  });

  it('spells out an abbreviation in the text once, but not in headings', async () => {
    const out = await md('## About SJS\n\nSJS is rare. SJS again.');
    expect(out).toBe('ABOUT SJS\n\n  Stevens-Johnson syndrome (SJS) is rare. SJS again.');
  });
});
