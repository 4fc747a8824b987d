// Builds dist/ from src/ with esbuild: one file for the entry (the CLI and everything it
// imports statically: commander, the command tables, the context) and one file for each
// module that is imported lazily (a command's body, the validator, the kernel, the quiz),
// each with what it imports statically, laid out under dist/ as under src/.
//
// Why not esbuild's code splitting: it cut the entry into some twenty small chunks, and
// loading twenty ES modules cost Node about 25 ms more than one file of the same code,
// which is most of the start-up budget. Modules a lazy file shares with the entry are
// copied into it instead; the error classes compare by a brand, not by identity, so a
// copy still matches (src/cli/errors.ts).
//
// The build id (a hash of the sources) keys the records cache: a new build never trusts
// records validated by an older one.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const dist = join(root, 'dist');

const hash = createHash('sha256');
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else hash.update(p).update(readFileSync(p));
  }
};
walk(src);
hash.update(readFileSync(join(root, 'package.json')));
const buildId = hash.digest('hex').slice(0, 16);

/** The output file of a source module: src/cli/main.ts is dist/asm.js; others mirror src/. */
const outFor = (file) => (file === join(src, 'cli/main.ts') ? join(dist, 'asm.js') : join(dist, relative(src, file)).replace(/\.ts$/, '.js'));

/** The source file a relative import names (TypeScript sources are imported as .js). */
function sourceOf(dir, spec) {
  const base = resolve(dir, spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${spec} from ${dir}`);
}

rmSync(dist, { recursive: true, force: true });
const queue = [join(src, 'cli/main.ts')];
const done = new Set();
while (queue.length) {
  const entry = queue.shift();
  if (done.has(entry)) continue;
  done.add(entry);
  const outfile = outFor(entry);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    legalComments: 'none',
    define: { __ASM_BUILD__: JSON.stringify(buildId) },
    // CommonJS dependencies (commander, cli-table3) call require(); give ES modules one.
    banner: { js: "import { createRequire as __asmCreateRequire } from 'node:module'; const require = __asmCreateRequire(import.meta.url);" },
    logLevel: 'warning',
    plugins: [
      {
        name: 'lazy-modules',
        setup(b) {
          // A relative dynamic import stays a dynamic import of that module's own output file.
          b.onResolve({ filter: /^\./ }, (args) => {
            if (args.kind !== 'dynamic-import') return undefined;
            const target = sourceOf(args.resolveDir, args.path);
            queue.push(target);
            let spec = relative(dirname(outfile), outFor(target));
            if (!spec.startsWith('.')) spec = `./${spec}`;
            return { path: spec, external: true };
          });
        },
      },
    ],
  });
}
