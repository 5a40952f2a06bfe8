/**
 * Every SARIF and GitLab security report of the shared corpus, read whole and read in parts (the path
 * large files take, forced here with streamAbove: 0): the same LoadedReport — format, tool, sha256 and
 * every finding — or the same refusal, word for word.
 */
import { readdirSync } from 'node:fs';
import { readReport } from '../../src/gather/reports/load.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import { isInputError } from '../../src/core/errors.js';
import { corpusFile, corpusHas, describeCorpus, itWithCorpus, sharedCorpusPresent } from '../helpers/corpus.js';

const ctx = { secretSeverity: 'high' as const };
const WHOLE = { ...ctx, streamAbove: Number.MAX_SAFE_INTEGER };
const IN_PARTS = { ...ctx, streamAbove: 0 };

type Outcome = { report: LoadedReport } | { error: string; hint: string | undefined };

async function outcome(file: string, load: typeof WHOLE): Promise<Outcome> {
  try {
    return { report: await readReport(file, load) };
  } catch (e) {
    if (!isInputError(e)) throw e;
    return { error: e.message, hint: e.hint };
  }
}

const files = (dir: string): string[] => (corpusHas(dir) ? readdirSync(corpusFile(dir)).sort().map((f) => `${dir}/${f}`) : []);

describeCorpus('reading in parts gives exactly what reading whole gives', () => {
  const all = [...files('sarif'), ...files('gitlab')];

  it('covers both directories', () => {
    // 33 SARIF and 13 GitLab files in the shared corpus INDEX at the time of writing, 10 and 6 committed.
    expect(files('sarif').length).toBeGreaterThanOrEqual(sharedCorpusPresent ? 33 : 10);
    expect(files('gitlab').length).toBeGreaterThanOrEqual(sharedCorpusPresent ? 13 : 6);
  });

  it.each(all)('%s', async (name) => {
    const whole = await outcome(corpusFile(name), WHOLE);
    const parts = await outcome(corpusFile(name), IN_PARTS);
    expect(parts).toEqual(whole);
    // Key order too: the audit record is compared byte for byte.
    expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
  });

  itWithCorpus(['sarif/semgrep-owasp-benchmark-large.sarif', 'gitlab/gl-dependency-scanning-report-v3.0.0-many.json'], 'reads the readable ones with findings, so the comparison is not between two empty reads', async () => {
    // Counted by hand from the corpus: semgrep-owasp-benchmark-large.sarif has 1768 results, and
    // gl-dependency-scanning-report-v3.0.0-many.json 6 vulnerabilities.
    const sarif = await outcome(corpusFile('sarif/semgrep-owasp-benchmark-large.sarif'), IN_PARTS);
    const gitlab = await outcome(corpusFile('gitlab/gl-dependency-scanning-report-v3.0.0-many.json'), IN_PARTS);
    expect('report' in sarif && sarif.report.results).toBe(1768);
    expect('report' in gitlab && gitlab.report.results).toBe(6);
  });
});
