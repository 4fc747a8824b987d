/** The experiments catalogue and the library API the quiz and lessons call. */
import { describe, expect, it } from 'vitest';
import { drugEffects } from '../../src/domain/drug-effects.js';
import { EXPERIMENTS, runExperiment, SOURCES, traceCard } from '../../src/domain/simulation/index.js';
import { drugInput } from '../helpers/records.js';

describe('the experiments catalogue', () => {
  it('every entry has a title, defaults, what it shows and does not show, simplifications and sources', () => {
    expect(EXPERIMENTS.map((e) => e.id)).toEqual(['use-dependence', 'rebound', 'absence-paradox', 'gaba', 'network', 'dravet', 'voltage-clamp', 'resting-potential']);
    for (const e of EXPERIMENTS) {
      expect(e.title.length, e.id).toBeGreaterThan(10);
      expect(e.defaults.length, e.id).toBeGreaterThan(0);
      expect(e.shows.length, e.id).toBeGreaterThan(20);
      expect(e.doesNotShow.length, e.id).toBeGreaterThan(20);
      expect(e.simplifications.length, e.id).toBeGreaterThan(0);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(SOURCES[s.id as keyof typeof SOURCES], s.id).toBe(s);
    }
  });

  it('every explanation paragraph cites only sources its experiment lists (control runs, small networks)', () => {
    for (const e of EXPERIMENTS) {
      const v = runExperiment(e.id, [], { cells: 20 });
      const ids = new Set(v.sources.map((s) => s.id));
      expect(v.explanation.length, e.id).toBeGreaterThan(0);
      for (const p of v.explanation) for (const c of p.cite) expect(ids.has(c), `${e.id}: ${c}`).toBe(true);
    }
  });
});

describe('trace cards', () => {
  const agent = () => {
    const r = drugEffects(drugInput('ethosuximide'));
    if (!r.ok) throw new Error(r.message);
    return { label: 'ethosuximide', modifiers: r.modifiers };
  };
  it('an experiment with and without a drug; the same inputs give the same card', () => {
    const a = traceCard('rebound', agent(), { seed: 3 });
    const b = traceCard('rebound', agent(), { seed: 3 });
    expect(a.control.vMv.length).toBeGreaterThan(100);
    expect(Array.from(a.treated.vMv)).toEqual(Array.from(b.treated.vMv));
    expect(Array.from(a.treated.vMv)).not.toEqual(Array.from(a.control.vMv));
    expect(a.unit).toBe('mV');
    expect(a.doesNotShow).toMatch(/absence seizure/);
  });
  it('network cards are reproducible from their seed', () => {
    const a = traceCard('network', agent(), { seed: 5, cells: 20 });
    const b = traceCard('network', agent(), { seed: 5, cells: 20 });
    expect(Array.from(a.control.vMv)).toEqual(Array.from(b.control.vMv));
  });
});

describe('reading a shift of the network transition', () => {
  it('counts only shifts larger than the wiring alone gives', async () => {
    const { shiftVerdict, NETWORK_SHIFT_NOISE } = await import('../../src/domain/simulation/catalogue.js');
    expect(shiftVerdict(-0.03)).toMatch(/^no clear shift/);
    expect(shiftVerdict(NETWORK_SHIFT_NOISE * 0.9)).toMatch(/^no clear shift/);
    expect(shiftVerdict(-(NETWORK_SHIFT_NOISE + 0.01))).toMatch(/protective/);
    expect(shiftVerdict(0.19)).toMatch(/worse/);
  });
});
