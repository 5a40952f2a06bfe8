// Bundles the entrypoint into dist/index.js and regenerates the JSON Schemas in schema/ from the valibot schemas.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeTarget } from './build-config.mjs';
import { lazyCommonJs, writeLazyCommonJs } from './lazy-commonjs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: nodeTarget(),
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __GATE_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);",
  },
};

// Packages evaluated only when used (see lazy-commonjs.mjs).
const LAZY = ['undici'];

// Platform SDKs are imported dynamically; splitting puts them in chunks that only their platform loads,
// so the CLI and --version start without parsing them.
await rm(join(root, 'dist'), { recursive: true, force: true });
await build({
  ...common,
  // The report's reading threads start from their own entry, beside the chunks it shares with them.
  entryPoints: { index: join(root, 'src/main.ts'), 'chunks/report-worker': join(root, 'src/app/org-report/report-worker.ts') },
  outdir: join(root, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  splitting: true,
  plugins: [lazyCommonJs(LAZY)],
});
await writeLazyCommonJs(LAZY, join(root, 'dist/chunks'), { bundle: true, platform: 'node', target: nodeTarget(), legalComments: 'none', logLevel: 'warning' });

const schemaBundle = await build({
  ...common,
  entryPoints: [join(root, 'src/core/published-schemas.ts')],
  write: false,
});
const tmp = join(root, 'node_modules/.cache/ai-governance-gate/published-schemas.mjs');
await mkdir(dirname(tmp), { recursive: true });
await writeFile(tmp, schemaBundle.outputFiles[0].text);
const { publishedSchemas } = await import(pathToFileURL(tmp).href + `?t=${Date.now()}`);
await mkdir(join(root, 'schema'), { recursive: true });
for (const [file, schema] of Object.entries(publishedSchemas())) {
  await writeFile(join(root, 'schema', file), JSON.stringify(schema, null, 2) + '\n');
}
