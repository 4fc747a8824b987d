import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/quiz/cards/card.js';
import type { CardHistory } from '../../src/quiz/history.js';
import type { LogEntry } from '../../src/quiz/log.js';
import { createScheduler } from '../../src/quiz/schedule.js';
import { buildQueue, cramQueue, Drill, examQueue, startOfDay } from '../../src/quiz/session.js';

const s = createScheduler({ fuzz: false });
const T = new Date(2026, 2, 2, 10, 0, 0).getTime();
const H = 3_600_000;

const mk = (i: number, extra: Partial<Card> = {}): Card => ({
  id: `k${i % 3}:c${i}`,
  kind: `k${i % 3}`,
  topic: (['pillars', 'drug-choice', 'safety'] as const)[i % 3]!,
  prompt: `Question ${i}?`,
  answer: `right ${i}`,
  correct: [`right ${i}`],
  distractors: [`wrong ${i}a`, `wrong ${i}b`, `wrong ${i}c`],
  explain: 'because',
  source: 'a source',
  drugs: [],
  mechanisms: [],
  record: 'r',
  fact: `f${i}`,
  ...extra,
});
const cards = Array.from({ length: 30 }, (_, i) => mk(i));
const seen = (card: Card, due: number, fact = card.fact, first = T - 10 * 24 * H): [string, CardHistory] => {
  const state = { ...s.review(s.review(s.empty(first), 3, first), 3, first + 600_000), due };
  return [card.id, { state, fact, fails: 0, seen: first, first }];
};
const opts = { now: T, count: 20, newPerDay: 5, reviewsPerDay: 100, dayStartsAt: 4, seed: 1 };

describe('session queue (fixed clock)', () => {
  it('due cards first (changed facts first of all), then new cards within the daily limit', () => {
    const history = new Map([seen(cards[0]!, T - H), seen(cards[1]!, T - 2 * H), seen(cards[2]!, T + 24 * H, 'old fact'), seen(cards[3]!, T + 24 * H)]);
    const { queue, counts } = buildQueue(cards, history, opts);
    expect(queue.slice(0, 3).map((q) => [q.card.id, q.status])).toEqual([
      [cards[2]!.id, 'changed'],
      [cards[1]!.id, 'due'],
      [cards[0]!.id, 'due'],
    ]);
    expect(queue.slice(3).every((q) => q.status === 'new')).toBe(true);
    expect(queue).toHaveLength(3 + 5);
    expect(counts.due).toBe(3);
    expect(queue.some((q) => q.card.id === cards[3]!.id)).toBe(false);
  });

  it('new cards already started today count against the limit; the day starts at the configured hour', () => {
    const today = startOfDay(T, 4);
    expect(new Date(today).getHours()).toBe(4);
    expect(startOfDay(new Date(2026, 2, 2, 3, 0).getTime(), 4)).toBe(new Date(2026, 2, 1, 4, 0).getTime());
    const history = new Map([seen(cards[5]!, T + 48 * H, cards[5]!.fact, today + H), seen(cards[6]!, T + 48 * H, cards[6]!.fact, today + H)]);
    expect(buildQueue(cards, history, opts).counts.newLeft).toBe(3);
    // A day starting at 06:00 puts those 05:00 cards on yesterday.
    expect(buildQueue(cards, history, { ...opts, dayStartsAt: 6 }).counts.newLeft).toBe(5);
  });

  it('--count caps the session; the seed fixes the order of new cards', () => {
    const a = buildQueue(cards, new Map(), { ...opts, count: 4, newPerDay: 20 }).queue.map((q) => q.card.id);
    const b = buildQueue(cards, new Map(), { ...opts, count: 4, newPerDay: 20 }).queue.map((q) => q.card.id);
    const c = buildQueue(cards, new Map(), { ...opts, count: 4, newPerDay: 20, seed: 2 }).queue.map((q) => q.card.id);
    expect(a).toHaveLength(4);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('cram takes the weakest first and the exam spreads across topics', () => {
    const history = new Map([seen(cards[0]!, T + 100 * 24 * H), seen(cards[1]!, T + 100 * 24 * H, cards[1]!.fact, T - 200 * 24 * H)]);
    const cram = cramQueue(cards, history, s, T, 30, 1);
    expect(cram.every((q) => q.status === 'cram')).toBe(true);
    expect(cram.indexOf(cram.find((q) => q.card.id === cards[1]!.id)!)).toBeLessThan(cram.indexOf(cram.find((q) => q.card.id === cards[0]!.id)!));
    const exam = examQueue(cards, 9, 3);
    expect(new Set(exam.map((q) => q.card.topic)).size).toBe(3);
    for (const t of ['pillars', 'drug-choice', 'safety']) expect(exam.filter((q) => q.card.topic === t)).toHaveLength(3);
  });
});

describe('Drill', () => {
  const log = () => {
    const lines: LogEntry[] = [];
    return { lines, append: (e: LogEntry) => void lines.push(e), close() {} };
  };

  it('logs each answer before the feedback, moves the schedule, brings a failed card back, undoes by appending', () => {
    const l = log();
    const history = new Map<string, CardHistory>();
    let now = T;
    const queue = cards.slice(0, 8).map((card) => ({ card, status: 'new' as const }));
    const drill = new Drill(queue, history, s, l as never, { mode: 'review', seed: 1, now: () => now, recall: false });
    const first = drill.current()!;
    expect(first.options.filter((o) => o === first.card.answer)).toHaveLength(1);
    const f = drill.answer('wrong 0a');
    expect(f.correct).toBe(false);
    expect(l.lines).toHaveLength(1);
    expect(history.get(first.card.id)!.fails).toBe(1);
    // The failed card comes back a few cards later.
    expect(drill.remaining).toBe(8);
    now += 1000;
    drill.answer(drill.current()!.card.answer);
    expect(history.get(cards[1]!.id)!.state.reps).toBe(1);
    const undone = drill.undo()!;
    expect(undone.id).toBe(cards[1]!.id);
    expect(history.has(cards[1]!.id)).toBe(false);
    expect(l.lines.at(-1)).toMatchObject({ type: 'undo', target: l.lines[1]!.id });
    expect(drill.current()!.card.id).toBe(cards[1]!.id);
  });

  it('cram and exam answers never touch the schedule; a typed answer can be overridden', () => {
    const history = new Map<string, CardHistory>();
    const brand = mk(1, { recall: { accept: ['Carbamazepine'] }, answer: 'Carbamazepine', correct: ['Carbamazepine'] });
    const d = new Drill([{ card: brand, status: 'cram' }], history, s, undefined, { mode: 'cram', seed: 1, now: () => T, recall: true, names: ['Oxcarbazepine', 'Carbamazepine'] });
    expect(d.current()!.recall).toBe(true);
    const f = d.answer('oxcarbazepine', { typed: true });
    expect(f.correct).toBe(false);
    expect(f.nearMiss).toBe('Oxcarbazepine');
    expect(d.override(true)!.correct).toBe(true);
    expect(d.correctCount).toBe(1);
    expect(d.answered).toBe(1);
    expect(history.size).toBe(0);
  });
});
