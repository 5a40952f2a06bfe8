/** Jest runs the TypeScript sources as native ESM (types stripped by esbuild, scripts/jest-transform.cjs) so ESM-only dependencies load as they do in the bundle. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': '<rootDir>/scripts/jest-transform.cjs',
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // test/release/ checks this project's own CI and release, not the gate: `npm run test:release` runs it
  // (jest.release.config.js) and .ci/run runs both; the reporter says so at the end of every whole run.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/release/'],
  reporters: ['default', '<rootDir>/scripts/jest-release-note.cjs'],
  testTimeout: 60000,
  // Most suites wait on git and child processes; two workers keep both cores busy.
  maxWorkers: 2,
  // After a whole run a worker takes about 0.8 s to tear down what its files loaded: past Jest's default
  // half second it is killed and reported as a leak. A real leak still shows, after 3 s.
  workerGracefulExitTimeout: 3000,
};
