/** The suites of this project's own CI and release (test/release/), which `npm test` leaves out: `npm run test:release`. */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/release/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  reporters: ['default'],
};
