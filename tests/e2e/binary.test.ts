/**
 * The built `asm` binary, run as a user runs it: what only a real process shows (the
 * records cache on disk, a reader that goes away, a full disk, the environment, the
 * completion script). Every other command test runs in-process (tests/cli/).
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, asmBinary, BIN, MINI, STACK_LINE, tempDir } from '../helpers/cli.js';

describe('the asm binary', () => {
  it('shows help and version; asm alone is the help; help never runs wider than the terminal', () => {
    const help = asmBinary([], { env: { COLUMNS: '80' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: asm/);
    for (const line of help.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(asmBinary(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('looks up carbamazepine from the shipped records, without colour when piped', () => {
    const r = asmBinary(['lookup', 'carbamazepine']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Carbamazepine  drug · carbamazepine');
    expect(r.stdout).not.toMatch(ANSI);
    expect(asmBinary(['lookup', 'carbamazepine'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
  });

  it("serves a teacher's folder from the cache and sees an edit at once", () => {
    const cache = tempDir('asm-cache-');
    const dir = join(tempDir('asm-teacher-'), 'data');
    cpSync(MINI, dir, { recursive: true });
    const env = { ASM_CACHE_DIR: cache };
    expect(JSON.parse(asmBinary(['--data', dir, 'lookup', 'cbz', '--json'], { env }).stdout).halfLifeHours).toEqual([12, 17]);
    expect(readdirSync(cache).filter((f) => f.startsWith('records-'))).toHaveLength(1);
    const file = join(dir, 'drugs/carbamazepine.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('hours: [12, 17]', 'hours: [10, 20]'));
    expect(JSON.parse(asmBinary(['--data', dir, 'lookup', 'cbz', '--json'], { env }).stdout).halfLifeHours).toEqual([10, 20]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('hours: [10, 20]', 'hours: [20, 10]'));
    const bad = asmBinary(['--data', dir, 'lookup', 'cbz'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });

  it('a damaged cache whose fingerprint still matches is ignored and rebuilt, not a crash', () => {
    const cache = tempDir('asm-cache-');
    const env = { ASM_CACHE_DIR: cache };
    expect(asmBinary(['--data', MINI, 'lookup', 'cbz'], { env }).code).toBe(0);
    const [name] = readdirSync(cache).filter((f) => f.startsWith('records-'));
    const file = join(cache, name!);
    const text = readFileSync(file, 'utf8');
    // Keep the header line (fingerprint and hash), damage the records after it.
    writeFileSync(file, text.replace('"carbamazepine"', '"carbamazepinX"').replace(/"drugs":\[/, '"drugs":7,"x":['));
    const r = asmBinary(['--data', MINI, 'lookup', 'cbz'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Carbamazepine/);
  });

  it('with HOME unset it writes no cache into the working folder', () => {
    const cwd = tempDir('asm-cwd-');
    const r = asmBinary(['--data', MINI, 'lookup', 'cbz'], { cwd, env: { HOME: undefined, XDG_CACHE_HOME: undefined, ASM_CACHE_DIR: undefined } });
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, '.cache'))).toBe(false);
  });

  it('a reader that goes away (| head) ends quietly; a full disk is an error, not a trace', () => {
    const head = asmBinary([], { shell: `node ${BIN} lookup carbamazepine | head -1` });
    expect(head.stdout).toBe('Carbamazepine  drug · carbamazepine\n');
    expect(head.stderr).toBe('');
    if (existsSync('/dev/full')) {
      const full = asmBinary([], { shell: `node ${BIN} lookup carbamazepine > /dev/full` });
      expect(full.code).toBe(1);
      expect(full.stderr).toMatch(/^error: could not write the output \(no space left on the device\)/);
      expect(full.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('a user mistake exits non-zero with a hint on stderr, never a stack trace', () => {
    for (const [args, code] of [
      [['lokup', 'x'], 2],
      [['lookup', 'carbamazpine'], 1],
      [['search', 'x', '--limit', '0'], 2],
      [['--data', '/no/such/folder', 'list'], 1],
    ] as const) {
      const r = asmBinary([...args]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(/hint: /);
      expect(r.stderr, args.join(' ')).not.toMatch(STACK_LINE);
    }
  });

  it('the bash completion script asks asm for commands and record names', () => {
    const script = asmBinary(['completion', 'bash']);
    expect(script.stdout).toContain('complete -o default -F _asm_complete asm');
    const words = asmBinary(['__complete', '--', 'lookup', 'carba']).stdout.split('\n');
    expect(words).toEqual(expect.arrayContaining(['carbamazepine', 'carbapenems']));
    expect(asmBinary(['__complete', '--', 'list', '--spectrum', '']).stdout).toBe('broad\nnarrow\n');
    expect(asmBinary(['__complete', '--', 'com']).stdout).toBe('compare\ncompletion\n');
  });
});
