/**
 * `asm compare` output: a side-by-side table when the drugs fit the width, otherwise the
 * table turned on its side (one block per field, one line per drug). Rows where the
 * drugs differ are marked with "*" and, in colour, highlighted; rows where they agree
 * are dimmed.
 */
import type { CompareRow } from '../domain/compare.js';
import type { Style } from './style.js';
import { borderCost, renderTable } from './table.js';
import { displayWidth, wrap } from './text.js';

/** Narrowest drug column worth showing side by side. */
const MIN_DRUG_COLUMN = 18;

export function renderCompare(names: string[], rows: CompareRow[], style: Style, width: number): string {
  const label = (r: CompareRow) => (r.differs ? style.bold.yellow(`* ${r.label}`) : style.dim(`  ${r.label}`));
  const labelWidth = Math.max(...rows.map((r) => r.label.length + 2));
  const perDrug = Math.floor((width - borderCost(names.length + 1) - labelWidth) / names.length);
  const legend = style.dim('* the drugs differ in this row');
  if (perDrug >= MIN_DRUG_COLUMN) {
    const body = rows.map((r) => [label(r), ...r.cells.map((c) => (r.differs ? c : style.dim(c)))]);
    return `${renderTable(['', ...names.map((n) => style.bold(n))], body, width)}\n${legend}`;
  }
  // Turned: too many drugs for the width. Each drug's name, then its cell beside it when
  // the name leaves room, otherwise on the lines below it.
  const longest = Math.max(...names.map((n) => displayWidth(n)));
  const beside = longest + 2 <= Math.floor(width / 3);
  const nameWidth = longest + 2;
  const blocks = rows.map((r) => {
    const lines = r.cells.map((c, i) => {
      const cell = r.differs ? c : style.dim(c);
      const name = style.bold(names[i]!);
      return beside ? wrap(cell, width, nameWidth + 2, `  ${name}${' '.repeat(nameWidth - displayWidth(names[i]!))}`) : `  ${name}\n${wrap(cell, width, 4)}`;
    });
    return [wrap(label(r), width, 4), ...lines].join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${legend}`;
}
