// Start-up benchmark: median wall time of each command a student types (lookup, treat,
// interact, pregnancy, learn) as a ratio to `node -e 0`, all measured in this run,
// interleaved so that machine noise hits every one alike; and the time from start to the
// first card of `asm quiz`. Target: ratio <= 2.0. Figures, never pass/fail: machines are shared and noisy.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/asm.js');

/** Median of `runs` interleaved timings of each command (ms), after `warmup` untimed rounds. */
export function timeCommands(commands, { runs = 31, warmup = 3, env = process.env } = {}) {
  const times = commands.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [j, args] of commands.entries()) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      if (i >= warmup) times[j].push(ms);
    }
  }
  return times.map((ts) => {
    ts.sort((a, b) => a - b);
    return ts[Math.floor(ts.length / 2)];
  });
}

export function startupBench() {
  // A private cache folder: the first (warm-up) run fills it, as a student's first run does.
  const env = { ...process.env, ASM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'asm-bench-')) };
  delete env.ASM_DATA;
  // Every command a student types before an exam, each with its start-up target.
  const commands = [
    ['lookup carbamazepine', '<= 2.0'],
    ['treat absence --childbearing-potential', '<= 2.0'],
    ['interact carbamazepine combined-oral-contraceptive apixaban', '<= 2.0'],
    ['pregnancy valproate lamotrigine', '<= 2.0'],
    ['learn ei-balance --no-figures', '<= 2.0'],
    ['--version', undefined],
  ];
  const [base, ...times] = timeCommands([['-e', '0'], ...commands.map(([c]) => [bin, ...c.split(' ')])], { env });
  return [
    { name: 'node -e 0 (baseline)', value: base, unit: 'ms' },
    ...commands.map(([c, target], i) => ({ name: `asm ${c}`, value: times[i], unit: 'ms', ratio: times[i] / base, target })),
  ];
}

/** Wall time of simulations end to end, as a student runs them: 10 s of hh (target <= 150 ms idle), and a named experiment. */
export function simulateBench() {
  const env = { ...process.env, ASM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'asm-bench-')) };
  delete env.ASM_DATA;
  const hh = [bin, 'simulate', '--model', 'hh', '--duration', '10000', '--dt', '0.01', '--json'];
  const [base, hh10, sim] = timeCommands([['-e', '0'], hh, [bin, 'simulate', 'use-dependence']], { env, runs: 11, warmup: 1 });
  return [
    { name: 'node -e 0 (baseline)', value: base, unit: 'ms' },
    { name: 'asm simulate --model hh, 10 s at dt 0.01 ms', value: hh10, unit: 'ms', ratio: hh10 / base, target: '<= 150 ms on an idle machine' },
    { name: 'asm simulate use-dependence (5 s, 4 runs)', value: sim, unit: 'ms', ratio: sim / base },
  ];
}

/** Milliseconds from spawning `node args` until its stdout shows `marker` (then it is killed). */
function timeToOutput(args, marker, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(marker)) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        child.kill('SIGKILL');
        resolve(ms);
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (!out.includes(marker)) reject(new Error(`${args.join(' ')} exited ${code} before showing "${marker}": ${err}`));
    });
  });
}

/** Exit time of `node -e 0`, one run. */
function timeNodeExit(env) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    spawn(process.execPath, ['-e', '0'], { env, stdio: 'ignore' }).on('exit', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
  });
}

/**
 * Time from start to the first card of `asm quiz` shown (its "Card 1 of" line on stdout),
 * with 10,000 past reviews in the log, as a ratio to `node -e 0` (target: at most 2.0).
 * stdin is a pipe, so the drill runs in line mode. Median of 31 interleaved runs.
 */
export async function quizBench({ runs = 31, warmup = 3 } = {}) {
  const env = { ...process.env, ASM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'asm-bench-')), ASM_HOME: mkdtempSync(join(tmpdir(), 'asm-bench-home-')) };
  delete env.ASM_DATA;
  const cards = JSON.parse(spawnSync(process.execPath, [bin, 'quiz', 'export', '--format', 'json'], { env, encoding: 'utf8', maxBuffer: 64 << 20 }).stdout);
  // 10,000 reviews over the last 120 days, most right, some wrong.
  const now = Date.now();
  const lines = [];
  for (let i = 0; i < 10_000; i++) {
    const t = new Date(now - 120 * 86_400_000 + i * ((120 * 86_400_000) / 10_000));
    const correct = i % 7 !== 0;
    const card = cards[(i * 7919) % cards.length];
    lines.push(JSON.stringify({ type: 'review', id: `b${i}`, t: t.toISOString(), card: card.id, fact: card.fact, grade: correct ? 3 : 1, correct, mode: 'review', ms: 4000, session: `s${Math.floor(i / 40)}`, topic: card.topic }));
  }
  writeFileSync(join(env.ASM_HOME, 'reviews.jsonl'), `${lines.join('\n')}\n`);
  const base = [];
  const first = [];
  for (let i = 0; i < warmup + runs; i++) {
    const b = await timeNodeExit(env);
    const q = await timeToOutput([bin, 'quiz', '--count', '20'], 'Card 1 of', env);
    if (i >= warmup) {
      base.push(b);
      first.push(q);
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [mb, mq] = [median(base), median(first)];
  return [
    { name: 'node -e 0 (baseline)', value: mb, unit: 'ms' },
    { name: 'asm quiz: first card shown, 10,000 past reviews', value: mq, unit: 'ms', ratio: mq / mb, target: '<= 2.0' },
  ];
}
