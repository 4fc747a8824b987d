/**
 * Input ranges the kernel accepts, and a validator that reports user mistakes as typed errors (it never
 * throws for them), so a CLI can print e.g. "dt must be between 0.001 and 0.05 ms".
 */
import { MAX_DT_MS, MIN_DT_MS } from './integrator.js';
import { CHANNEL_NAMES, type ChannelName, type Modifiers } from './modifiers.js';

export interface Range {
  min: number;
  max: number;
  unit: string;
}

/** Allowed ranges of every numeric input. */
export const RANGES = {
  dtMs: { min: MIN_DT_MS, max: MAX_DT_MS, unit: 'ms' },
  durationMs: { min: 1, max: 20_000, unit: 'ms' },
  currentUA: { min: -200, max: 200, unit: 'µA/cm²' },
  holdMv: { min: -120, max: -40, unit: 'mV' },
  toMv: { min: -130, max: -40, unit: 'mV' },
  stepMs: { min: 1, max: 5_000, unit: 'ms' },
  channelScale: { min: 0, max: 10, unit: '×' },
  fractionBlocked: { min: 0, max: 1, unit: '' },
  concentrationUM: { min: 0, max: 100_000, unit: 'µM' },
  networkCells: { min: 10, max: 5_000, unit: 'cells' },
} as const satisfies Record<string, Range>;

export type RangeName = keyof typeof RANGES;

export type ValidationError =
  | { kind: 'out-of-range'; field: string; value: number; range: Range; message: string }
  | { kind: 'not-a-number'; field: string; message: string }
  | { kind: 'unknown-channel'; field: string; value: string; allowed: readonly string[]; message: string }
  | { kind: 'invalid'; field: string; message: string; hint?: string };

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

/** Check one number against a named range; returns null when it is fine. */
export function checkRange(field: string, value: number, range: RangeName | Range): ValidationError | null {
  const r: Range = typeof range === 'string' ? RANGES[range] : range;
  if (!Number.isFinite(value)) return { kind: 'not-a-number', field, message: `${field} must be a number` };
  if (value < r.min || value > r.max) {
    const unit = r.unit ? ` ${r.unit}` : '';
    return { kind: 'out-of-range', field, value, range: r, message: `${field} must be between ${fmt(r.min)} and ${fmt(r.max)}${unit}` };
  }
  return null;
}

/** Validate a modifier set (scales, blocked fractions, concentrations). */
export function validateModifiers(mod: Modifiers): ValidationError[] {
  const errs: ValidationError[] = [];
  const push = (e: ValidationError | null): void => {
    if (e) errs.push(e);
  };
  for (const [k, v] of Object.entries(mod.gScale ?? {})) {
    if (!(CHANNEL_NAMES as readonly string[]).includes(k)) {
      errs.push({ kind: 'unknown-channel', field: 'scale', value: k, allowed: CHANNEL_NAMES, message: `unknown channel "${k}" (channels: ${CHANNEL_NAMES.join(', ')})` });
    } else push(checkRange(`scale ${k as ChannelName}`, v as number, 'channelScale'));
  }
  if (mod.tBlock !== undefined) push(checkRange('T-channel block', mod.tBlock, 'fractionBlocked'));
  for (const b of mod.naBinders ?? []) {
    push(checkRange('concentration', b.concUM, 'concentrationUM'));
    if (!(b.konPerMPerS > 0) || !(b.kdInactivatedUM > 0)) errs.push({ kind: 'invalid', field: 'sodium-channel binder', message: 'binding rate and dissociation constant must be positive' });
  }
  for (const s of mod.naSlowInactivation ?? []) {
    push(checkRange('concentration', s.concUM, 'concentrationUM'));
    if (!(s.konPerMPerS > 0) || !(s.kdUM > 0) || !(s.slopeMv !== 0)) errs.push({ kind: 'invalid', field: 'slow-inactivation enhancer', message: 'rate, dissociation constant and slope must be positive' });
  }
  const scale = (field: string, v: number | undefined): void => {
    if (v !== undefined) push(checkRange(field, v, 'channelScale'));
  };
  scale('GABA-A conductance scale', mod.gabaA?.conductanceScale);
  scale('tonic GABA-A scale', mod.gabaA?.tonicScale);
  if (mod.gabaA?.decayScale !== undefined) push(checkRange('GABA-A decay scale', mod.gabaA.decayScale, { min: 0.1, max: 10, unit: '×' }));
  scale('release scale', mod.excitatory?.releaseScale);
  scale('AMPA scale', mod.excitatory?.ampaScale);
  return errs;
}

/**
 * Parse a student's `CHANNEL=FACTOR` (e.g. `na=0.5`, `k=0`) into a gScale entry, or a typed error.
 */
export function parseScale(text: string): { ok: true; channel: ChannelName; factor: number } | { ok: false; error: ValidationError } {
  const m = /^\s*([A-Za-z]+)\s*=\s*([-+0-9.eE]+)\s*$/.exec(text);
  if (!m) return { ok: false, error: { kind: 'invalid', field: 'scale', message: `--scale takes CHANNEL=FACTOR, e.g. na=0.5 (channels: ${CHANNEL_NAMES.join(', ')})` } };
  const ch = m[1]!.toLowerCase();
  if (!(CHANNEL_NAMES as readonly string[]).includes(ch)) {
    return { ok: false, error: { kind: 'unknown-channel', field: 'scale', value: ch, allowed: CHANNEL_NAMES, message: `unknown channel "${ch}" (channels: ${CHANNEL_NAMES.join(', ')})` } };
  }
  const f = Number(m[2]);
  const e = checkRange(`scale ${ch}`, f, 'channelScale');
  if (e) return { ok: false, error: e };
  return { ok: true, channel: ch as ChannelName, factor: f };
}
