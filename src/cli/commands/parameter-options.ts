/**
 * A model's parameter list as options: one number option per parameter, with its unit and
 * range (a value out of range is a usage error that names it) and its default.
 */
import type { ModelParameter } from '../../domain/models/parameters.js';
import { number, type OptionSpec, type OptionTable } from '../define.js';

/** Units that read badly after a range ("from 0 to 1 fraction"): the range alone says it. */
const UNITLESS = ['fraction', 'probability'];

export function parameterOptions(params: readonly ModelParameter[], opts: { withDefaults: boolean }): OptionTable {
  return Object.fromEntries(
    params.map((p) => [
      p.key,
      number(`--${p.flag} <${/[/ ]/.test(p.unit) ? 'x' : p.unit}>`, `${p.description} (${p.unit}, ${p.min}–${p.max}${!opts.withDefaults && p.default !== undefined ? `; default ${p.default}` : ''})`, {
        min: p.min,
        max: p.max,
        integer: p.integer,
        unit: UNITLESS.includes(p.unit) ? undefined : p.unit,
        ...(opts.withDefaults && p.default !== undefined ? { default: p.default } : {}),
      }) as OptionSpec<unknown>,
    ]),
  );
}
