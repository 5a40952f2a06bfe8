// Bundles the entrypoint into dist/index.js and regenerates schema/policy.schema.json from the policy schema.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __GATE_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);",
  },
};

await build({
  ...common,
  entryPoints: [join(root, 'src/main.ts')],
  outfile: join(root, 'dist/index.js'),
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  splitting: false,
});

const schemaBundle = await build({
  ...common,
  entryPoints: [join(root, 'src/policy/json-schema.ts')],
  write: false,
});
const tmp = join(root, 'node_modules/.cache/ai-governance-gate/json-schema.mjs');
await mkdir(dirname(tmp), { recursive: true });
await writeFile(tmp, schemaBundle.outputFiles[0].text);
const { policyJsonSchema } = await import(pathToFileURL(tmp).href + `?t=${Date.now()}`);
await mkdir(join(root, 'schema'), { recursive: true });
await writeFile(join(root, 'schema/policy.schema.json'), JSON.stringify(policyJsonSchema(), null, 2) + '\n');
