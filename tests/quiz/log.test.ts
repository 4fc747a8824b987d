import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectiveReviews, LOG_FILE, newId, readLogFile, ReviewLog, type ReviewEntry } from '../../src/quiz/log.js';

const tmp = mkdtempSync(join(tmpdir(), 'asm-quiz-log-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const d = join(tmp, `d${n++}`);
  return d;
};

const review = (i: number, extra: Partial<ReviewEntry> = {}): ReviewEntry => ({
  type: 'review',
  id: `r${i}`,
  t: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  card: `c${i % 3}`,
  fact: 'f',
  grade: 3,
  correct: true,
  mode: 'review',
  ...extra,
});

describe('review log', () => {
  it('appends one line per review and reads them back', () => {
    const dir = fresh();
    const log = ReviewLog.open(dir, { sync: false });
    for (let i = 0; i < 5; i++) log.append(review(i));
    log.close();
    const r = readLogFile(join(dir, LOG_FILE));
    expect(r.entries.map((e) => e.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(r.bad).toEqual([]);
    expect(readFileSync(join(dir, LOG_FILE), 'utf8').split('\n')).toHaveLength(6);
  });

  it('repairs a torn last line by appending a newline, never truncating, and reports it', () => {
    const dir = fresh();
    const log = ReviewLog.open(dir, { sync: false });
    log.append(review(1));
    log.close();
    const path = join(dir, LOG_FILE);
    appendFileSync(path, '{"type":"review","id":"r2","t":"2026-01');
    const before = readFileSync(path);
    // Reading alone never changes the file; the torn line is reported, not consumed.
    const r0 = readLogFile(path);
    expect(r0.bad).toMatchObject([{ line: 2, torn: true }]);
    expect(r0.bytes).toBe(before.indexOf('\n') + 1);
    const again = ReviewLog.open(dir, { sync: false });
    expect(again.repaired).toBe(true);
    again.append(review(3));
    again.close();
    const after = readFileSync(path);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const r = readLogFile(path);
    expect(r.entries.map((e) => e.id)).toEqual(['r1', 'r3']);
    expect(r.bad).toMatchObject([{ file: path, line: 2, reason: 'not valid JSON' }]);
  });

  it('keeps an unreadable line byte for byte and reports its file and line; the rest still counts', () => {
    const dir = fresh();
    const log = ReviewLog.open(dir, { sync: false });
    log.append(review(1));
    log.close();
    const path = join(dir, LOG_FILE);
    const garbage = Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x7d, 0x0a]);
    appendFileSync(path, garbage);
    appendFileSync(path, '{"type":"review","id":"x","t":"2026-01-01T00:00:00Z","card":"c","fact":"f","grade":9,"correct":true,"mode":"review"}\n');
    const l2 = ReviewLog.open(dir, { sync: false });
    expect(l2.repaired).toBe(false);
    l2.append(review(2));
    l2.close();
    const bytes = readFileSync(path);
    expect(bytes.indexOf(garbage)).toBeGreaterThan(0);
    const r = readLogFile(path);
    expect(r.entries.map((e) => e.id)).toEqual(['r1', 'r2']);
    expect(r.bad.map((b) => [b.line, b.reason])).toEqual([
      [2, 'not valid JSON'],
      [3, 'grade must be 1 to 4'],
    ]);
    // No control characters reach a report.
    expect(r.bad[0]!.excerpt).not.toContain(String.fromCharCode(27));
  });

  it('undo cancels one review; the effective order is by time', () => {
    const entries = [review(3), review(1), { type: 'undo' as const, id: 'u', t: review(4).t, target: 'r3' }, review(2)];
    expect(effectiveReviews(entries).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('gives unique ids', () => {
    const now = new Date();
    const ids = new Set(Array.from({ length: 1000 }, () => newId(now)));
    expect(ids.size).toBe(1000);
  });
});

describe('review log under concurrency and kill -9', () => {
  let writer: string;
  beforeAll(async () => {
    writer = join(tmp, 'writer.mjs');
    await build({ entryPoints: [fileURLToPath(new URL('./log-writer.ts', import.meta.url))], outfile: writer, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  });

  it('two drills appending at once keep every review, each line whole', async () => {
    const dir = fresh();
    const run = (tag: string) =>
      new Promise<string[]>((resolve, reject) => {
        const p = spawn(process.execPath, [writer, dir, '400', tag], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        p.stdout.on('data', (d: Buffer) => (out += d.toString()));
        p.on('error', reject);
        p.on('close', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`writer exited ${code}`))));
      });
    const [a, b] = await Promise.all([run('a'), run('b')]);
    const r = readLogFile(join(dir, LOG_FILE));
    expect(r.bad).toEqual([]);
    const ids = new Set(r.entries.map((e) => e.id));
    expect(ids.size).toBe(800);
    for (const id of [...a, ...b]) expect(ids.has(id)).toBe(true);
  });

  it('kill -9 at any moment loses at most the review being written (20 runs)', async () => {
    const dir = fresh();
    const acknowledged: string[] = [];
    for (let run = 0; run < 20; run++) {
      const ids = await new Promise<string[]>((resolve) => {
        const p = spawn(process.execPath, [writer, dir, '100000', `k${run}`], { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        p.stdout.on('data', (d: Buffer) => {
          out += d.toString();
        });
        // Kill after the first acknowledged review plus a random delay.
        p.stdout.once('data', () => setTimeout(() => p.kill('SIGKILL'), Math.random() * 15));
        p.on('close', () => resolve(out.split('\n').slice(0, -1)));
      });
      acknowledged.push(...ids);
    }
    const r = readLogFile(join(dir, LOG_FILE));
    const ids = new Set(r.entries.map((e) => e.id));
    const lost = acknowledged.filter((id) => !ids.has(id));
    expect(lost).toEqual([]);
    // Only torn lines (at most one per kill) may be unreadable.
    expect(r.bad.length).toBeLessThanOrEqual(20);
    expect(acknowledged.length).toBeGreaterThan(20);
  });

  it('a missing log is an empty history; writing never needs an existing folder', () => {
    const dir = join(fresh(), 'deep', 'er');
    expect(readLogFile(join(dir, LOG_FILE)).entries).toEqual([]);
    const log = ReviewLog.open(dir);
    log.append(review(1));
    log.close();
    expect(readLogFile(join(dir, LOG_FILE)).entries).toHaveLength(1);
  });
});
