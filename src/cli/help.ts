/** Help-text helpers shared by the command files. */

/** An "Examples:" block for `--help`, commands aligned. */
export function examples(rows: [command: string, explanation: string][]): string {
  const width = Math.max(...rows.map(([c]) => c.length));
  return `\nExamples:\n${rows.map(([c, e]) => `  ${c.padEnd(width)}   ${e}`).join('\n')}\n`;
}
