/**
 * What a platform collector is given and gives back: where to look, the date range, a sink for the
 * records it finds in the gate's artifacts, and events for the progress display.
 */
import type { CollectionProblem, CollectionSummary } from '../../core/org-report/report-model.js';
import { addArchive } from './archive.js';
import type { RecordSink } from './documents.js';
import { HttpError, type ApiClient } from './http.js';

export interface CollectorEvents {
  /** How many repositories (projects) will be looked at. */
  repositories(total: number): void;
  /** One repository is done, with the records found in it. */
  repositoryDone(name: string, records: number): void;
  /** A rate limit is being waited out. */
  waiting(ms: number, reason: string): void;
}

export interface CollectRange {
  /** Artifacts created before this time (ms) are left out. */
  since?: number;
  /** Artifacts created at or after this time (ms) are left out. */
  until?: number;
}

export interface RetrySettings {
  fallbackWaitMs: number;
  maxWaitMs: number;
  /** Downloads at once. */
  concurrency: number;
}

export interface Collected {
  summary: CollectionSummary;
  problems: CollectionProblem[];
  /** Every repository looked at, named as the records name them (owner/name, group/project). */
  repositories: string[];
}

export function inRange(createdAt: number | undefined, range: CollectRange): boolean {
  if (createdAt === undefined) return true;
  return (range.since === undefined || createdAt >= range.since) && (range.until === undefined || createdAt < range.until);
}

/**
 * Whether paging can stop: the listing is newest first (as far as seen) and this page already went
 * past the start of the range. Platforms do not promise the order, so it is checked, not assumed.
 */
export class NewestFirst {
  private previous: number | undefined;
  private ordered = true;

  see(createdAt: number | undefined): void {
    if (createdAt === undefined) return;
    if (this.previous !== undefined && createdAt > this.previous) this.ordered = false;
    this.previous = createdAt;
  }

  pastStart(range: CollectRange): boolean {
    return this.ordered && range.since !== undefined && this.previous !== undefined && this.previous < range.since;
  }
}

/** Runs `work` on every item with at most `limit` at a time; the first failure is rethrown after all settle. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure instanceof Error) throw failure;
  if (failure !== undefined) throw new Error('a download failed');
}

/** A sink that also counts the records that went through it. */
function countingSink(sink: RecordSink): RecordSink & { count: number } {
  const counted = {
    count: 0,
    add(value: unknown, source: string): void {
      counted.count++;
      sink.add(value, source);
    },
    problem: (source: string, reason: string): void => sink.problem(source, reason),
    other: (): void => sink.other(),
  };
  return counted;
}

interface ArtifactRef {
  /** Where to download it (the API answers with the zip or a redirect to it). */
  url: string;
  /** How the report names it in problems, e.g. `github:acme/app/actions/artifacts/12`. */
  source: string;
}

export interface ArtifactWalk<R> {
  platform: CollectionProblem['platform'];
  client: ApiClient;
  /** Repository or project name, as records name it. */
  name(repo: R): string;
  /** The gate's artifacts of one repository within the range. */
  list(repo: R): Promise<ArtifactRef[]>;
  /** Turns a failure that concerns the whole collection (a rejected token) into an error; else returns. */
  fatal(e: unknown, repo: R): void;
}

/**
 * Every repository's gate artifacts, downloaded a few at a time and read into the sink. A repository
 * that cannot be read becomes a problem of the report and the walk goes on.
 */
export async function walkArtifacts<R>(repos: readonly R[], walk: ArtifactWalk<R>, sink: RecordSink, events: CollectorEvents, concurrency: number): Promise<Omit<Collected, 'repositories' | 'summary'> & { artifacts: number; gone: number; records: number }> {
  const problems: CollectionProblem[] = [];
  let artifacts = 0;
  let gone = 0;
  let records = 0;
  for (const repo of repos) {
    const counted = countingSink(sink);
    try {
      const refs = await walk.list(repo);
      artifacts += refs.length;
      await pool(refs, concurrency, async (ref) => {
        const bytes = await walk.client.download(ref.url);
        if (bytes) addArchive(bytes, ref.source, counted);
        else gone++;
      });
    } catch (e) {
      walk.fatal(e, repo);
      if (!(e instanceof HttpError)) throw e;
      problems.push({ platform: walk.platform, scope: walk.name(repo), message: e.message });
    }
    records += counted.count;
    events.repositoryDone(walk.name(repo), counted.count);
  }
  return { problems, artifacts, gone, records };
}
