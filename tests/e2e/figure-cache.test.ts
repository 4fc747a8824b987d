/** The built binary keeps a lesson's figures in the cache: reused when current, redrawn when damaged. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'asm-figure-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const learn = (cache: string, columns = '90') =>
  spawnSync(process.execPath, [BIN, 'learn', 'enzyme-induction'], { env: { ...process.env, ASM_CACHE_DIR: cache, COLUMNS: columns, NO_COLOR: '1' }, encoding: 'utf8' });

describe('lesson figures in the cache (built binary)', () => {
  it('draws a figure once, reuses it, and redraws a damaged or differently sized one', () => {
    const cache = join(tmp, 'cache');
    const cold = learn(cache);
    expect(cold.status).toBe(0);
    expect(cold.stdout).toMatch(/Figure: asm pk carbamazepine/);
    const files = () => readdirSync(cache).filter((f) => f.startsWith('text-'));
    expect(files()).toHaveLength(1);
    const file = join(cache, files()[0]!);
    // The cached text is the figure itself, not some other page.
    const body = readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
    expect(cold.stdout).toContain(body);

    expect(learn(cache).stdout).toBe(cold.stdout);

    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, -40) + 'x'.repeat(40)); // the body only: the header still matches
    const damaged = learn(cache);
    expect(damaged.status).toBe(0);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe(cold.stdout);

    const narrow = learn(cache, '60');
    expect(narrow.stdout.split('\n').every((l) => l.length <= 60)).toBe(true);
    expect(files()).toHaveLength(2);
  });
});
