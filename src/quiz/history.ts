/**
 * Card states derived from the review log, kept fast by a snapshot.
 *
 * The log is the truth; the snapshot (state.json beside it) is a cache of the replay up to
 * a byte offset. It is trusted only if its version, retention and the bytes it covers still
 * match the log (hashes of the first and last 4 KiB it read); otherwise, and whenever it is
 * missing or unreadable, it is rebuilt from the whole log. After it, only the appended tail
 * is replayed.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync, constants } from 'node:fs';
import { join } from 'node:path';
import { effectiveReviews, LOG_FILE, readLogFile, type BadLine, type LogEntry, type ReviewEntry } from './log.js';
import type { CardState, Scheduler } from './schedule.js';

export const SNAPSHOT_FILE = 'state.json';
const SNAPSHOT_VERSION = 2;
/** Changes whenever the replay would give different states (scheduler version, options). */
const REPLAY_KEY = 'ts-fsrs-5.4.2';
const PROBE = 4096;

/** What the history says about one card. */
export interface CardHistory {
  state: CardState;
  /** The fact hash the card had when last answered. */
  fact: string;
  /** Wrong answers in scheduled reviews (leech detection). */
  fails: number;
  /** Time of the last answer in any mode (ms). */
  seen: number;
  /** Time of the first scheduled review (ms): when the card stopped being new. */
  first: number;
}

export interface History {
  cards: Map<string, CardHistory>;
  bad: BadLine[];
  /** How the states were obtained: from the snapshot plus a tail, or rebuilt from the whole log. */
  source: 'snapshot' | 'rebuilt';
}

interface SnapshotFile {
  v: number;
  key: string;
  retention: number;
  fuzz: boolean;
  bytes: number;
  lines: number;
  head: string;
  tail: string;
  bad: BadLine[];
  cards: Record<string, CardHistory>;
}

function hashRange(fd: number, from: number, to: number): string {
  const len = Math.max(0, to - from);
  const buf = Buffer.alloc(len);
  if (len > 0) readSync(fd, buf, 0, len, from);
  return createHash('sha1').update(buf).digest('hex');
}

function probes(path: string, bytes: number): { head: string; tail: string; size: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY);
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < bytes) return { head: '', tail: '', size };
    return { head: hashRange(fd, 0, Math.min(bytes, PROBE)), tail: hashRange(fd, Math.max(0, bytes - PROBE), bytes), size };
  } finally {
    closeSync(fd);
  }
}

/** Applies reviews (time-ordered) to the card map. Cram and exam answers never move the schedule. */
export function replay(cards: Map<string, CardHistory>, reviews: ReviewEntry[], scheduler: Scheduler): void {
  // Only a card's last scheduled review sets the due date that counts: the others skip fuzz.
  const last = new Map<string, number>();
  reviews.forEach((r, i) => r.mode === 'review' && last.set(r.card, i));
  for (const [i, r] of reviews.entries()) {
    const t = Date.parse(r.t);
    let h = cards.get(r.card);
    if (r.mode !== 'review') {
      if (h) h.seen = Math.max(h.seen, t);
      continue;
    }
    if (!h) {
      h = { state: scheduler.empty(t), fact: r.fact, fails: 0, seen: t, first: t };
      cards.set(r.card, h);
    }
    h.state = last.get(r.card) === i ? scheduler.review(h.state, r.grade, t) : scheduler.reviewUnfuzzed(h.state, r.grade, t);
    h.fact = r.fact;
    if (!r.correct) h.fails++;
    h.seen = Math.max(h.seen, t);
  }
}

/**
 * Reads the states of every card answered so far: from the snapshot plus the appended tail
 * when the snapshot holds, else by replaying the whole log (and writing a new snapshot).
 */
export function loadHistory(dir: string, scheduler: Scheduler, opts: { fuzz: boolean; writeSnapshot?: boolean } = { fuzz: true }): History {
  const logPath = join(dir, LOG_FILE);
  const snapPath = join(dir, SNAPSHOT_FILE);
  const snap = readSnapshot(snapPath);
  if (snap && snap.key === REPLAY_KEY && snap.retention === scheduler.retention && snap.fuzz === opts.fuzz) {
    const p = probes(logPath, snap.bytes);
    if (p && p.size >= snap.bytes && p.head === snap.head && p.tail === snap.tail) {
      const tail = readLogFile(logPath, snap.bytes, snap.lines + 1);
      const cards = new Map(Object.entries(snap.cards));
      if (tailFits(tail.entries, cards)) {
        replay(cards, effectiveReviews(tail.entries), scheduler);
        const history: History = { cards, bad: [...snap.bad, ...tail.bad], source: 'snapshot' };
        if (tail.entries.length > 0 && opts.writeSnapshot !== false) writeSnapshot(dir, history, tail.bytes, snap.lines + tail.lines, scheduler.retention, opts.fuzz);
        return history;
      }
    }
  }
  const all = readLogFile(logPath);
  const cards = new Map<string, CardHistory>();
  replay(cards, effectiveReviews(all.entries), scheduler);
  const history: History = { cards, bad: all.bad, source: 'rebuilt' };
  if (opts.writeSnapshot !== false) writeSnapshot(dir, history, all.bytes, all.lines, scheduler.retention, opts.fuzz);
  return history;
}

/** A tail can be replayed on top of the snapshot unless it undoes or predates what the snapshot holds. */
function tailFits(entries: LogEntry[], cards: Map<string, CardHistory>): boolean {
  const inTail = new Set(entries.filter((e) => e.type === 'review').map((e) => e.id));
  for (const e of entries) {
    if (e.type === 'undo') {
      if (!inTail.has(e.target)) return false;
    } else {
      const h = cards.get(e.card);
      if (h && Date.parse(e.t) < h.seen) return false;
    }
  }
  return true;
}

function readSnapshot(path: string): SnapshotFile | undefined {
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile;
    if (s && s.v === SNAPSHOT_VERSION && typeof s.bytes === 'number' && s.cards && typeof s.cards === 'object' && Array.isArray(s.bad)) return s;
  } catch {
    // Missing or damaged: rebuilt from the log.
  }
  return undefined;
}

/** Writes the snapshot atomically (temp file, then rename). A failure only costs speed next time. */
export function writeSnapshot(dir: string, h: History, bytes: number, lines: number, retention: number, fuzz: boolean): void {
  const logPath = join(dir, LOG_FILE);
  const p = probes(logPath, bytes);
  if (!p || p.size < bytes) return;
  const file: SnapshotFile = {
    v: SNAPSHOT_VERSION,
    key: REPLAY_KEY,
    retention,
    fuzz,
    bytes,
    lines,
    head: p.head,
    tail: p.tail,
    bad: h.bad.filter((b) => !b.torn),
    cards: Object.fromEntries(h.cards),
  };
  const tmp = join(dir, `.${SNAPSHOT_FILE}.${process.pid}.${Math.random().toString(36).slice(2)}`);
  try {
    writeFileSync(tmp, JSON.stringify(file));
    renameSync(tmp, join(dir, SNAPSHOT_FILE));
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean
    }
  }
}
