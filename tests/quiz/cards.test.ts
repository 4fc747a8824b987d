import { describe, expect, it } from 'vitest';
import { chooseOptions, optionKey, TOPICS, type Card } from '../../src/quiz/cards/card.js';
import { generateCards, halfLifeBand, mcmRange } from '../../src/quiz/cards/generate.js';
import { Catalog } from '../../src/records/catalog.js';
import { shipped } from '../helpers/records.js';

const cards = generateCards(shipped);
const byKind = (k: string) => cards.filter((c) => c.kind === k);
const drugByName = (name: string) => shipped.drugs.find((d) => d.name === name)!;

describe('generated cards', () => {
  it('are many, of at least 12 kinds, with unique ids and known topics', () => {
    expect(cards.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cards.map((c) => c.kind)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    for (const c of cards) expect(TOPICS).toContain(c.topic);
  });

  it('every card: the right answer exactly once, no duplicate options, no distractor also correct (every seed tried shows it)', () => {
    for (const c of cards) {
      const correct = new Set(c.correct.map(optionKey));
      expect(correct.has(optionKey(c.answer)), c.id).toBe(true);
      expect(c.distractors.length, c.id).toBeGreaterThan(0);
      const keys = c.distractors.map(optionKey);
      expect(new Set(keys).size, c.id).toBe(keys.length);
      for (const k of keys) expect(correct.has(k), `${c.id}: distractor ${k} is also correct`).toBe(false);
      for (const seed of [1, 2, 3]) {
        const opts = chooseOptions(c, seed).map(optionKey);
        expect(new Set(opts).size, c.id).toBe(opts.length);
        expect(opts.filter((o) => correct.has(o)), c.id).toEqual([optionKey(c.answer)]);
      }
      expect(c.explain.length, c.id).toBeGreaterThan(0);
      expect(c.source.length, c.id).toBeGreaterThan(0);
    }
  });

  it('every card\'s answer agrees with its record (checked independently per kind)', () => {
    for (const c of byKind('drug-mechanism')) {
      const d = shipped.drug(c.record)!;
      const primary = d.mechanisms.filter((m) => m.primary).map((m) => shipped.mechanism(m.pillar)!.name);
      expect(primary, c.id).toContain(c.answer);
      const any = d.mechanisms.map((m) => shipped.mechanism(m.pillar)!.name);
      for (const x of c.distractors) expect(any, c.id).not.toContain(x);
    }
    for (const c of byKind('mechanism-drug')) {
      const mech = c.mechanisms[0]!;
      expect(drugByName(c.answer).mechanisms.some((m) => m.pillar === mech)).toBe(true);
      for (const x of c.distractors) expect(drugByName(x).mechanisms.some((m) => m.pillar === mech), `${c.id}: ${x}`).toBe(false);
    }
    for (const c of byKind('first-line')) {
      const cond = shipped.condition(c.record)!;
      expect(cond.firstLine.map((f) => shipped.drug(f.drug)!.name)).toContain(c.answer);
      for (const x of c.distractors) {
        const d = drugByName(x);
        expect(cond.firstLine.some((f) => f.drug === d.id), `${c.id}: ${x}`).toBe(false);
        expect(d.indications.some((i) => i.id === cond.id && i.role === 'first-line'), `${c.id}: ${x}`).toBe(false);
      }
    }
    for (const c of byKind('may-worsen')) {
      const cond = shipped.condition(c.record)!;
      expect(cond.avoid.map((f) => shipped.drug(f.drug)!.name)).toContain(c.answer);
      for (const x of c.distractors) {
        const d = drugByName(x);
        expect(cond.avoid.some((f) => f.drug === d.id) || d.worsens.some((w) => w.id === cond.id), `${c.id}: ${x}`).toBe(false);
      }
    }
    for (const c of byKind('boxed-warning')) {
      expect(drugByName(c.answer).adverseEffects.some((a) => a.boxed && c.prompt.endsWith(`${a.effect}?`)), c.id).toBe(true);
      for (const x of c.distractors) expect(drugByName(x).adverseEffects.some((a) => a.boxed), `${c.id}: ${x}`).toBe(false);
    }
    for (const c of byKind('brand')) {
      const brand = c.prompt.replace(/ is a brand of which drug\?$/, '');
      expect(drugByName(c.answer).brands).toContain(brand);
      for (const x of c.distractors) expect(drugByName(x).brands, `${c.id}: ${x}`).not.toContain(brand);
    }
    for (const c of byKind('half-life')) expect(halfLifeBand(shipped.drug(c.record)!.halfLife.hours)).toBe(c.answer);
    for (const c of byKind('elimination')) expect(c.answer).toContain(shipped.drug(c.record)!.elimination.route === 'mixed' ? 'both' : shipped.drug(c.record)!.elimination.route);
    for (const c of byKind('iv')) expect(c.answer).toBe(shipped.drug(c.record)!.iv.available ? 'yes' : 'no');
    for (const c of byKind('enzyme-effect')) expect(c.answer.replace(/\W/g, '')).toMatch(new RegExp(shipped.drug(c.record)!.enzymes.effect.replace('strong-inducer', 'strong').replace('weak-inducer', 'weak').replace('none', 'neither').replace(/\W/g, ''), 'i'));
    for (const c of byKind('induces')) expect(shipped.drug(c.record)!.enzymes.induces).toContain(c.answer);
    for (const c of byKind('interaction')) expect(shipped.drug(c.record)!.interactions.some((x) => x.severity === c.answer)).toBe(true);
    for (const c of byKind('pregnancy-rank')) {
      const r = mcmRange(drugByName(c.answer))!;
      for (const x of c.distractors) {
        const o = mcmRange(drugByName(x))!;
        if (c.id.endsWith(':highest')) expect(o[1], c.id).toBeLessThan(r[0]);
        else expect(o[0], c.id).toBeGreaterThan(r[1]);
      }
    }
  });

  it('ids come from record ids and fields: rewording a record keeps ids and facts', () => {
    const clone = structuredClone(shipped.set);
    const cbz = clone.drugs.find((d) => d.id === 'carbamazepine')!;
    cbz.mechanisms[0]!.explanation = 'Reworded explanation.';
    cbz.elimination.text = 'Reworded.';
    const again = generateCards(new Catalog(clone));
    const before = new Map(cards.map((c) => [c.id, c.fact]));
    for (const c of again) expect(before.get(c.id), c.id).toBe(c.fact);
    // A changed fact changes the hash.
    cbz.elimination.route = 'renal';
    const changed = generateCards(new Catalog(clone)).find((c) => c.id === 'elimination:carbamazepine')!;
    expect(changed.fact).not.toBe(before.get('elimination:carbamazepine'));
  });

  it('the same seed gives the same options', () => {
    const c: Card = cards.find((x) => x.distractors.length > 5)!;
    expect(chooseOptions(c, 7)).toEqual(chooseOptions(c, 7));
    expect([1, 2, 3, 4, 5].map((s) => chooseOptions(c, s).join('|')).some((o, _, a) => o !== a[0])).toBe(true);
  });
});
