// Bundled CommonJS packages that are neither parsed nor evaluated until one of their exports is read.
//
// Why: @actions/github and @actions/http-client import undici at their top level, for a `fetch` and a
// `ProxyAgent` the gate never calls (its clients speak node:http). Reading, compiling and evaluating
// undici's 800 KB on every start cost a GitHub run about 10% of its time. Each such package is bundled
// on its own, as `dist/chunks/<name>.cjs`; its importers get a stand-in whose every export is a getter
// that requires that file the first time it is read, so a caller that does use the package gets all of it.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const NAMESPACE = 'lazy-commonjs';
const PROBE = Symbol('resolving as esbuild would');

const fileOf = (name) => `${name.replace(/[^a-z0-9-]/gi, '-')}.cjs`;

/**
 * The esbuild plugin for the main bundle. `packages`: bare package names; the bundle's chunks must be
 * written to the folder that `writeLazyCommonJs` fills.
 */
export function lazyCommonJs(packages) {
  const filter = new RegExp(`^(?:${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
  return {
    name: NAMESPACE,
    setup(b) {
      const fromRoot = createRequire(join(b.initialOptions.absWorkingDir ?? process.cwd(), 'package.json'));
      b.onResolve({ filter }, async (args) => {
        if (args.pluginData === PROBE) return undefined;
        // One file serves every importer: refuse a build where an importer would get another version.
        const own = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: PROBE });
        if (own.errors.length > 0) return { errors: own.errors };
        if (own.path !== fromRoot.resolve(args.path)) {
          return { errors: [{ text: `${args.importer} resolves ${args.path} to ${own.path}, another copy than the one bundled lazily; dedupe it (npm dedupe) or drop it from the lazy packages.` }] };
        }
        return { path: args.path, namespace: NAMESPACE };
      });
      b.onResolve({ filter: /\.cjs$/, namespace: NAMESPACE }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        // The export names are the package's own, read from it here, so none is missed.
        const names = Object.keys(fromRoot(args.path));
        const getters = names.map((n) => `Object.defineProperty(exports, ${JSON.stringify(n)}, { enumerable: true, get: () => load()[${JSON.stringify(n)}] });`);
        return {
          // Chunks and the package's file share one folder, and the bundle's `require` is relative to the chunk.
          contents: ['let real;', `const load = () => (real ??= require(${JSON.stringify(`./${fileOf(args.path)}`)}));`, ...getters].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/** Bundles each package as CommonJS into `dir`, under the name the stand-ins require. */
export async function writeLazyCommonJs(packages, dir, options) {
  const require = createRequire(join(options.absWorkingDir ?? process.cwd(), 'package.json'));
  for (const name of packages) {
    await build({ ...options, entryPoints: [require.resolve(name)], format: 'cjs', outfile: join(dir, fileOf(name)) });
  }
}
