/** Help-text helpers shared by the command declarations. */
import { displayWidth, wrap } from '../present/text.js';

/**
 * An "Examples:" block for `--help`: commands and explanations side by side when every
 * row fits the width, otherwise each explanation under its command; nothing wider than `width`.
 */
export function renderExamples(rows: readonly (readonly [command: string, explanation: string])[], width: number): string {
  if (rows.length === 0) return '';
  const col = Math.max(...rows.map(([c]) => displayWidth(c)));
  const sideBySide = rows.every(([, e]) => 2 + col + 3 + displayWidth(e) <= width);
  const lines = rows.map(([c, e]) => (sideBySide ? `  ${c.padEnd(col)}   ${e}` : `${wrap(c, width, 4, '  ')}\n${wrap(e, width, 6)}`));
  return `\nExamples:\n${lines.join('\n')}\n`;
}
