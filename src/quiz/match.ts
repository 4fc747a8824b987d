/**
 * Free-recall matching: is what the student typed the answer?
 *
 * A token matcher: accents, case and punctuation are ignored, word order does not matter,
 * each word may carry typos in proportion to its length, and codes with digits (SV2A,
 * HLA-B*15:02, CYP3A4) must be exact. Any of the answer's accepted forms counts (generic
 * name, brands, aliases). A guard rejects an answer that is another known name, or closer
 * to one than to the answer: "lamotrigine" typed for levetiracetam is wrong, not a typo.
 */
import { distance } from 'fastest-levenshtein';

const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'by', 'at', 'with', 'its']);

export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[α]/g, 'alpha')
    .replace(/[β]/g, 'beta')
    .replace(/[γ]/g, 'gamma')
    .replace(/[δ]/g, 'delta')
    .replace(/[^a-z0-9*:]+/g, ' ')
    .trim();
}

export function tokens(s: string): string[] {
  return normalize(s)
    .split(' ')
    .filter((t) => t && !STOP.has(t))
    .map((t) => (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

/** Typos allowed in a word of this length. */
export function allowedTypos(len: number): number {
  if (len <= 3) return 0;
  if (len <= 5) return 1;
  if (len <= 9) return 2;
  return 3;
}

const isCode = (t: string) => /\d/.test(t) || t.includes('*');

/** Total edit distance if every expected word finds its own typed word within its allowance. */
function tokenDistance(typed: string[], expected: string[]): number | undefined {
  if (expected.length === 0 || typed.length !== expected.length) {
    // Word order may differ, and a joined or split word ("valproic acid" / "valproicacid") is compared whole.
    const a = typed.join('');
    const b = expected.join('');
    if (!a || !b) return undefined;
    const d = distance(a, b);
    return !expected.some(isCode) && d <= allowedTypos(b.length) ? d : undefined;
  }
  const used = new Set<number>();
  let total = 0;
  // Longest words first, so short words do not take a long word's only match.
  const order = expected.map((t, i) => ({ t, i })).sort((x, y) => y.t.length - x.t.length);
  for (const { t } of order) {
    let best: { j: number; d: number } | undefined;
    for (const [j, u] of typed.entries()) {
      if (used.has(j)) continue;
      const d = isCode(t) || isCode(u) ? (t === u ? 0 : Infinity) : distance(t, u);
      if (d <= allowedTypos(t.length) && (!best || d < best.d)) best = { j, d };
    }
    if (!best) return undefined;
    used.add(best.j);
    total += best.d;
  }
  return total;
}

export interface MatchResult {
  correct: boolean;
  /** The accepted form the answer was closest to. */
  matched: string;
  /** Edit distance to it (0 is exact apart from case, order and punctuation). */
  distance: number;
  /** Set when the answer was rejected because it is (closer to) another known name. */
  nearMiss?: string;
}

/**
 * Matches `typed` against the accepted forms of the answer. `others` are names that are
 * wrong here (other drugs, other targets): an answer equal or closer to one of them fails.
 */
export function matchAnswer(typed: string, accepted: readonly string[], others: readonly string[] = []): MatchResult {
  const tt = tokens(typed);
  let best: { form: string; d: number } | undefined;
  for (const form of accepted) {
    const d = tokenDistance(tt, tokens(form));
    if (d !== undefined && (!best || d < best.d)) best = { form, d };
  }
  const first = accepted[0] ?? '';
  if (!best) {
    const near = closestOther(tt, others);
    return near ? { correct: false, matched: first, distance: Infinity, nearMiss: near.form } : { correct: false, matched: first, distance: Infinity };
  }
  if (best.d > 0) {
    const acceptedNorm = new Set(accepted.map((a) => tokens(a).join(' ')));
    const near = closestOther(tt, others.filter((o) => !acceptedNorm.has(tokens(o).join(' '))));
    if (near && near.d <= best.d) return { correct: false, matched: best.form, distance: best.d, nearMiss: near.form };
  }
  return { correct: true, matched: best.form, distance: best.d };
}

function closestOther(tt: string[], others: readonly string[]): { form: string; d: number } | undefined {
  let best: { form: string; d: number } | undefined;
  for (const o of others) {
    const d = tokenDistance(tt, tokens(o));
    if (d !== undefined && (!best || d < best.d)) best = { form: o, d };
  }
  return best;
}

export type DiffPart = { op: 'same' | 'missing' | 'extra'; text: string };

/**
 * A character diff from what was typed to the answer (Levenshtein alignment), for showing
 * the difference: `missing` is in the answer but not typed, `extra` was typed but is not in it.
 */
export function diffChars(typed: string, answer: string): DiffPart[] {
  const a = typed;
  const b = answer;
  const n = a.length;
  const m = b.length;
  if (n * m > 40_000) return [{ op: 'extra', text: a }, { op: 'missing', text: b }];
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const lc = (x: string | undefined) => (x ?? '').toLowerCase();
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = lc(a[i - 1]) === lc(b[j - 1]) ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], ch: string) => {
    const last = parts[parts.length - 1];
    // Walking backwards: characters are prepended to the part they join.
    if (last && last.op === op) last.text = ch + last.text;
    else parts.push({ op, text: ch });
  };
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + (lc(a[i - 1]) === lc(b[j - 1]) ? 0 : 1)) {
      if (lc(a[i - 1]) === lc(b[j - 1])) push('same', b[j - 1]!);
      else {
        push('missing', b[j - 1]!);
        push('extra', a[i - 1]!);
      }
      i--;
      j--;
    } else if (j > 0 && d[i]![j] === d[i]![j - 1]! + 1) {
      push('missing', b[j - 1]!);
      j--;
    } else {
      push('extra', a[i - 1]!);
      i--;
    }
  }
  return parts.reverse();
}

/** The diff as plain text: `levetirac[-e-]{+a+}tam` style (typed → answer). */
export function diffText(parts: DiffPart[]): string {
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'missing' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
}
