/** asm learn in-process on the shipped lessons, and the pager. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { shellWords } from '../../src/cli/commands/learn/run.js';
import { page } from '../../src/cli/pager.js';
import { stripAnsi } from '../../src/present/text.js';
import { STACK_LINE, tempDir } from '../helpers/cli.js';
import { shipped } from '../helpers/records.js';
import type { Capture} from '../helpers/run.js';
import { asm, fakeIO } from '../helpers/run.js';

describe('asm learn', () => {
  it('lists the lessons in course order with a one-line summary each', async () => {
    const r = await asm(['learn']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^The course, in order\n/);
    for (const l of shipped.set.lessons) expect(r.stdout).toContain(l.id);
    const json = JSON.parse((await asm(['learn', '--json'])).stdout) as { id: string; title: string }[];
    expect(json.map((l) => l.id)).toEqual([...shipped.set.lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)).map((l) => l.id));
    expect(json[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String) }));
  });

  it('every lesson renders within the width, with its sources numbered and no raw markup', async () => {
    for (const l of shipped.set.lessons) {
      const r = await asm(['learn', l.id, '--no-figures'], { env: { COLUMNS: '72' } });
      expect(r.code, `${l.id}: ${r.stderr}`).toBe(0);
      for (const line of r.stdout.split('\n')) expect([...stripAnsi(line)].length, `${l.id}: ${line}`).toBeLessThanOrEqual(72);
      expect(r.stdout, l.id).not.toMatch(/\[@|\{\{fact|undefined|\[object Object\]|\*\*/);
      expect(r.stdout, l.id).toMatch(/\nTRY\n {2}asm /);
      const listed = new Set([...r.stdout.matchAll(/^ {2}\[(\d+)\]/gm)].map((m) => Number(m[1])));
      for (const m of r.stdout.matchAll(/\[([\d,]+)\]/g)) for (const n of m[1]!.split(',').map(Number)) expect(listed.has(n), `${l.id} [${n}]`).toBe(true);
    }
  });

  it('every figure in a lesson is an asm command that exists', () => {
    for (const l of shipped.set.lessons) {
      for (const m of l.body.matchAll(/```figure\n([^`]*)```/g)) {
        const [asmWord, name] = shellWords(m[1]!.trim());
        expect(asmWord, l.id).toBe('asm');
        // The command draws it: it has a figure function.
        expect(COMMANDS.find((c) => c.name === name)?.figure, `${l.id}: ${m[1]}`).toBeDefined();
      }
    }
  });

  it('draws a figure with the command that owns the plot', async () => {
    const r = await asm(['learn', 'teratogenicity'], { env: { COLUMNS: '80' } });
    expect(r.stdout).toMatch(/Valproate[^\n]*█[\s\S]*Figure: asm pregnancy/);
    expect(r.stdout).not.toMatch(/to see it\)/);
  });

  it('prints one lesson as JSON, and lists a topic', async () => {
    const id = shipped.set.lessons[0]!.id;
    const j = JSON.parse((await asm(['learn', id, '--json'])).stdout);
    expect(j).toEqual(expect.objectContaining({ id, title: expect.any(String), body: expect.any(String), sources: expect.any(Array) }));
    const topic = shipped.set.lessons[0]!.topic;
    expect((await asm(['learn', topic])).stdout).toMatch(new RegExp(`^Lessons on ${topic}`));
  });

  it('an unknown lesson exits 1 with the topics as a hint', async () => {
    const r = await asm(['learn', 'quantum-chromodynamics']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no lesson named "quantum-chromodynamics"\nhint: `asm learn` lists the lessons; topics: seizures, pillars/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('the pager', () => {
  const ctxWith = (env: Record<string, string>, tty: boolean) => {
    const io = fakeIO({ env, tty: tty ? 60 : undefined });
    (io.stdout as Capture & { rows?: number }).rows = 5;
    return { ctx: createContext(io, {}), out: io.stdout };
  };
  const long = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');

  it('pages a long text on a terminal through $PAGER, with LESS=FRX', async () => {
    const file = join(tempDir('asm-pager-'), 'paged.txt');
    const { ctx, out } = ctxWith({ PAGER: `printf '%s\\n' "$LESS" > ${file}.less; cat > ${file}` }, true);
    await page(long, ctx);
    expect(out.text).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(`${long}\n`);
    expect(readFileSync(`${file}.less`, 'utf8')).toBe('FRX\n');
  });

  it('never pages piped output or a short text; prints when the pager is missing', async () => {
    const piped = ctxWith({ PAGER: 'false' }, false);
    await page(long, piped.ctx);
    expect(piped.out.text).toBe(`${long}\n`);
    const short = ctxWith({ PAGER: 'false' }, true);
    await page('one line', short.ctx);
    expect(short.out.text).toBe('one line\n');
    const missing = ctxWith({ PAGER: 'no-such-pager-anywhere' }, true);
    await page(long, missing.ctx);
    expect(missing.out.text).toBe(`${long}\n`);
  });
});
