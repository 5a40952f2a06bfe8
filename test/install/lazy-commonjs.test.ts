/**
 * The bundle's lazily evaluated CommonJS packages (scripts/lazy-commonjs.mjs): importing the code that
 * imports one must not evaluate it, and reading one of its exports must give the package's own. Built
 * with the same plugin and the same package as dist/, and run in a fresh Node, whose module cache shows
 * what was evaluated.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { lazyCommonJs, writeLazyCommonJs } from '../../scripts/lazy-commonjs.mjs';
import { projectRoot } from '../helpers/corpus.js';
import { cachePath } from '../helpers/project-cache.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

const BANNER = "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);";

/** Runs an ES module in a fresh Node and returns what it printed. */
function runModule(dir: string, source: string): string {
  const file = join(dir, `probe-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return leanExecFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
}

const EVALUATED = "Object.keys(createRequire(import.meta.url)('module')._cache).filter((k) => k.endsWith('undici.cjs')).length";

describe('lazily evaluated CommonJS packages', () => {
  let dir: string;
  beforeAll(() => {
    // Inside the project, so the entry resolves undici from its node_modules as dist/'s sources do.
    const cache = dirname(cachePath('lazy-cjs'));
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'lazy-cjs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluates undici only when an export is read, and then gives the package\'s own', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(dir, 'entry.mjs'), "import { ProxyAgent, fetch } from 'undici';\nexport const exports = () => ({ ProxyAgent, fetch });\n");
    const options = { bundle: true, platform: 'node' as const, target: 'node20', logLevel: 'silent' as const, absWorkingDir: projectRoot };
    await build({ ...options, entryPoints: [join(dir, 'entry.mjs')], outfile: join(out, 'entry.js'), format: 'esm', banner: { js: BANNER }, plugins: [lazyCommonJs(['undici'])] });
    await writeLazyCommonJs(['undici'], out, options);

    const seen = runModule(
      out,
      `import { createRequire } from 'node:module';
       const { exports } = await import('./entry.js');
       const before = ${EVALUATED};
       const { ProxyAgent, fetch } = exports();
       const real = createRequire(${JSON.stringify(join(projectRoot, 'package.json'))})('undici');
       console.log(JSON.stringify({ before, after: ${EVALUATED}, proxyAgent: ProxyAgent === createRequire(import.meta.url)('./undici.cjs').ProxyAgent, fetch: typeof fetch, sameNames: Object.keys(real).sort().join() === Object.keys(createRequire(import.meta.url)('./undici.cjs')).sort().join() }));`,
    );
    expect(JSON.parse(seen)).toEqual({ before: 0, after: 1, proxyAgent: true, fetch: 'function', sameNames: true });
  });

  it('dist/: the GitHub chunk loads without evaluating undici, which ships beside the chunks', () => {
    const chunks = join(projectRoot, 'dist', 'chunks');
    const github = readdirSync(chunks).find((f) => /^github-.*\.js$/.test(f));
    expect(github).toBeDefined();
    expect(readdirSync(chunks)).toContain('undici.cjs');
    const seen = runModule(dir, `import { createRequire } from 'node:module';\nawait import(${JSON.stringify(join(chunks, github!))});\nconsole.log(${EVALUATED});`);
    expect(seen.trim()).toBe('0');
  });

  it('refuses a build where an importer would get another copy of the package than the one bundled lazily', async () => {
    const own = join(dir, 'own');
    mkdirSync(join(own, 'node_modules', 'undici'), { recursive: true });
    writeFileSync(join(own, 'node_modules', 'undici', 'package.json'), '{"name":"undici","version":"0.0.1","main":"index.js"}');
    writeFileSync(join(own, 'node_modules', 'undici', 'index.js'), 'exports.ProxyAgent = 1;');
    writeFileSync(join(own, 'entry.mjs'), "import { ProxyAgent } from 'undici';\nexport default ProxyAgent;\n");
    const built = build({ bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', absWorkingDir: projectRoot, entryPoints: [join(own, 'entry.mjs')], plugins: [lazyCommonJs(['undici'])] });
    await expect(built).rejects.toThrow(/another copy than the one bundled lazily/);
  });
});
