/**
 * The review log: the one truth about a student's history. One JSON object per line,
 * appended with O_APPEND by a single write(2), so two drills running at once interleave
 * whole lines, and kill -9 can lose at most the line being written.
 *
 * Never rewritten, never truncated:
 * - a torn last line (a crash mid-write, a power cut) is repaired at open by appending a
 *   newline, so the next review starts on a line of its own;
 * - a line that cannot be read is left in the file byte for byte and reported with its file
 *   and line number; the rest of the history still counts.
 *
 * Card states are derived from this file (schedule.ts, snapshot.ts); nothing else is truth.
 */
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync, constants } from 'node:fs';
import { join } from 'node:path';

/** What a drill was doing when the answer was given. Only `review` moves the schedule. */
export const MODES = ['review', 'cram', 'exam'] as const;
export type Mode = (typeof MODES)[number];

/** 1 again, 2 hard, 3 good, 4 easy (FSRS grades). */
export type Grade = 1 | 2 | 3 | 4;

export interface ReviewEntry {
  type: 'review';
  /** Unique id of this review (undo names it). */
  id: string;
  /** ISO time of the answer. */
  t: string;
  card: string;
  /** Hash of the card's fact when it was asked: a different hash later means the fact changed. */
  fact: string;
  grade: Grade;
  correct: boolean;
  mode: Mode;
  /** Milliseconds the student took, if measured. */
  ms?: number;
  /** The session (one drill or exam) the answer belongs to. */
  session?: string;
  /** Topic of the card when asked (exam breakdowns read it back). */
  topic?: string;
}

export interface UndoEntry {
  type: 'undo';
  id: string;
  t: string;
  /** Id of the review it cancels. */
  target: string;
}

export type LogEntry = ReviewEntry | UndoEntry;

/** A line that could not be read: kept in the file, reported with where it is. */
export interface BadLine {
  file: string;
  line: number;
  /** The first characters of the line, for the report. */
  excerpt: string;
  reason: string;
  /** The unterminated last line: not consumed, repaired when the log is next opened for writing. */
  torn?: boolean;
}

export interface ReadResult {
  entries: LogEntry[];
  bad: BadLine[];
  /** Bytes read: entries cover [0, bytes). */
  bytes: number;
  /** Newlines read (lines before `bytes`). */
  lines: number;
}

export const LOG_FILE = 'reviews.jsonl';

const GRADES = new Set([1, 2, 3, 4]);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Checks one parsed line; returns the entry or the reason it is unreadable. */
export function parseEntry(value: unknown): LogEntry | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  if (!isStr(o.id) || !isStr(o.t) || Number.isNaN(Date.parse(o.t))) return 'missing id or time';
  if (o.type === 'undo') return isStr(o.target) ? { type: 'undo', id: o.id, t: o.t, target: o.target } : 'undo without a target';
  if (o.type !== 'review') return `unknown entry type ${JSON.stringify(o.type)}`;
  if (!isStr(o.card) || !isStr(o.fact)) return 'review without a card or fact';
  if (typeof o.grade !== 'number' || !GRADES.has(o.grade)) return 'grade must be 1 to 4';
  if (typeof o.correct !== 'boolean') return 'correct must be true or false';
  if (typeof o.mode !== 'string' || !(MODES as readonly string[]).includes(o.mode)) return 'unknown mode';
  const e: ReviewEntry = { type: 'review', id: o.id, t: o.t, card: o.card, fact: o.fact, grade: o.grade as Grade, correct: o.correct, mode: o.mode as Mode };
  if (typeof o.ms === 'number') e.ms = o.ms;
  if (isStr(o.session)) e.session = o.session;
  if (isStr(o.topic)) e.topic = o.topic;
  return e;
}

/**
 * Parses log bytes. Only whole lines (ending in a newline) are consumed: `bytes` stops after
 * the last newline. An unterminated last line is either being written by another drill or
 * torn by a crash; it is reported as torn but not consumed (ReviewLog.open repairs it).
 * `firstLine` numbers lines when reading a tail.
 */
