// `npm run bench`: every benchmark, printed as figures and ratios to baselines measured
// in the same run. Kernel benchmarks (bench/kernel.ts) are bundled with esbuild first.
import { build } from 'esbuild';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quizBench, simulateBench, startupBench } from './startup.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function print(title, rows) {
  console.log(`\n${title}`);
  for (const r of rows) {
    const value = `${r.value.toFixed(r.value >= 100 ? 0 : 1)} ${r.unit}`;
    const ratio = r.ratio === undefined ? '' : `  ratio ${r.ratio.toFixed(2)}${r.target ? ` (target ${r.target})` : ''}`;
    console.log(`  ${r.name.padEnd(48)} ${value.padStart(18)}${ratio}${r.note ? `  ${r.note}` : ''}`);
  }
}

const only = process.argv[2];
if (!only || only === 'startup') print('Start-up (median of 31 interleaved runs)', startupBench());
if (!only || only === 'quiz') print('Quiz: start to the first card shown (median of 31 interleaved runs)', await quizBench());

const kernelBench = join(root, 'bench/kernel.ts');
if ((!only || only === 'kernel') && existsSync(kernelBench)) {
  const out = join(mkdtempSync(join(tmpdir(), 'asm-bench-')), 'kernel.mjs');
  await build({ entryPoints: [kernelBench], outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  const { runKernelBench } = await import(pathToFileURL(out).href);
  print('Neuron kernel (steps per second, ratios to the C reference compiled in this run)', await runKernelBench());
}
if (!only || only === 'simulate') print('Simulations end to end (median of 11 runs)', simulateBench());
