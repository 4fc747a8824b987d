/** asm quiz in-process: fake streams, a fixed clock, a private $ASM_HOME. */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ankiGuid } from '../../src/quiz/export.js';
import { LOG_FILE, readLogFile } from '../../src/quiz/log.js';
import { asm } from '../helpers/run.js';

const tmp = mkdtempSync(join(tmpdir(), 'asm-quiz-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshHome = () => join(tmp, `home${n++}`);

const T0 = new Date('2026-03-02T10:00:00Z');

const quiz = (args: string[], o: { home: string; input?: string; now?: Date; env?: Record<string, string> }) =>
  asm(args, { env: { ASM_HOME: o.home, ...o.env }, input: o.input ?? '', now: o.now ?? T0 });

const reviews = (home: string) => readLogFile(join(home, LOG_FILE)).entries.filter((e) => e.type === 'review');

describe('asm quiz (line mode, stdin not a terminal)', () => {
  it('prints cards plainly, reads numbers or text, ends with "N correct of M", logs every answer', async () => {
    const home = freshHome();
    const r = await quiz(['quiz', '--seed', '3', '--count', '3'], { home, input: '1\n2\n1\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Card 1 of 3/m);
    expect(r.stdout).toMatch(/^\s+1\. /m);
    expect(r.stdout).toMatch(/^(✓ Right|✗ Wrong)/m);
    expect(r.stdout).toMatch(/Source: /);
    expect(r.stdout).toMatch(/^\d correct of 3$/m);
    // eslint-disable-next-line no-control-regex -- no colour when not a terminal
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(reviews(home)).toHaveLength(3);
  });

  it('the same seed gives the same cards and options', async () => {
    const a = await quiz(['quiz', '--seed', '9', '--count', '2'], { home: freshHome(), input: '1\n1\n' });
    const b = await quiz(['quiz', '--seed', '9', '--count', '2'], { home: freshHome(), input: '1\n1\n' });
    expect(a.stdout).toBe(b.stdout);
  });

  it('end of input ends the drill and keeps every answer', async () => {
    const home = freshHome();
    const r = await quiz(['quiz', '--seed', '1', '--count', '5'], { home, input: '1\n2\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/of 2$/m);
    expect(reviews(home)).toHaveLength(2);
  });

  it('u undoes the last answer (an undo line is appended; the card is asked again)', async () => {
    const home = freshHome();
    const r = await quiz(['quiz', '--seed', '1', '--count', '2'], { home, input: '1\nu\n2\n1\n' });
    expect(r.stdout).toMatch(/Undone/);
    const all = readLogFile(join(home, LOG_FILE)).entries;
    expect(all.filter((e) => e.type === 'undo')).toHaveLength(1);
    expect(r.stdout).toMatch(/of 2$/m);
  });

  it('the next day shows due cards first, and the schedule moved', async () => {
    const home = freshHome();
    await quiz(['quiz', '--seed', '2', '--count', '4'], { home, input: '1\n1\n1\n1\n1\n1\n1\n1\n' });
    const later = new Date(T0.getTime() + 40 * 86_400_000);
    const r = await quiz(['quiz', '--seed', '2', '--count', '2', '--new', '0'], { home, input: '1\n1\n', now: later });
    expect(r.stdout).toMatch(/Card 1 of 2 · \d+ due/);
    expect(r.stdout).toMatch(/· due$/m);
  });

  it('with nothing due and no new cards allowed, says so and how to study anyway', async () => {
    const r = await quiz(['quiz', '--new', '0'], { home: freshHome() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Nothing due now/);
    expect(r.stdout).toMatch(/--cram/);
  });

  it('--cram studies without touching the schedule', async () => {
    const home = freshHome();
    await quiz(['quiz', '--cram', '--count', '2', '--seed', '4'], { home, input: '1\n1\n' });
    expect(reviews(home).every((e) => e.type === 'review' && e.mode === 'cram')).toBe(true);
    const st = JSON.parse((await quiz(['quiz', 'stats', '--json'], { home })).stdout) as { cardsSeen: number; totalReviews: number };
    expect(st.cardsSeen).toBe(0);
    expect(st.totalReviews).toBe(2);
  });

  it('filters: --drug by brand, --topic, --kind; a typed brand answer is matched', async () => {
    const home = freshHome();
    const r = await quiz(['quiz', '--drug', 'Tegretol', '--kind', 'brand', '--count', '1', '--seed', '1'], { home, input: 'carbamazapine\n' });
    expect(r.stdout).toMatch(/is a brand of which drug\?/);
    expect(r.stdout).toMatch(/✓ Right: Carbamazepine/);
    expect(r.stdout).toMatch(/typed vs answer: carbamaz\[-a-\]\{\+e\+\}pine/i);
    const t = await quiz(['quiz', '--topic', 'pregnancy', '--count', '1'], { home: freshHome(), input: '1\n' });
    expect(t.stdout).toMatch(/pregnancy/);
  });

  it('a corrupt line in the log is reported with file and line, kept, and the rest still counts', async () => {
    const home = freshHome();
    await quiz(['quiz', '--count', '1', '--seed', '1'], { home, input: '1\n' });
    appendFileSync(join(home, LOG_FILE), 'not json at all\n{"type":"review","id":"x"');
    const r = await quiz(['quiz', '--count', '1', '--seed', '5'], { home, input: '1\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${LOG_FILE}:2: not valid JSON`));
    expect(r.stderr).toMatch(new RegExp(`${LOG_FILE}:3: not valid JSON`));
    const text = readFileSync(join(home, LOG_FILE), 'utf8');
    expect(text).toContain('not json at all\n{"type":"review","id":"x"\n');
    expect(reviews(home)).toHaveLength(2);
  });
});

describe('where the review log lives', () => {
  it('$ASM_HOME, else $XDG_DATA_HOME/asm, else ~/.local/share/asm; never a relative HOME', async () => {
    const xdg = freshHome();
    await asm(['quiz', '--count', '1'], { env: { XDG_DATA_HOME: xdg }, input: '1\n', now: T0 });
    expect(reviews(join(xdg, 'asm'))).toHaveLength(1);
    const home = freshHome();
    await asm(['quiz', '--count', '1'], { env: { HOME: home }, input: '1\n', now: T0 });
    expect(reviews(join(home, '.local', 'share', 'asm'))).toHaveLength(1);
    const r = await asm(['quiz', '--count', '1'], { env: { HOME: 'relative' }, input: '1\n', now: T0 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no home folder[\s\S]*hint: set ASM_HOME/);
  });
});

describe('asm quiz errors: a hint and a non-zero exit, never a stack trace', () => {
  it.each([
    [['quiz', '--retention', '0.5'], 2, /--retention must be a number from 0.7 to 0.99/],
    [['quiz', '--topic', 'nope'], 2, /--topic must be one of/],
    [['quiz', '--kind', 'nope'], 2, /no card kind "nope"/],
    [['quiz', '--drug', 'tegretl'], 1, /did you mean/],
    [['quiz', 'export', '--format', 'pdf'], 2, /--format must be one of anki, csv, json/],
  ])('%j', async (args, code, message) => {
    const r = await quiz(args, { home: freshHome() });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a broken config.json is a user error naming the file', async () => {
    const home = freshHome();
    await quiz(['quiz', '--count', '1'], { home, input: '1\n' });
    writeFileSync(join(home, 'config.json'), '{"dayStartsAt": 30}');
    const r = await quiz(['quiz'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/config.json: dayStartsAt must be a whole number from 0 to 23/);
  });
});

describe('asm quiz stats, exam, reset, export', () => {
  it('stats --json has the contract fields; the text has forecast, heatmap and leeches', async () => {
    const home = freshHome();
    await quiz(['quiz', '--count', '3', '--seed', '1'], { home, input: '1\n1\n1\n' });
    const j = JSON.parse((await quiz(['quiz', 'stats', '--json'], { home })).stdout) as Record<string, unknown>;
    for (const k of ['totalReviews', 'cardsSeen', 'dueNow', 'trueRetention', 'forecast', 'reviewsByDay', 'leeches', 'byState']) expect(j).toHaveProperty(k);
    expect(j.totalReviews).toBeGreaterThanOrEqual(3);
    expect((j.forecast as unknown[]).length).toBe(30);
    const t = await quiz(['quiz', 'stats'], { home });
    expect(t.stdout).toMatch(/Due in the next 30 days/);
    expect(t.stdout).toMatch(/Reviews per day/);
    expect(t.stdout).toMatch(/Leeches/);
    expect(t.stdout).toMatch(/true retention/);
  });

  it('exam: scored at the end by topic, weakest named, kept in the history without moving the schedule', async () => {
    const home = freshHome();
    const r = await quiz(['quiz', 'exam', '--questions', '6', '--seed', '3'], { home, input: '1\n1\n1\n1\n1\n1\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Score: \d of 6/);
    expect(r.stdout).toMatch(/By topic/);
    expect(r.stdout).not.toMatch(/✓ Right|✗ Wrong/);
    expect(reviews(home).every((e) => e.type === 'review' && e.mode === 'exam')).toBe(true);
    const j = JSON.parse((await quiz(['quiz', 'stats', '--json'], { home })).stdout) as { cardsSeen: number; exams: unknown[] };
    expect(j.cardsSeen).toBe(0);
    expect(j.exams).toHaveLength(1);
  });

  it('reset asks (refuses without a terminal), --yes keeps a backup', async () => {
    const home = freshHome();
    await quiz(['quiz', '--count', '1'], { home, input: '1\n' });
    const refused = await quiz(['quiz', 'reset'], { home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--yes/);
    expect(existsSync(join(home, LOG_FILE))).toBe(true);
    const before = readFileSync(join(home, LOG_FILE), 'utf8');
    const r = await quiz(['quiz', 'reset', '--yes'], { home });
    expect(r.code).toBe(0);
    expect(existsSync(join(home, LOG_FILE))).toBe(false);
    const [backup] = readdirSync(join(home, 'backups'));
    expect(readFileSync(join(home, 'backups', backup!), 'utf8')).toBe(before);
  });

  it('export anki: headers, stable GUIDs from card ids, tags by drug and topic; csv and json', async () => {
    const home = freshHome();
    const a = await quiz(['quiz', 'export', '--format', 'anki'], { home });
    const lines = a.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:false', '#notetype:Basic', '#deck:Antiseizure medications (asm)', '#guid column:1', '#tags column:4']);
    const rows = lines.slice(6).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const r of rows) expect(r).toHaveLength(4);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    const teg = rows.find((r) => r[1] === 'Tegretol is a brand of which drug?');
    expect(teg?.[0]).toBe(ankiGuid('brand:carbamazepine:tegretol'));
    expect(rows.some((r) => r[0] === ankiGuid('brand:carbamazepine:tegretol') && r[3]!.includes('asm::drug::carbamazepine') && r[3]!.includes('asm::topic::drug-choice'))).toBe(true);
    const again = await quiz(['quiz', 'export'], { home });
    expect(again.stdout).toBe(a.stdout);
    const csv = await quiz(['quiz', 'export', '--format', 'csv', '--drug', 'valproate'], { home });
    expect(csv.stdout.split('\r\n')[0]).toBe('id,guid,kind,topic,prompt,answer,distractors,explanation,source,drugs');
    const json = JSON.parse((await quiz(['quiz', 'export', '--format', 'json', '--topic', 'pillars'], { home })).stdout) as { id: string; topic: string }[];
    expect(json.every((c) => c.topic === 'pillars')).toBe(true);
  });
});
