import { describe, expect, it } from 'vitest';
import { plotRaster, plotTraces, tickStep } from '../../src/present/plot.js';
import { makeStyle } from '../../src/present/style.js';

const style = makeStyle(0);

/** A 500 ms trace at rest (-65 mV) with one 1-ms spike to +40 mV at `spikeAt`. */
function trace(spikeAt: number) {
  const n = 5001;
  const t = new Float64Array(n);
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = i * 0.1;
    v[i] = Math.abs(t[i]! - spikeAt) < 0.5 ? 40 : -65;
  }
  return { t, v };
}

describe('tick steps', () => {
  it.each([
    [1000, 5, 200],
    [300, 6, 50],
    [10, 5, 2],
    [0.9, 3, 0.2],
  ])('span %d in about %d ticks -> %d', (span, count, step) => {
    expect(tickStep(span, count)).toBeCloseTo(step);
  });
});

describe('trace plots', () => {
  const control = { label: 'control', ...trace(100) };
  const drug = { label: 'drug', ...trace(400) };

  it('fits the width, stacks panels and shares one time axis', () => {
    const out = plotTraces([control, drug], { width: 70, height: 6, style });
    const lines = out.split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(70);
    expect(lines[0]).toBe('control');
    expect(lines[7]).toBe('drug');
    expect(lines.filter((l) => l.includes('└'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^ +ms +0 +100 +200 +300 +400 +500$/);
  });

  it('keeps a 1-ms spike visible when 5000 samples share 60 columns, at the right time', () => {
    const out = plotTraces([control], { width: 70, height: 6, style, vRange: [-80, 50] });
    const top = out.split('\n')[1]!;
    const plotStart = top.indexOf('┤') + 1;
    const marks = [...top.slice(plotStart)].map((ch, i) => (ch !== ' ' ? i : -1)).filter((i) => i >= 0);
    expect(marks.length).toBeGreaterThan(0);
    const cols = [...top].length - plotStart;
    // The spike at 100 ms of 500 sits one fifth of the way across.
    expect(marks[0]! / cols).toBeCloseTo(0.2, 1);
  });

  it('labels the voltage axis and marks the stimulus change', () => {
    const out = plotTraces([control], { width: 60, height: 6, style, vRange: [-80, 50], mark: { tMs: 250, label: 'release' } });
    expect(out).toMatch(/^ +50 ┤/m);
    expect(out).toMatch(/^ +-80 ┤/m);
    expect(out).toMatch(/^ +mV ┤/m);
    expect(out.split('\n').at(-1)).toMatch(/^ +\^ release$/);
  });

  it('draws plain characters with --ascii', () => {
    const out = plotTraces([control], { width: 60, height: 6, style, ascii: true });
    expect(out).toMatch(/^[\x20-\x7e\n]+$/);
    expect(out).toContain('|');
  });
});

describe('raster plots', () => {
  it('puts spikes in time and neuron order, excitatory above inhibitory', () => {
    const out = plotRaster('raster', { timesMs: [10, 90], neurons: [0, 99], cellCount: 100, excitatoryCount: 80 }, { width: 50, height: 5, style, tRange: [0, 100] });
    const rows = out.split('\n').slice(1, 6).map((r) => r.slice(r.indexOf('┤') + 1));
    const at = (row: string) => [...row].findIndex((ch) => ch !== ' ') / [...row].length;
    expect(at(rows[0]!)).toBeCloseTo(0.1, 1);
    expect(at(rows[4]!)).toBeCloseTo(0.9, 1);
    expect(rows.slice(1, 4).every((r) => r.trim() === '')).toBe(true);
    expect(out).toMatch(/^ +E ┤/m);
    expect(out).toMatch(/^ +I ┤/m);
  });
});
