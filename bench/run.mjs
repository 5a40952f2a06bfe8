// `npm run bench`: bundles the TypeScript bench (bench/*.ts, which imports src/) with esbuild — the
// same bundler as dist/ — and runs it. Arguments pass through: --quick, --huge, --runs N.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeTarget } from '../scripts/build-config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules/.cache/ai-governance-gate/bench');
await build({
  entryPoints: {
    main: join(root, 'bench/main.ts'),
    'read-report': join(root, 'bench/entries/read-report.ts'),
    'bare-parse': join(root, 'bench/entries/bare-parse.ts'),
    'read-change': join(root, 'bench/entries/read-change.ts'),
    'run-change': join(root, 'bench/entries/run-change.ts'),
    'bare-lines': join(root, 'bench/entries/bare-lines.ts'),
    'bare-change': join(root, 'bench/entries/bare-change.ts'),
    'github-api': join(root, 'bench/entries/github-api.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: nodeTarget(),
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
});
process.env.GATE_BENCH_ROOT = root;
await import(pathToFileURL(join(outdir, 'main.mjs')).href);