export function parseLog(buf: Buffer, file: string, firstLine = 1): ReadResult {
  const entries: LogEntry[] = [];
  const bad: BadLine[] = [];
  let start = 0;
  let line = firstLine;
  let lines = 0;
  for (let end = buf.indexOf(10); end !== -1; end = buf.indexOf(10, start)) {
    if (end > start) {
      const text = buf.toString('utf8', start, end);
      if (text.trim() !== '') {
        let value: unknown;
        let parsed: LogEntry | string;
        try {
          value = JSON.parse(text);
          parsed = parseEntry(value);
        } catch {
          parsed = 'not valid JSON';
        }
        if (typeof parsed === 'string') bad.push({ file, line, excerpt: excerpt(text), reason: parsed });
        else entries.push(parsed);
      }
    }
    start = end + 1;
    line++;
    lines++;
  }
  if (start < buf.length) {
    bad.push({ file, line, excerpt: excerpt(buf.toString('utf8', start)), reason: 'torn line (no newline at the end of the file)', torn: true });
  }
  return { entries, bad, bytes: start, lines };
}

function excerpt(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters from damaged bytes must not reach the terminal
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

/** Reads the whole file (or from `offset`), never modifying it. A missing file is an empty log. */
export function readLogFile(path: string, offset = 0, firstLine = 1): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], bad: [], bytes: 0, lines: 0 };
    throw err;
  }
  try {
    const size = fstatSync(fd).size;
    const len = Math.max(0, size - offset);
    const buf = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const n = readSync(fd, buf, got, len - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    const r = parseLog(buf.subarray(0, got), path, firstLine);
    return { ...r, bytes: offset + r.bytes };
  } finally {
    closeSync(fd);
  }
}

let counter = 0;
/** A review id: time, process and a counter, unique across concurrent drills. */
export function newId(now: Date): string {
  counter = (counter + 1) % 1e6;
  return `${now.getTime().toString(36)}-${process.pid.toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** An open review log, for appending. */
export class ReviewLog {
  private fd: number | undefined;
  /** Whether open() found and repaired a torn last line. */
  repaired = false;

  private constructor(
    readonly path: string,
    /** fsync after each line (on by default: a student's answer is worth a millisecond). */
    private readonly sync: boolean,
  ) {}

  /**
   * Opens (creating the folder and file if needed) for appending. If the file does not end
   * with a newline, the last line is torn: one newline is appended so it stays as it is
   * (reported as unreadable) and the next review starts a line of its own.
   */
  static open(dir: string, opts: { sync?: boolean } = {}): ReviewLog {
    mkdirSync(dir, { recursive: true });
    const log = new ReviewLog(join(dir, LOG_FILE), opts.sync ?? true);
    log.fd = openSync(log.path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o644);
    const size = fstatSync(log.fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      const rfd = openSync(log.path, constants.O_RDONLY);
      try {
        readSync(rfd, last, 0, 1, size - 1);
      } finally {
        closeSync(rfd);
      }
      if (last[0] !== 10) {
        writeSync(log.fd, '\n');
        log.repaired = true;
      }
    }
    return log;
  }

  /** Appends one entry as one line in one write; returns when the line is in the file. */
  append(entry: LogEntry): void {
    if (this.fd === undefined) throw new Error('review log is closed');
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    let off = 0;
    // A regular file takes the whole line in one write; the loop only guards a short write.
    while (off < line.length) off += writeSync(this.fd, line, off, line.length - off);
    if (this.sync) fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * The reviews that count: undone reviews removed, in log order (which is time order per
 * writer; concurrent drills are merged by time).
 */
export function effectiveReviews(entries: LogEntry[]): ReviewEntry[] {
  const undone = new Set<string>();
  for (const e of entries) if (e.type === 'undo') undone.add(e.target);
  const reviews = entries.filter((e): e is ReviewEntry => e.type === 'review' && !undone.has(e.id));
  // Stable sort by time: two drills running at once append interleaved lines.
  return reviews.map((r, i) => ({ r, i, t: Date.parse(r.t) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.r);
}
