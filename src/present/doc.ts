/**
 * A small document model for sectioned, cited text (lookup pages, explanations), and
 * its renderer: headings, paragraphs, bullets and key-value lines wrapped to the
 * terminal width, with citation markers like [1,3] pointing at a numbered source list.
 */
import type { Style } from './style.js';
import { displayWidth, wrap } from './text.js';

export type Block =
  | { type: 'para'; text: string; cite?: number[]; indent?: number }
  | { type: 'ref'; n: number; text: string }
  | { type: 'item'; text: string; label?: string; cite?: number[]; warn?: boolean }
  | { type: 'kv'; key: string; value: string; cite?: number[] }
  | { type: 'sub'; text: string };

export interface Section {
  /** Name used by --section. */
  key: string;
  title: string;
  blocks: Block[];
}

export interface Doc {
  title: string;
  subtitle?: string;
  sections: Section[];
}

function marker(cite: number[] | undefined, style: Style): string {
  return cite && cite.length > 0 ? ` ${style.dim(`[${cite.join(',')}]`)}` : '';
}

export function renderSection(section: Section, style: Style, width: number): string {
  const out: string[] = [style.bold.cyan(section.title.toUpperCase())];
  const kvWidth = Math.min(22, Math.max(0, ...section.blocks.map((b) => (b.type === 'kv' ? b.key.length + 2 : 0))));
  // Source labels share one column, wide enough for [100] and a space.
  const refWidth = Math.max(5, ...section.blocks.map((b) => (b.type === 'ref' ? `[${b.n}]`.length + 1 : 0)));
  for (const b of section.blocks) {
    switch (b.type) {
      case 'para':
        out.push(wrap(b.text + marker(b.cite, style), width, b.indent ?? 2));
        break;
      case 'ref': {
        const label = `[${b.n}]`.padEnd(refWidth);
        out.push(wrap(b.text, width, 2 + label.length, `  ${style.dim(label)}`));
        break;
      }
      case 'sub':
        out.push(wrap(style.bold(b.text), width, 4, '  '));
        break;
      case 'item': {
        const bullet = b.warn ? style.red('▲ ') : '• ';
        const label = b.label ? `${style.bold(b.label)}${b.text ? ': ' : ''}` : '';
        out.push(wrap(label + b.text + marker(b.cite, style), width, 4, `  ${bullet}`));
        break;
      }
      case 'kv': {
        const key = `${b.key}:`.padEnd(kvWidth);
        out.push(wrap(b.value + marker(b.cite, style), width, 2 + kvWidth, `  ${style.bold(key)}`));
        break;
      }
    }
  }
  return out.join('\n');
}

/**
 * The whole page, or one section of it. One section keeps its citation numbers and is
 * followed by the sources it cites, so every marker still resolves.
 */
export function renderDoc(doc: Doc, style: Style, width: number, only?: string): string {
  let sections = only ? doc.sections.filter((s) => s.key === only) : doc.sections;
  if (only && only !== 'sources') {
    const cited = new Set(sections.flatMap((s) => s.blocks.flatMap((b) => ('cite' in b && b.cite ? b.cite : []))));
    const refs = doc.sections.find((s) => s.key === 'sources')?.blocks.filter((b) => b.type === 'ref' && cited.has(b.n)) ?? [];
    if (refs.length) sections = [...sections, { key: 'sources', title: 'Sources', blocks: refs }];
  }
  const fits = !doc.subtitle || displayWidth(`${doc.title}  ${doc.subtitle}`) <= width;
  const head = [
    fits ? style.bold(doc.title) + (doc.subtitle ? `  ${style.dim(doc.subtitle)}` : '') : `${wrap(style.bold(doc.title), width)}\n${wrap(style.dim(doc.subtitle!), width)}`,
  ];
  return [...head, ...sections.map((s) => renderSection(s, style, width))].join('\n\n');
}
