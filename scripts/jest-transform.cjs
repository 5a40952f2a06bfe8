// Jest's TypeScript transform: esbuild strips the types, file by file, as the bundle's build does. Type
// checking is `npm run typecheck`'s job; here only speed matters, since every worker transforms every
// file it loads once per cache.
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const esbuildVersion = require('esbuild/package.json').version;
const tsconfig = readFileSync(join(__dirname, '..', 'tsconfig.json'), 'utf8');

module.exports = {
  canInstrument: false,
  getCacheKey(source, path, options) {
    return createHash('sha256')
      .update(source)
      .update('\0')
      .update(path)
      .update('\0')
      .update(esbuildVersion)
      .update(tsconfig)
      .update(String(options.supportsStaticESM))
      .digest('hex');
  },
  process(source, path, options) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: path,
      tsconfigRaw: tsconfig,
    });
    return { code, map };
  },
};
