import { describe, expect, it } from 'vitest';
import { chooseOptions, optionKey, TOPICS, type Card } from '../../src/quiz/cards/card.js';
import { generateCards, halfLifeBand, mcmRange } from '../../src/quiz/cards/generate.js';
import { Catalog } from '../../src/records/catalog.js';
import { allCards } from '../../src/quiz/cards/index.js';
import { materializeTrace } from '../../src/quiz/cards/trace.js';
import { makeStyle } from '../../src/present/style.js';
import { shipped } from '../helpers/records.js';

const cards = generateCards(shipped);
const everyCard = allCards(shipped);
const byKind = (k: string) => cards.filter((c) => c.kind === k);
const drugByName = (name: string) => shipped.drugs.find((d) => d.name === name)!;

describe('generated cards', () => {
  it('are many, of at least 12 kinds, with unique ids and known topics', () => {
    expect(cards.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cards.map((c) => c.kind)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    for (const c of cards) expect(TOPICS).toContain(c.topic);
  });

  it('at least 300 distinct cards in all (generated, hand-written, trace)', () => {
    expect(new Set(everyCard.map((c) => c.id)).size).toBe(everyCard.length);
    expect(new Set(everyCard.map((c) => `${c.prompt}|${c.answer}`)).size).toBeGreaterThanOrEqual(300);
    expect(everyCard.some((c) => c.kind === 'trace')).toBe(true);
    expect(everyCard.filter((c) => c.kind === 'vignette').length).toBeGreaterThanOrEqual(40);
  });

  it('every card: the right answer exactly once, no duplicate options, no distractor also correct (every seed tried shows it)', () => {
    for (const c of everyCard) {
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
    const mechName = (id: string) => shipped.mechanism(id)!.name;
    for (const c of byKind('drug-mechanism')) {
      const d = shipped.drug(c.record)!;
      expect(d.mechanisms.filter((m) => m.primary).map((m) => mechName(m.mechanism)), c.id).toContain(c.answer);
      for (const x of c.distractors) expect(d.mechanisms.map((m) => mechName(m.mechanism)), c.id).not.toContain(x);
    }
    for (const c of byKind('mechanism-drug')) {
      const mech = c.mechanisms[0]!;
      expect(drugByName(c.answer).mechanisms.some((m) => m.mechanism === mech)).toBe(true);
      for (const x of c.distractors) expect(drugByName(x).mechanisms.some((m) => m.mechanism === mech), `${c.id}: ${x}`).toBe(false);
    }
    for (const c of byKind('first-line')) {
      const first = shipped.condition(c.record)!.tiers.filter((t) => t.tier === 'first-line').flatMap((t) => t.drugs.map((x) => shipped.drug(x.drug)!.name));
      expect(first, c.id).toContain(c.answer);
      for (const x of c.distractors) expect(first, `${c.id}: ${x}`).not.toContain(x);
    }
    for (const c of byKind('may-worsen')) {
      const worse = shipped.drugsWorsening(c.record).map((w) => shipped.drug(w.drug)!.name);
      expect(worse, c.id).toContain(c.answer);
      for (const x of c.distractors) expect(worse, `${c.id}: ${x}`).not.toContain(x);
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
    for (const c of byKind('enzyme-effect')) {
      const effect = shipped.drug(c.record)!.enzymes.effect;
      expect(c.answer, c.id).toMatch({ 'strong-inducer': /strong/, 'weak-inducer': /weak/, inducer: /an enzyme inducer/, inhibitor: /an enzyme inhibitor/, mixed: /mixed/, none: /neither/ }[effect]);
    }
    const enzymeName = (id: string) => shipped.set.enzymes.find((e) => e.id === id)!.name;
    for (const c of byKind('induces')) {
      const induced = shipped.drug(c.record)!.enzymes.induces.map((x) => enzymeName(x.enzyme));
      expect(induced, c.id).toContain(c.answer);
      for (const x of c.distractors) expect(induced, `${c.id}: ${x}`).not.toContain(x);
    }
    for (const c of byKind('interaction-direction')) {
      const x = shipped.set.interactions.find((i) => c.id === `interaction-direction:${i.id}`)!;
      expect(c.answer, c.id).toMatch({ up: /rises/, down: /falls/, additive: /added effect/ }[x.direction]);
    }
    for (const c of byKind('interaction-mechanism')) {
      const x = shipped.set.interactions.find((i) => c.id === `interaction-mechanism:${i.id}`)!;
      const names = x.mechanism.map(enzymeName);
      expect(names, c.id).toContain(c.answer);
      for (const d of c.distractors) expect(names, `${c.id}: ${d}`).not.toContain(d);
    }
    for (const c of byKind('class')) {
      const members = shipped.classMembers(c.record).map((d) => d.name);
      expect(members, c.id).toContain(c.answer);
      for (const x of c.distractors) expect(members, `${c.id}: ${x}`).not.toContain(x);
    }
    for (const c of byKind('other-use')) {
      const use = c.prompt.replace(/^Besides epilepsy, which of these drugs is used for /, '').replace(/\?$/, '');
      expect(drugByName(c.answer).otherUses.map((u) => u.use), c.id).toContain(use);
      for (const x of c.distractors) expect(drugByName(x).otherUses.map((u) => u.use), `${c.id}: ${x}`).not.toContain(use);
    }
    for (const c of byKind('spectrum')) expect(c.answer, c.id).toMatch(shipped.drug(c.record)!.spectrum!.value);
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

  it('trace cards: drawn from the kernel when shown, the same for the same seed, the answer once', async () => {
    const style = makeStyle(0);
    const rebound = everyCard.find((c) => c.id === 'trace:rebound:ethosuximide')!;
    const a = await materializeTrace(rebound, shipped, 5, { width: 80, style });
    const b = await materializeTrace(rebound, shipped, 5, { width: 80, style });
    expect(a.lines.join('\n')).toBe(b.lines.join('\n'));
    expect(a.card.answer).toBe(b.card.answer);
    expect(a.lines.length).toBeGreaterThan(5);
    expect([a.card.answer, ...a.card.distractors].sort()).toEqual(['Run A', 'Run B']);
    // Some seed puts the drug's run first, some second.
    const answers = new Set<string>();
    for (let seed = 0; seed < 8; seed++) answers.add((await materializeTrace(rebound, shipped, seed, { width: 60, style })).card.answer);
    expect(answers.size).toBe(2);
    const ud = everyCard.find((c) => c.id.startsWith('trace:gaba:'))!;
    const u = await materializeTrace(ud, shipped, 1, { width: 80, style });
    expect(u.lines.length).toBeGreaterThan(5);
    expect(u.card.answer).toBe(ud.answer);
  });
});
