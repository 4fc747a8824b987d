// Start-up benchmark: median wall time of each command a student types (lookup, treat,
// interact, pregnancy, learn) as a ratio to `node -e 0`, all measured in this run,
// interleaved so that machine noise hits every one alike. Target: ratio <= 2.0. Figures, never pass/fail: machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
    ['learn ei-balance', undefined],
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
