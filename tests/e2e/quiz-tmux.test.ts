/**
 * The drill screen in a real terminal: tmux runs the built `asm quiz`, send-keys types,
 * capture-pane reads the screen. Two cards answered with the arrow keys and Enter, one
 * undone, then q. Needs tmux (Debian package; .ci/run installs it); skipped without it,
 * except under CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_FILE, readLogFile } from '../../src/quiz/log.js';
import { BIN } from '../helpers/cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// CI installs tmux (.ci/run): there a missing tmux is a failure, not a skip.
if (!hasTmux && process.env.CI) throw new Error('tmux is not installed: .ci/run installs it with apt-get');
const home = mkdtempSync(join(tmpdir(), 'asm-quiz-tmux-'));
const session = `asm-quiz-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', session, ...args], { encoding: 'utf8' });

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', session, 'kill-server']);
  rmSync(home, { recursive: true, force: true });
});

/** Waits until the screen matches (polling capture-pane), returns it. */
function screen(match: RegExp): Promise<string> {
  return screenOf(session, match);
}

async function screenOf(target: string, match: RegExp, timeoutMs = 20_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    last = tmux('capture-pane', '-p', '-t', target);
    if (match.test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`screen never matched ${match}; last screen:\n${last}`);
}

describe.skipIf(!hasTmux)('asm quiz in a real terminal (tmux)', () => {
  it('answers two cards with arrows and Enter, undoes one, stops with q', async () => {
    const cmd = `ASM_HOME=${home} ASM_CACHE_DIR= NO_COLOR=1 ${process.execPath} ${BIN} quiz --seed 1 --count 3; echo EXIT=$?; sleep 60`;
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', cmd);
    await screen(/Card 1 of \d+/);
    expect(await screen(/↑↓ or 1-\d choose · Enter answer/)).toMatch(/❯ 1\. /);
    tmux('send-keys', '-t', session, 'Down');
    await screen(/❯ 2\. /);
    tmux('send-keys', '-t', session, 'Enter');
    expect(await screen(/(✓ Right|✗ Wrong)/)).toMatch(/Source: /);
    tmux('send-keys', '-t', session, 'Enter');
    await screen(/Card 2 of \d+/);
    tmux('send-keys', '-t', session, 'Down');
    tmux('send-keys', '-t', session, 'Enter');
    await screen(/Card 2 of \d+[\s\S]*(✓ Right|✗ Wrong)/);
    // u on the feedback undoes this answer: the same card is asked again.
    tmux('send-keys', '-t', session, 'u');
    await screen(/Card 2 of \d+[\s\S]*↑↓ or 1-\d choose/);
    tmux('send-keys', '-t', session, 'q');
    const end = await screen(/EXIT=\d+/);
    expect(end).toMatch(/^\d correct of 1$/m);
    expect(end).toMatch(/EXIT=0/);
    const entries = readLogFile(join(home, LOG_FILE)).entries;
    expect(entries.filter((e) => e.type === 'review')).toHaveLength(2);
    expect(entries.filter((e) => e.type === 'undo')).toHaveLength(1);
  });

  it('takes a typed answer with a typo, shows the difference, and lets the grade be overridden', async () => {
    const sess = `${session}-typed`;
    const cmd = `ASM_HOME=${home}/typed ASM_CACHE_DIR= NO_COLOR=1 ${process.execPath} ${BIN} quiz --drug carbamazepine --kind brand --count 1 --seed 1; echo EXIT=$?; sleep 60`;
    tmux('new-session', '-d', '-s', sess, '-x', '100', '-y', '40', cmd);
    const at = (match: RegExp) => screenOf(sess, match);
    await at(/type the answer, Enter to check/);
    tmux('send-keys', '-t', sess, '-l', 'carbamazapine');
    await at(/❯ carbamazapine/);
    tmux('send-keys', '-t', sess, 'Enter');
    const fb = await at(/✓ Right: Carbamazepine/);
    expect(fb).toMatch(/typed vs answer: carbamaz\[-a-\]\{\+e\+\}pine/i);
    tmux('send-keys', '-t', sess, 'o');
    await at(/✗ Wrong/);
    // Counted wrong: the card comes back later in the session; stop there.
    tmux('send-keys', '-t', sess, 'Enter');
    await at(/Card 2 of 2/);
    tmux('send-keys', '-t', sess, 'q');
    expect(await at(/EXIT=\d+/)).toMatch(/0 correct of 1/);
  });
});
