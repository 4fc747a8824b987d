/**
 * Tables that fit the terminal: cli-table3 with column widths computed from the width
 * (its word wrap does nothing without them) and with its default colours turned off
 * (it would colour borders even when piped); cells are coloured by the caller.
 */
import Table from 'cli-table3';
import { displayWidth, wrap } from './text.js';

/** Columns needed for a table's borders and padding: "│ " before each cell and " │" at the end. */
export function borderCost(columns: number): number {
  return columns * 3 + 1;
}

/**
 * Share `width` among columns: each gets what its content needs up to a fair share;
 * what is left goes to the columns that want more. `min` keeps narrow columns readable.
 */
export function fitColumns(wants: number[], width: number, min = 6): number[] {
  const room = Math.max(wants.length * min, width - borderCost(wants.length));
  const widths = wants.map((w) => Math.max(min, Math.min(w, Math.floor(room / wants.length))));
  let left = room - widths.reduce((a, b) => a + b, 0);
  // Hand out the rest, one column at a time, to those still short of what they want.
  while (left > 0) {
    const hungry = widths.map((w, i) => ({ i, short: wants[i]! - w })).filter((c) => c.short > 0);
    if (hungry.length === 0) break;
    const share = Math.max(1, Math.floor(left / hungry.length));
    for (const { i, short } of hungry) {
      const add = Math.min(short, share, left);
      widths[i]! += add;
      left -= add;
      if (left === 0) break;
    }
  }
  return widths;
}

/** Narrowest column a table shows; below it the rows are stacked instead. */
const MIN_COLUMN = 8;

export function renderTable(head: string[], rows: string[][], width: number): string {
  if (head.length * MIN_COLUMN + borderCost(head.length) > width) return stacked(head, rows, width);
  const wants = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => longestLine(r[c] ?? ''))));
  const colWidths = fitColumns(wants, width, MIN_COLUMN).map((w) => w + 2);
  const table = new Table({
    head,
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  table.push(...rows);
  return table.toString();
}

function longestLine(cell: string): number {
  return Math.max(0, ...cell.split('\n').map((l) => displayWidth(l)));
}

/**
 * A table too wide for the terminal, as one block per row: the first cell as a heading,
 * then "Column: value" lines, wrapped to the width.
 */
function stacked(head: string[], rows: string[][], width: number): string {
  const keyWidth = Math.max(...head.slice(1).map((h) => displayWidth(h))) + 2;
  const fits = keyWidth <= Math.floor(width / 2);
  return rows
    .map((r) => {
      const lines = [wrap(r[0] ?? '', width)];
      head.slice(1).forEach((h, i) => {
        const value = (r[i + 1] ?? '').replace(/\n/g, ' ');
        if (!value) return;
        lines.push(fits ? wrap(value, width, 2 + keyWidth, `  ${`${h}:`.padEnd(keyWidth)}`) : `  ${h}:\n${wrap(value, width, 4)}`);
      });
      return lines.join('\n');
    })
    .join('\n\n');
}
