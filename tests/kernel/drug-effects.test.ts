/**
 * src/domain/drug-effects.ts: from a drug's mechanism record and a dose to kernel modifiers.
 */
import { describe, expect, it } from 'vitest';
import { canSimulate, drugEffects, type DrugInput } from '../../src/domain/drug-effects.js';
import { validateModifiers } from '../../src/kernel/index.js';

import { drugInput, shipped } from '../helpers/records.js';

/** Drugs as the records in data/ give them. */
const ref = (id: string): DrugInput => drugInput(id);

describe('drugEffects', () => {
  it('sodium-channel binder at the typical free concentration (carbamazepine 8 µM, K_I 25 µM, kon 4e4)', () => {
    const r = drugEffects(ref('carbamazepine'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.concentrationUM).toBe(8);
    expect(r.modifiers.naBinders).toEqual([{ concUM: 8, konPerMPerS: 4e4, kdInactivatedUM: 25 }]);
    expect(r.effects[0]!.text).toContain('time constant of about 0.8 s');
  });

  it('dose as a multiple or as a concentration', () => {
    const twice = drugEffects(ref('phenytoin'), { multiple: 2 });
    const conc = drugEffects(ref('phenytoin'), { concentrationUM: 12 });
    expect(twice.ok && twice.modifiers.naBinders![0]!.concUM).toBe(12);
    expect(conc.ok && conc.multiple).toBe(2);
  });

  it('T-type block from a one-site curve (ethosuximide: 24% at 500 µM, IC50 1600 µM)', () => {
    const r = drugEffects(ref('ethosuximide'));
    expect(r.ok && r.modifiers.tBlock).toBeCloseTo(500 / 2100, 10);
  });

  it('valproate acts through several pillars: the modelled one is applied, the others are listed as not simulated', () => {
    const r = drugEffects(ref('valproate'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.modifiers.gScale!.na).toBeCloseTo(1 - 50 / 2050, 10);
    expect(r.unmodelled).toEqual(['gaba-enhancement', 't-type-calcium-block']);
  });

  it('an EC50 from concentration–effect data: phenobarbital decay ×1.26 at 50 µM (EC50 144 µM), clonazepam conductance ×1.43 at 20 nM (EC50 3 nM, maximum ×1.5)', () => {
    const pb = drugEffects(ref('phenobarbital'));
    const czp = drugEffects(ref('clonazepam'));
    expect(pb.ok && pb.modifiers.gabaA!.decayScale).toBeCloseTo(1 + 50 / 194, 6);
    expect(czp.ok && czp.modifiers.gabaA!.conductanceScale).toBeCloseTo(1 + 0.5 * (0.02 / 0.023), 6);
  });

  it('several modelled mechanisms combine into one modifier set', () => {
    const combo: DrugInput = {
      id: 'combo',
      name: 'combo',
      concentration: { typicalFreeUM: 10 },
      mechanisms: [
        { mechanism: 'sodium-channel-block', model: { kind: 'inactivated-state-binding', kdInactivatedUM: 10, konPerMPerS: 1e4 } },
        { mechanism: 't-type-calcium-block', model: { kind: 'channel-block', channel: 't', ic50UM: 10 } },
        { mechanism: 'gaba-enhancement', model: { kind: 'gaba-a-modulation', conductanceScaleMax: 3, ec50UM: 10 } },
        { mechanism: 'excitatory-synapse', model: { kind: 'receptor-block', receptor: 'ampa', ic50UM: 10, maxBlock: 0.5 } },
      ],
    };
    const r = drugEffects(combo);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.modifiers.naBinders).toHaveLength(1);
    expect(r.modifiers.tBlock).toBeCloseTo(0.5);
    expect(r.modifiers.gabaA!.conductanceScale).toBeCloseTo(2);
    expect(r.modifiers.excitatory!.ampaScale).toBeCloseTo(0.75);
  });

  it('occupancyAtTypical: half the maximal effect at dose 1, more at higher multiples', () => {
    const one = drugEffects(ref('lorazepam'));
    const three = drugEffects(ref('lorazepam'), { multiple: 3 });
    expect(one.ok && one.modifiers.gabaA!.conductanceScale).toBeCloseTo(1.5);
    expect(three.ok && three.modifiers.gabaA!.conductanceScale).toBeCloseTo(1.75);
  });

  it('a drug with no modelled mechanism cannot be simulated: a typed result, not an exception', () => {
    expect(canSimulate(ref('topiramate'))).toBe(false);
    const r = drugEffects(ref('topiramate'));
    expect(r).toMatchObject({ ok: false, reason: 'no-kernel-mechanism' });
    expect(drugEffects(ref('oxcarbazepine'))).toMatchObject({ ok: false, reason: 'no-kernel-mechanism' });
  });

  it('a concentration-based model without a typical concentration needs the dose in µM', () => {
    const noConc: DrugInput = { id: 'x', name: 'x', mechanisms: [{ mechanism: 'sodium-channel-block', model: { kind: 'inactivated-state-binding', kdInactivatedUM: 7, konPerMPerS: 1e4 } }] };
    expect(drugEffects(noConc)).toMatchObject({ ok: false, reason: 'no-concentration' });
    expect(drugEffects(noConc, { concentrationUM: 5 }).ok).toBe(true);
    // occupancy-based potency works with a multiple even without a concentration
    expect(drugEffects(ref('diazepam'), { multiple: 2 }).ok).toBe(true);
    expect(drugEffects(ref('diazepam'), { concentrationUM: 1 })).toMatchObject({ ok: false, reason: 'no-concentration' });
  });

  it('rejects a bad dose', () => {
    expect(drugEffects(ref('carbamazepine'), { multiple: -1 })).toMatchObject({ ok: false, reason: 'invalid-dose' });
    expect(drugEffects(ref('carbamazepine'), { concentrationUM: Number.NaN })).toMatchObject({ ok: false, reason: 'invalid-dose' });
  });

  it('every drug in the records maps to valid kernel modifiers or says why it cannot', () => {
    for (const d of shipped.drugs) {
      const r = drugEffects(d);
      if (r.ok) expect(validateModifiers(r.modifiers), d.id).toEqual([]);
      else expect(r.reason, d.id).toBe('no-kernel-mechanism');
    }
  });
});
