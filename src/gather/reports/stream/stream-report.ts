/**
 * Reads a report file without holding it whole: SARIF results and GitLab vulnerabilities are parsed and
 * turned into findings one at a time, by the same per-result code as the in-memory reader, while
 * everything else is kept as a small skeleton. Memory is bounded by the findings, not the file.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../../core/model.js';
import type { ReadContext } from '../reader.js';
import { isObject } from '../readers/json-path.js';
import { readSarifLog, sarifReader, sarifRun, type RunReader } from '../readers/sarif.js';
import { GitlabVulnerabilities } from './gitlab-vulnerabilities.js';
import { JsonSplitter, StreamSyntaxError, type SplitHandler } from './json-splitter.js';
import { SarifResults } from './sarif-results.js';
import { utf8Chunks } from './utf8-chunks.js';

export type StreamOutcome =
  /** A SARIF or GitLab report, read. */
  | { kind: 'read'; format: string; tool: string; findings: Finding[]; sha256: string }
  /** Nothing was streamed, so the skeleton is the whole document: read it as any report. */
  | { kind: 'whole'; text: string; sha256: string }
  /** Neither SARIF nor GitLab, and more than one string can hold. */
  | { kind: 'other'; sha256: string };

/** Results and vulnerabilities sit at most four levels down: root → runs → run → results. */
const SHALLOW = 4;

export async function streamReport(file: string, ctx: ReadContext): Promise<StreamOutcome> {
  const hash = createHash('sha256');
  const sarif = SarifResults.fromPrefix(ctx);
  const gitlab = new GitlabVulnerabilities(ctx);
  const splitter = new JsonSplitter(
    {
      key(path, key) {
        sarif.key(path, key);
        gitlab.key(path, key);
      },
      arrayOpens: (path, prefix) => sarif.arrayOpens(path, prefix) || gitlab.arrayOpens(path),
      element(path, index, value) {
        if (path.length === 1) gitlab.element(index, value);
        else sarif.element(path, index, value);
      },
    },
    { shallow: SHALLOW, keepSkeleton: true },
  );
  for await (const chunk of utf8Chunks(file, (raw) => hash.update(raw))) splitter.write(chunk);
  const skeletonBytes = splitter.end();
  const sha256 = hash.digest('hex');

  let text: string;
  try {
    text = skeletonBytes.toString('utf8');
  } catch {
    // Longer than a string can be: no streamed format's skeleton is that large.
    return { kind: 'other', sha256 };
  }
  if (sarif.runs.size === 0 && !gitlab.streamed) return { kind: 'whole', text, sha256 };

  let skeleton: unknown;
  try {
    skeleton = JSON.parse(text);
  } catch (e) {
    throw new StreamSyntaxError('skeleton', 0, text, undefined, splitter.elisions, (e as Error).message);
  }

  if (sarifReader.detect(skeleton)) {
    const stale = sarif.staleRuns();
    if (stale.length > 0) await rereadRuns(file, skeleton, stale, ctx, sarif);
    const { tool, findings } = readSarifLog(skeleton, ctx, (run, i) => sarif.findingsOf(i) ?? run.readResults());
    return { kind: 'read', format: sarifReader.format, tool, findings, sha256 };
  }
  if (isObject(skeleton) && gitlab.isReport(skeleton)) {
    const format = gitlab.format(skeleton);
    const { tool, findings } = gitlab.finish(skeleton, format);
    return { kind: 'read', format, tool, findings, sha256 };
  }
  return { kind: 'other', sha256 };
}

/** The second pass: the results of runs whose reader was built too early, read with the whole run. */
async function rereadRuns(file: string, skeleton: unknown, stale: number[], ctx: ReadContext, into: SarifResults): Promise<void> {
  const runs = isObject(skeleton) && Array.isArray(skeleton.runs) ? skeleton.runs : [];
  const readers = new Map<number, RunReader>();
  for (const i of stale) {
    try {
      readers.set(i, sarifRun(runs[i], i, ctx));
    } catch {
      // The final read meets the same problem in its place and reports it.
    }
  }
  // Runs whose final reader fails need no second pass: the final read reports that failure first.
  if (readers.size === 0) return;
  const again = new SarifResults((i) => readers.get(i), { final: true });
  const handler: SplitHandler = {
    key: (path, key) => again.key(path, key),
    arrayOpens: (path, prefix) => again.arrayOpens(path, prefix),
    element: (path, index, value) => again.element(path, index, value),
  };
  const splitter = new JsonSplitter(handler, { shallow: SHALLOW, keepSkeleton: false });
  for await (const chunk of utf8Chunks(file)) splitter.write(chunk);
  splitter.end();
  into.adopt(again, stale);
}
