import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { optionKey } from '../../src/quiz/cards/card.js';
import { toCard } from '../../src/quiz/cards/handwritten.js';
import { buildSearchDocs } from '../../src/domain/search.js';
import { loadFromDisk } from '../../src/records/load.js';
import { formatProblem } from '../../src/records/problems.js';
import { MINI } from '../helpers/cli.js';
import { shipped } from '../helpers/records.js';

const tmp = mkdtempSync(join(tmpdir(), 'asm-quiz-cards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('hand-written cards (data/cards/, the card kind)', () => {
  const cards = shipped.set.cards.map(toCard);

  it('at least 40, every one valid, sourced, with the right answer once and no wrong answer also right', () => {
    expect(cards.length).toBeGreaterThanOrEqual(40);
    for (const c of cards) {
      expect(c.source.length, c.id).toBeGreaterThan(10);
      const right = new Set(c.correct.map(optionKey));
      expect(c.distractors.filter((d) => right.has(optionKey(d))), c.id).toEqual([]);
      expect(c.distractors.length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('are not searched: asm search must not give their answers away', () => {
    expect(buildSearchDocs(shipped).filter((d) => d.kind === 'card')).toEqual([]);
  });

  it('cover the vignettes the issue names', () => {
    const ids = cards.map((c) => c.id).join(' ');
    for (const k of ['absences-worse-on-carbamazepine', 'pill-failed-on-carbamazepine', 'valproate-neural-tube', 'pregabalin-stopped-abruptly', 'dre-definition', 'bects-treat-or-not', 'status-when-to-treat']) expect(ids).toContain(k);
  });

  it('a broken card file is reported by asm validate with file, line and field', () => {
    const dir = join(tmp, 'data');
    cpSync(MINI, dir, { recursive: true });
    mkdirSync(join(dir, 'cards'), { recursive: true });
    const card = (id: string, distractors: string, drugs: string, cite: string) =>
      [`id: ${id}`, 'topic: drug-choice', 'prompt: Which?', 'answer: Yes', `distractors: ${distractors}`, 'explain: x', `drugs: ${drugs}`, 'record: carbamazepine', `cite: ${cite}`, 'sources: [{id: s, title: A source}]', ''].join('\n');
    writeFileSync(join(dir, 'cards', 'bad.yaml'), card('bad', '[No, "yes"]', '[carbamazepine]', '[s]'));
    writeFileSync(join(dir, 'cards', 'refs.yaml'), card('refs', '[No, Maybe]', '[nodrug]', '[nope]'));
    writeFileSync(join(dir, 'cards', 'typo.yaml'), 'id: typo\ntopik: pillars\n');
    const msgs = loadFromDisk(dir).problems.map(formatProblem);
    expect(msgs).toContainEqual(expect.stringMatching(/^cards\/bad.yaml:5:\d+: distractors\[1\]: is also a right answer/));
    expect(msgs).toContainEqual(expect.stringMatching(/^cards\/refs.yaml:7:\d+: drugs\[0\]: .*nodrug/));
    expect(msgs).toContainEqual(expect.stringMatching(/^cards\/refs.yaml:9:\d+: cite\[0\]: .*nope/));
    expect(msgs.some((m) => m.startsWith('cards/typo.yaml'))).toBe(true);
  });
});
