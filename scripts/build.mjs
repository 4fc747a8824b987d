// Builds dist/ from src/ with esbuild: one entry (the CLI) split into chunks, so each
// command loads only its own code. Bundling also saves Node's per-module start-up cost.
// The build id (a hash of the sources) keys the records cache: a new build never trusts
// records validated by an older one.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const hash = createHash('sha256');
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else hash.update(p).update(readFileSync(p));
  }
};
walk(join(root, 'src'));
hash.update(readFileSync(join(root, 'package.json')));

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { asm: join(root, 'src/cli/main.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  legalComments: 'none',
  define: { __ASM_BUILD__: JSON.stringify(hash.digest('hex').slice(0, 16)) },
  // CommonJS dependencies (cli-table3) call require(); give ESM chunks one.
  banner: { js: "import { createRequire as __asmCreateRequire } from 'node:module'; const require = __asmCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
