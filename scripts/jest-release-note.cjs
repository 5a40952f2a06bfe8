// Ends every whole run of `npm test` with the suites it left out (test/release/, this project's own CI
// and release), so none is left out silently. A run given paths chose its suites and gets no note.
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

class ReleaseNote {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.givenPaths = globalConfig.testPathPatterns?.isSet() ?? false;
  }

  onRunComplete() {
    if (this.givenPaths) return;
    const suites = readdirSync(join(this.rootDir, 'test/release'), { recursive: true }).filter((f) => f.endsWith('.test.ts')).length;
    process.stderr.write(`Not in this run: the ${suites} suites in test/release/, which check this project's own CI and release. npm run test:release runs them; .ci/run runs both.\n`);
  }
}

module.exports = ReleaseNote;
