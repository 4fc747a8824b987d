/**
 * Kernel benchmark: the hh kernel (rate tables and exact path) against the C reference
 * (../shared/bench/hh_ref.c compiled with gcc -O2 in the same run, interleaved), and the network's cost
 * per neuron-step at 100, 1000 and 5000 cells.
 *
 * File I/O and child processes are allowed here (not in src/kernel). The shared folder is found at
 * `$ASM_SHARED_DIR`, else `../shared` beside the repository root (the working directory of `npm run bench`).
 *
 * Usage: `runKernelBench()` from a bench runner, or run this module directly to print the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_NETWORK_DRIVE_UA, simulate } from '../src/kernel/index.js';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** Kernel figure divided by its reference (C) figure, where there is one. */
  ratio?: number;
  target?: string;
  note?: string;
}

const HH_STEPS = 1_000_000; // 10 s of hh at dt 0.01 ms
const HH_CURRENT = 10;

function sharedDir(): string {
  return process.env.ASM_SHARED_DIR ?? resolve(process.cwd(), '../shared');
}

/** Compile hh_ref.c into a temporary folder; the executable's path, or why not (no gcc, no file). */
function compileReference(): string | { error: string } {
  const src = join(sharedDir(), 'bench', 'hh_ref.c');
  if (!existsSync(src)) return { error: `not found: ${src}` };
  const dir = mkdtempSync(join(tmpdir(), 'asm-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  try {
    const exe = join(dir, 'hh_ref');
    execFileSync('gcc', ['-O2', '-o', exe, src, '-lm'], { stdio: 'pipe' });
    return exe;
  } catch (e) {
    return { error: `could not compile hh_ref.c: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** One run of the C reference: its own steps/s figure (timed inside the C loop). */
function runReference(exe: string): { stepsPerS: number; spikes: number } {
  const out = execFileSync(exe, [String(HH_CURRENT), String(HH_STEPS * 0.01), '0.01'], { encoding: 'utf8' });
  return { stepsPerS: Number(/steps_per_s\s+(\S+)/.exec(out)?.[1]), spikes: Number(/spikes\s+(\S+)/.exec(out)?.[1]) };
}

/** One hh run of 1e6 steps through `simulate` (detectors and trace included): seconds and spikes. */
function hhOnce(exact: boolean): { s: number; spikes: number } {
  const t0 = performance.now();
  const r = simulate('hh', { kind: 'step', currentUA: HH_CURRENT, durationMs: HH_STEPS * 0.01 }, {}, { dtMs: 0.01, exact, skipResolutionCheck: true });
  const s = (performance.now() - t0) / 1000;
  if (!r.ok) throw new Error('hh run failed');
  return { s, spikes: r.run.spikeCount };
}

/** Network neuron-steps per second (best of `reps`) and ns per neuron-step. */
function kernelNetwork(cells: number, durationMs: number, reps: number): { neuronStepsPerS: number; nsPerNeuronStep: number } {
  let best = Infinity;
  let steps = 0;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = simulate('network', { kind: 'step', currentUA: DEFAULT_NETWORK_DRIVE_UA, durationMs }, { gabaA: { conductanceScale: 0.4 } }, { dtMs: 0.05, network: { cells } });
    const s = (performance.now() - t0) / 1000;
    if (!r.ok) throw new Error('network run failed');
    steps = r.run.extra.neuronSteps!;
    best = Math.min(best, s);
  }
  return { neuronStepsPerS: steps / best, nsPerNeuronStep: (best * 1e9) / steps };
}

/**
 * Run every kernel benchmark and return the figures. The C reference and the kernel's two paths are
 * interleaved, five rounds, and the best of each is kept, so that machine noise hits all three alike.
 */
export async function runKernelBench(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const exe = compileReference();
  let c = 0, cSpikes = 0, table = Infinity, exact = Infinity, spikes = 0, cold = 0;
  for (let round = 0; round < 5; round++) {
    if (typeof exe === 'string') {
      const r = runReference(exe);
      c = Math.max(c, r.stepsPerS);
      cSpikes = r.spikes;
    }
    const t = hhOnce(false);
    if (round === 0) cold = HH_STEPS / t.s;
    table = Math.min(table, t.s);
    spikes = t.spikes;
    exact = Math.min(exact, hhOnce(true).s);
  }
  const tableRate = HH_STEPS / table, exactRate = HH_STEPS / exact;
  if (typeof exe !== 'string') {
    figures.push({ name: 'hh C reference (hh_ref.c, gcc -O2)', value: Number.NaN, unit: 'steps/s', note: exe.error });
    figures.push({ name: 'hh kernel, rate tables', value: tableRate, unit: 'steps/s' });
    figures.push({ name: 'hh kernel, exact path (--exact)', value: exactRate, unit: 'steps/s' });
  } else {
    figures.push({ name: 'hh C reference (hh_ref.c, gcc -O2)', value: c, unit: 'steps/s' });
    figures.push({ name: 'hh kernel, rate tables (best of 5)', value: tableRate, unit: 'steps/s', ratio: tableRate / c, target: '>= 1.5', note: `spikes ${spikes} (C ${cSpikes})` });
    figures.push({ name: 'hh kernel, exact path (--exact)', value: exactRate, unit: 'steps/s', ratio: exactRate / c, note: 'evaluates the rates and 3 exponentials every step, as the C does (9 exp there)' });
    figures.push({ name: 'hh kernel, first (cold) run, tables', value: cold, unit: 'steps/s', ratio: cold / c, note: 'includes JIT warm-up and building the table' });
  }
  await Promise.resolve();
  const n100 = kernelNetwork(100, 1000, 3);
  const n1000 = kernelNetwork(1000, 500, 2);
  const n5000 = kernelNetwork(5000, 200, 1);
  figures.push({ name: 'network cost per neuron-step, 100 cells', value: n100.nsPerNeuronStep, unit: 'ns' });
  figures.push({ name: 'network cost per neuron-step, 1000 cells', value: n1000.nsPerNeuronStep, unit: 'ns', ratio: n1000.nsPerNeuronStep / n100.nsPerNeuronStep, note: 'ratio to 100 cells: about 1 means flat' });
  figures.push({ name: 'network cost per neuron-step, 5000 cells', value: n5000.nsPerNeuronStep, unit: 'ns', ratio: n5000.nsPerNeuronStep / n100.nsPerNeuronStep, note: 'ratio to 100 cells' });
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await runKernelBench()) {
    const v = Number.isFinite(f.value) ? (f.value >= 1000 ? f.value.toExponential(3) : f.value.toFixed(1)) : 'n/a';
    console.log(`${f.name}: ${v} ${f.unit}${f.ratio !== undefined ? `  (ratio ${f.ratio.toFixed(2)})` : ''}${f.note ? `  — ${f.note}` : ''}`);
  }
}
