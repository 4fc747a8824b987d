/** Wrapping to the terminal width, with hanging indents; ANSI colour codes are kept intact. */
import wrapAnsi from 'wrap-ansi';

/**
 * Wrap `text` to `width` columns. The first line starts with `first` (a bullet or a
 * label), the following lines are indented by `indent` spaces.
 */
export function wrap(text: string, width: number, indent = 0, first = ' '.repeat(indent)): string {
  const room = Math.max(20, width - indent);
  const lines = wrapAnsi(text.replace(/\s+/g, ' ').trim(), room, { hard: true }).split('\n');
  return lines.map((line, i) => (i === 0 ? first : ' '.repeat(indent)) + line).join('\n');
}

/** "12–17 h", "70 %", "4–12 mg/L": a range with its unit, one number when both ends agree. */
export function formatRange([lo, hi]: readonly [number, number], unit: string): string {
  const sep = unit === '%' ? '' : ' ';
  return lo === hi ? `${lo}${sep}${unit}` : `${lo}–${hi}${sep}${unit}`;
}

/** "strong-inducer" -> "strong inducer". */
export function words(id: string): string {
  return id.replace(/-/g, ' ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
