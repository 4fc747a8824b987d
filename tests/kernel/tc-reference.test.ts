/**
 * The `tc` model against shared/reference/tc.md and shared/bench/tc_ref.c (`./tc_ref 0.025 200`):
 * all 15 cells of the rebound table. Spike counts exact, LTS peaks ±0.5 mV, h_T at the end of the step
 * ±0.005, holding and step currents to 1e-4 µA/cm².
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/kernel/index.js';

// [gT fraction, V target, I_hold, I_step, hT_end_step, rebound spikes, LTS peak with TTX (null: none)]
// from tc_ref.c printed here; the spike counts and LTS peaks are also tc.md's table.
const TABLE: Array<[number, number, number, number, number, number, number | null]> = [
  [1, -75, 0.30946, 0.31888, 0.2079, 2, -33.08],
  [1, -80, 0.30946, 0.46879, 0.3738, 4, -26.15],
  [1, -90, 0.30946, 0.82374, 0.7243, 5, -18.26],
  [0.75, -75, 0.34106, 0.33388, 0.2047, 1, -37.81],
  [0.75, -80, 0.34106, 0.49382, 0.3731, 3, -29.85],
  [0.75, -90, 0.34106, 0.85472, 0.7252, 6, -22.0],
  [0.5, -75, 0.37265, 0.34889, 0.2019, 0, -54.2],
  [0.5, -80, 0.37265, 0.5188, 0.3724, 1, -35.56],
  [0.5, -90, 0.37265, 0.88571, 0.7259, 4, -27.2],
  [0.25, -75, 0.40425, 0.36394, 0.1995, 0, -63.1],
  [0.25, -80, 0.40425, 0.54372, 0.3717, 0, -58.46],
  [0.25, -90, 0.40425, 0.91669, 0.7267, 1, -37.03],
  [0, -75, 0.43585, 0.37907, 0.1975, 0, null],
  [0, -80, 0.43585, 0.5686, 0.371, 0, null],
  [0, -90, 0.43585, 0.94767, 0.7275, 0, null],
];

for (const exact of [false, true]) describe(`tc rebound table (dt 0.025 ms, 200 ms step from −65 mV), ${exact ? 'exact path' : 'rate tables'}`, () => {
  for (const [g, to, iHold, iStep, hT, spikes, lts] of TABLE) {
    it(`gT ${g * 100}% to ${to} mV: ${spikes} spikes, LTS ${lts ?? 'none'}`, () => {
      const r = simulate('tc', { kind: 'rebound', holdMv: -65, toMv: to, stepMs: 200 }, { tBlock: 1 - g }, { dtMs: 0.025, exact });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const e = r.run.extra;
      expect(Math.abs(e.iHoldUA! - iHold)).toBeLessThan(1e-4);
      expect(Math.abs(e.iStepUA! - iStep)).toBeLessThan(1e-4);
      expect(Math.abs(e.hTEndStep! - hT)).toBeLessThan(0.005);
      expect(r.run.spikeCount).toBe(spikes);
      if (lts === null) expect(e.ltsPeakMv).toBeNull();
      else expect(Math.abs(e.ltsPeakMv! - lts)).toBeLessThan(0.5);
    });
  }

  it('first rebound spike at 100 % gT and −80 mV comes 46.6 ms after release', () => {
    const r = simulate('tc', { kind: 'rebound', holdMv: -65, toMv: -80, stepMs: 200 }, {}, { dtMs: 0.025, exact });
    expect(r.ok && Math.abs(r.run.extra.firstSpikeLatencyMs! - 46.6)).toBeLessThan(0.05);
  });

});
