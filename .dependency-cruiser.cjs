/**
 * The layers, enforced: a pure core that decides, gatherers that read, platform adapters that translate
 * and publish, and the app that wires them. Each layer may import only the layers inside it.
 *
 *   src/core      policy, attribution, risk, findings policy, oversight, evaluate, render — no I/O
 *   src/gather    git, report readers, policy and request files, options
 *   src/platform  local, github, gitlab adapters
 *   src/app, src/main.ts   the run: gather → evaluate → render → publish
 */
/** Node built-ins the core may use: they compute, they do not touch the world. */
const PURE_BUILTINS = ['crypto', 'util', 'path', 'buffer', 'url'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one; split out what both need.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'The core decides from what it is given; reading and writing belong to src/gather, src/platform or src/app.',
      from: { path: '^src/core/' },
      to: { path: '^src/(gather|platform|app)/|^src/main\\.ts$' },
    },
    {
      name: 'core-uses-no-side-effecting-builtin',
      severity: 'error',
      comment: 'The core may only use built-ins that compute (crypto, util, path, buffer, url).',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'], pathNot: `^(node:)?(${PURE_BUILTINS.join('|')})$` },
    },
    {
      name: 'core-reads-no-environment',
      severity: 'error',
      comment: 'Platform SDKs read the environment and talk to the network; only adapters may load them.',
      from: { path: '^src/(core|gather)/' },
      to: { path: 'node_modules/(@actions|@gitbeaker|@octokit)/' },
    },
    {
      name: 'gatherers-do-not-publish',
      severity: 'error',
      comment: 'Gatherers read facts; they must not depend on a platform adapter or the app.',
      from: { path: '^src/gather/' },
      to: { path: '^src/(platform|app)/|^src/main\\.ts$' },
    },
    {
      name: 'adapters-do-not-run-the-gate',
      severity: 'error',
      comment: 'Adapters are called by the app, never the other way round.',
      from: { path: '^src/platform/' },
      to: { path: '^src/app/|^src/main\\.ts$' },
    },
    {
      name: 'one-adapter-does-not-use-another',
      severity: 'error',
      comment: 'GitHub and GitLab differences live in their own adapter; shared code belongs in the core or a gatherer.',
      from: { path: '^src/platform/(github|gitlab)/' },
      to: { path: '^src/platform/(github|gitlab)/', pathNot: '^src/platform/$1/' },
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports shape nothing at run time but still tie layers together: count them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
