/** The built binary's card cache: used when current, rebuilt when damaged. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'asm-quiz-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (cache: string) =>
  spawnSync(process.execPath, [BIN, 'quiz', 'export', '--format', 'json'], { env: { ...process.env, ASM_CACHE_DIR: cache, ASM_HOME: join(tmp, 'home') }, encoding: 'utf8', maxBuffer: 64 << 20 });

describe('asm quiz card cache (built binary)', () => {
  it('the same cards from a cold start, a warm cache and a damaged cache', () => {
    const cache = join(tmp, 'cache');
    const cold = run(cache);
    expect(cold.status).toBe(0);
    const file = readdirSync(cache).find((f) => f.startsWith('quiz-cards-'))!;
    expect(file).toBeDefined();
    expect(run(cache).stdout).toBe(cold.stdout);
    const text = readFileSync(join(cache, file), 'utf8');
    writeFileSync(join(cache, file), text.slice(0, text.length - 100) + 'x'.repeat(100));
    const damaged = run(cache);
    expect(damaged.status).toBe(0);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe(cold.stdout);
  });
});
