import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHistory, replay, SNAPSHOT_FILE } from '../../src/quiz/history.js';
import { LOG_FILE, ReviewLog, type Grade, type ReviewEntry } from '../../src/quiz/log.js';
import { createScheduler, isValidRetention } from '../../src/quiz/schedule.js';

const tmp = mkdtempSync(join(tmpdir(), 'asm-quiz-sched-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(tmp, `d${n++}`);

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);
const DAY = 86_400_000;

describe('schedule (fixed clock)', () => {
  const s = createScheduler({ fuzz: false });

  it('a new card answered right goes through learning, then out by days', () => {
    let st = s.empty(T0);
    expect(st.phase).toBe('new');
    st = s.review(st, 3, T0);
    expect(st.phase).toBe('learning');
    expect(st.due - T0).toBe(10 * 60_000);
    st = s.review(st, 3, st.due);
    expect(st.phase).toBe('review');
    expect(st.due - T0).toBeGreaterThan(DAY);
  });

  it('a lapse brings a review card back soon and counts', () => {
    let st = s.review(s.review(s.empty(T0), 3, T0), 3, T0 + 600_000);
    const t = st.due;
    st = s.review(st, 1, t);
    expect(st.phase).toBe('relearning');
    expect(st.lapses).toBe(1);
    expect(st.due - t).toBeLessThan(DAY);
  });

  it('is deterministic, and higher retention gives shorter intervals', () => {
    const run = (r: number) => {
      const sc = createScheduler({ retention: r, fuzz: false });
      let st = sc.empty(T0);
      let t = T0;
      for (const g of [3, 3, 3, 3] as Grade[]) {
        st = sc.review(st, g, t);
        t = st.due;
      }
      return st.due - T0;
    };
    expect(run(0.9)).toBe(run(0.9));
    expect(run(0.97)).toBeLessThan(run(0.9));
    expect(run(0.8)).toBeGreaterThan(run(0.9));
  });

  it('fuzz is deterministic for the same card and time', () => {
    const a = createScheduler({ fuzz: true });
    const b = createScheduler({ fuzz: true });
    let x = a.empty(T0);
    let y = b.empty(T0);
    for (let i = 0; i < 5; i++) {
      x = a.review(x, 3, x.due);
      y = b.review(y, 3, y.due);
    }
    expect(x).toEqual(y);
  });

  it('retrievability falls with time and is 0 for new cards', () => {
    const st = s.review(s.review(s.empty(T0), 3, T0), 3, T0 + 600_000);
    expect(s.retrievability(s.empty(T0), T0)).toBe(0);
    expect(s.retrievability(st, T0 + DAY)).toBeGreaterThan(s.retrievability(st, T0 + 30 * DAY));
  });

  it('retention is valid from 0.7 to 0.99', () => {
    expect(isValidRetention(0.7)).toBe(true);
    expect(isValidRetention(0.99)).toBe(true);
    expect(isValidRetention(0.5)).toBe(false);
    expect(isValidRetention(1)).toBe(false);
    expect(() => createScheduler({ retention: 2 })).toThrow(RangeError);
  });

  it('schedule.ts is the only module that imports ts-fsrs (it patches Date.prototype)', () => {
    const importers = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from 'ts-fsrs'|import\('ts-fsrs'\)/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(importers).toEqual(['quiz/schedule.ts']);
  });
});

const entry = (i: number, card: string, grade: Grade, mode: ReviewEntry['mode'] = 'review', t = T0 + i * 60_000): ReviewEntry => ({
  type: 'review',
  id: `r${i}`,
  t: new Date(t).toISOString(),
  card,
  fact: 'f1',
  grade,
  correct: grade > 1,
  mode,
});

describe('history and snapshot', () => {
  const s = createScheduler({ fuzz: false });
  const opts = { fuzz: false };
  const write = (dir: string, entries: ReviewEntry[]) => {
    const log = ReviewLog.open(dir, { sync: false });
    for (const e of entries) log.append(e);
    log.close();
  };

  it('derives states by replay; cram and exam do not move the schedule', () => {
    const dir = fresh();
    write(dir, [entry(1, 'a', 3), entry(2, 'a', 3, 'cram'), entry(3, 'b', 1, 'exam'), entry(4, 'a', 1)]);
    const h = loadHistory(dir, s, opts);
    expect(h.source).toBe('rebuilt');
    expect([...h.cards.keys()]).toEqual(['a']);
    const a = h.cards.get('a')!;
    expect(a.state.reps).toBe(2);
    expect(a.fails).toBe(1);
  });

  it('snapshot + tail equals a full replay, and is used', () => {
    const dir = fresh();
    const es = Array.from({ length: 60 }, (_, i) => entry(i, `c${i % 7}`, ((i % 4) + 1) as Grade, 'review', T0 + i * 3 * 3_600_000));
    write(dir, es.slice(0, 30));
    expect(loadHistory(dir, s, opts).source).toBe('rebuilt');
    write(dir, es.slice(30));
    const viaSnap = loadHistory(dir, s, opts);
    expect(viaSnap.source).toBe('snapshot');
    rmSync(join(dir, SNAPSHOT_FILE));
    const full = loadHistory(dir, s, opts);
    expect(full.source).toBe('rebuilt');
    expect(Object.fromEntries(viaSnap.cards)).toEqual(Object.fromEntries(full.cards));
  });

  it('rebuilds when the snapshot is damaged, stale, from another retention, or undone past', () => {
    const dir = fresh();
    write(dir, [entry(1, 'a', 3), entry(2, 'b', 3)]);
    loadHistory(dir, s, opts);
    writeFileSync(join(dir, SNAPSHOT_FILE), '{"v":1,"bytes":');
    expect(loadHistory(dir, s, opts).source).toBe('rebuilt');
    expect(loadHistory(dir, s, opts).source).toBe('snapshot');
    // The log was replaced by another (same size would not fool the hashes either).
    const log = readFileSync(join(dir, LOG_FILE), 'utf8');
    writeFileSync(join(dir, LOG_FILE), log.replace('"b"', '"c"'));
    const h = loadHistory(dir, s, opts);
    expect(h.source).toBe('rebuilt');
    expect(h.cards.has('c')).toBe(true);
    expect(loadHistory(dir, createScheduler({ retention: 0.8, fuzz: false }), opts).source).toBe('rebuilt');
    // An undo of a review the snapshot already holds forces a replay.
    loadHistory(dir, s, opts);
    appendFileSync(join(dir, LOG_FILE), `${JSON.stringify({ type: 'undo', id: 'u1', t: new Date(T0 + 9e5).toISOString(), target: 'r1' })}\n`);
    const u = loadHistory(dir, s, opts);
    expect(u.source).toBe('rebuilt');
    expect(u.cards.has('a')).toBe(false);
  });

  it('keeps reporting a bad line found before the snapshot', () => {
    const dir = fresh();
    write(dir, [entry(1, 'a', 3)]);
    appendFileSync(join(dir, LOG_FILE), 'garbage\n');
    write(dir, [entry(2, 'a', 3)]);
    expect(loadHistory(dir, s, opts).bad).toMatchObject([{ line: 2 }]);
    write(dir, [entry(3, 'a', 3)]);
    const h = loadHistory(dir, s, opts);
    expect(h.source).toBe('snapshot');
    expect(h.bad).toMatchObject([{ line: 2 }]);
  });
});

describe('replay skips fuzz on all but a card\'s last review', () => {
  it('gives exactly the states of a replay that fuzzes every review', () => {
    const s = createScheduler({ fuzz: true });
    const grades: Grade[] = [3, 3, 1, 3, 4, 2, 3, 3, 1, 3];
    let t = T0;
    let full = s.empty(T0);
    const entries: ReviewEntry[] = [];
    for (const [i, g] of grades.entries()) {
      full = s.review(full, g, t);
      entries.push(entry(i, 'x', g, 'review', t));
      t = Math.max(full.due, t + 60_000) + (i % 3) * 3_600_000;
    }
    const cards = new Map();
    replay(cards, entries, s);
    expect(cards.get('x').state).toEqual(full);
  });
});
