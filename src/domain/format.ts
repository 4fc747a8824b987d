/** Plain-text forms of record values, shared by the domain's rows and the presenters. */

/** "12–17 h", "70%", "4–12 mg/L": a range with its unit, one number when both ends agree. */
export function formatRange([lo, hi]: readonly [number, number], unit: string): string {
  const sep = unit === '%' ? '' : ' ';
  return lo === hi ? `${lo}${sep}${unit}` : `${lo}–${hi}${sep}${unit}`;
}

/** An id as words: "strong-inducer" -> "strong inducer". */
export function words(id: string): string {
  return id.replace(/-/g, ' ');
}

/** A signed % change or range of changes: "+100%", "−40 to −50%". */
export function formatChange([lo, hi]: readonly [number, number]): string {
  const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');
  return lo === hi ? `${signed(lo)}%` : `${signed(lo)} to ${signed(hi)}%`;
}
