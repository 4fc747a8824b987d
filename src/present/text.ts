/**
 * Text measuring and wrapping for the terminal.
 *
 * Written here rather than taken from wrap-ansi/string-width: wrapping one `asm lookup`
 * page with wrap-ansi 7 took about 60 ms (it measures every word with a large emoji
 * regex), and string-width 8 costs about 70 ms just to load; start-up is the budget a
 * student feels on every command. What we need is small: words joined by spaces, ANSI
 * colour codes that take no room, wide East Asian characters that take two columns,
 * and combining marks that take none.
 */

// eslint-disable-next-line no-control-regex -- colour codes start with the escape character
const ANSI = /\u001b\[[0-9;]*m/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Combining marks, zero-width spaces and joiners, variation selectors: no column of their own.
const COMBINING = /^(?:\p{Mn}|\p{Me}|[\u200b-\u200f]|[\ufe00-\ufe0f])$/u;

/** East Asian wide and fullwidth ranges, and the common emoji blocks. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Columns a string takes in a terminal. */
export function displayWidth(s: string): number {
  const plain = s.includes('\u001b') ? stripAnsi(s) : s;
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || COMBINING.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** Splits a word wider than `room` into pieces that fit (colour codes kept whole). */
function splitLong(word: string, room: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  // eslint-disable-next-line no-control-regex -- splitting out colour codes
  for (const token of word.split(/(\u001b\[[0-9;]*m)/)) {
    if (token.startsWith('\u001b')) {
      piece += token;
      continue;
    }
    for (const ch of token) {
      const w = displayWidth(ch);
      if (width + w > room && width > 0) {
        pieces.push(piece);
        piece = '';
        width = 0;
      }
      piece += ch;
      width += w;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap of one paragraph to lines of at most `room` columns. */
export function wrapLines(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    let w = displayWidth(word);
    const parts = w > room ? splitLong(word, room) : [word];
    for (const part of parts) {
      if (parts.length > 1) w = displayWidth(part);
      if (width > 0 && width + 1 + w > room) {
        lines.push(line);
        line = '';
        width = 0;
      }
      line += width > 0 ? ` ${part}` : part;
      width += (width > 0 ? 1 : 0) + w;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Wrap `text` to `width` columns. The first line starts with `first` (a bullet or a
 * label), the following lines are indented by `indent` spaces.
 */
export function wrap(text: string, width: number, indent = 0, first = ' '.repeat(indent)): string {
  const room = Math.max(10, width - indent);
  const lines = wrapLines(text.replace(/\s+/g, ' ').trim(), room);
  return lines.map((line, i) => (i === 0 ? first : ' '.repeat(indent)) + line).join('\n');
}
