/**
 * SARIF results met one at a time. A result is read with its run's rules, artifacts and uri bases,
 * which tools write before `results` — but JSON does not promise it. So each run's reader is built from
 * the run as far as it has been read when its `results` opens; if `tool`, `artifacts` or
 * `originalUriBaseIds` come after, the run is marked stale and its results are read again in a second
 * pass with the whole run at hand. Results are never held back, so memory stays bounded either way.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext } from '../reader.js';
import { sarifRun, type RunReader } from '../readers/sarif.js';
import type { PathStep } from './json-splitter.js';

/** Run members a result's reading depends on. */
const RUN_CONTEXT_KEYS: ReadonlySet<string> = new Set(['tool', 'artifacts', 'originalUriBaseIds']);

interface RunResults {
  /** Reads this run's results; undefined once one failed, or while the run is stale. */
  reader: RunReader | undefined;
  findings: Finding[];
  error?: { caught: unknown };
  /** Read with run data that was not final: read again. */
  stale: boolean;
}

/** How a run's reader is had: built from the run so far (first pass), or given whole (second pass). */
export type RunReaderSource = (runIndex: number, prefix: () => Buffer) => RunReader | 'stale' | undefined;

export class SarifResults {
  /** Runs whose (last) `results` array was streamed, by index. */
  readonly runs = new Map<number, RunResults>();

  constructor(
    private readonly readerFor: RunReaderSource,
    /** Readers built from whole runs (second pass) cannot go stale. */
    private readonly options: { final: boolean } = { final: false },
  ) {}

  /** First pass: a run's reader from its members read so far; stale when those do not parse or read. */
  static fromPrefix(ctx: ReadContext): SarifResults {
    return new SarifResults((index, prefix) => {
      try {
        const run = JSON.parse(`${prefix().toString('utf8')}[]}`) as unknown;
        return sarifRun(run, index, ctx);
      } catch {
        // The whole run decides: the skeleton's parse or the run's reader will say what is wrong.
        return 'stale';
      }
    });
  }

  key(path: readonly PathStep[], key: string): void {
    if (path.length === 0 && key === 'runs') {
      // A repeated `runs` replaces the earlier one, as in JSON.parse.
      this.runs.clear();
      return;
    }
    const run = runIndex(path, 2);
    if (run === undefined) return;
    if (key === 'results') this.runs.delete(run);
    else if (!this.options.final && RUN_CONTEXT_KEYS.has(key)) {
      const state = this.runs.get(run);
      if (state !== undefined) {
        state.stale = true;
        state.reader = undefined;
      }
    }
  }

  arrayOpens(path: readonly PathStep[], prefix: () => Buffer): boolean {
    const run = runIndex(path, 3);
    if (run === undefined || path[2] !== 'results') return false;
    const reader = this.readerFor(run, prefix);
    if (reader === undefined) return false;
    this.runs.set(run, { reader: reader === 'stale' ? undefined : reader, findings: [], stale: reader === 'stale' });
    return true;
  }

  element(path: readonly PathStep[], index: number, value: unknown): void {
    const state = this.runs.get(path[1] as number);
    if (state?.reader === undefined) return;
    try {
      const finding = state.reader.result(value, index);
      if (finding !== undefined) state.findings.push(finding);
    } catch (e) {
      // Kept, not thrown: an earlier problem (a syntax error later in the file, the version) comes first.
      state.error = { caught: e };
      state.reader = undefined;
    }
  }

  /** Takes `runs` as `other` read them (a second pass). */
  adopt(other: SarifResults, runs: readonly number[]): void {
    for (const i of runs) {
      const state = other.runs.get(i);
      if (state === undefined) this.runs.delete(i);
      else this.runs.set(i, state);
    }
  }

  staleRuns(): number[] {
    return [...this.runs].filter(([, s]) => s.stale).map(([i]) => i);
  }

  /** The findings of run `index` if its results were streamed, else undefined (read them from the run). */
  findingsOf(index: number): Finding[] | undefined {
    const state = this.runs.get(index);
    if (state === undefined) return undefined;
    if (state.error !== undefined) throw state.error.caught;
    return state.findings;
  }
}

/** The run index when `path` is `runs[i]…` of length `length`. */
function runIndex(path: readonly PathStep[], length: number): number | undefined {
  if (path.length !== length || path[0] !== 'runs') return undefined;
  const i = path[1];
  return typeof i === 'number' ? i : undefined;
}
