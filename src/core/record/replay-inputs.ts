/**
 * The evaluator's inputs as the record keeps them (`inputs`), and back: the run writes them beside its
 * decision, `verify` turns them into the same evaluate() input and compares what comes out.
 * Big inputs are capped (sensitive files' patches, scanner findings, the commits of a long range); the
 * record says what was left out, and replay of such a record is partial.
 */
import type { Change, Commit, Finding } from '../model.js';
import { declaredIn } from '../attribution/declaration.js';
import { DEFAULT_MAX_AUDIT_COMMITS } from '../render/audit-commits.js';
import { LISTED_COMMITS_CAP } from './evidence-fields.js';
import type { EvaluateInput } from '../evaluate.js';
import type { CodeownersAtBase } from '../oversight/codeowners.js';
import { parseCodeowners } from '../oversight/codeowners.js';
import type { Violation } from '../violation.js';
import type { LoadedReport } from '../findings/report.js';
import type { PostMergeFacts, ReplayInputs } from './replay-inputs-schema.js';

/** Characters of patch text kept; sensitive files' diffs beyond it are left out. */
const PATCH_TEXT_CAP = 1_000_000;
/** Scanner findings kept across all reports and the baseline. */
const FINDINGS_CAP = 20_000;

export interface RunInputs {
  evaluate: Omit<EvaluateInput, 'sqlParser' | 'policy' | 'policyInfo'>;
  addedViolations: Violation[];
  postMerge: PostMergeFacts | null;
  /** The commits the evaluation found AI-assisted: a long range keeps them whole. */
  aiAssisted: ReadonlySet<string>;
  /** The policy's `audit.max-commits`. */
  maxCommits?: number;
}

type CountedCommits = NonNullable<ReplayInputs['commitsCounted']>;

/**
 * A long range keeps whole the commits the record lists one by one (the first 1,000 in `commits`, the
 * first `audit.max-commits` in `attribution.commits`), the last one, and every commit with something to
 * attribute (AI evidence, an AI-Assisted trailer). The others only add to counts the evaluation reads —
 * how many commits, which authors, how many lines — so they are kept as those counts; their messages are
 * left out.
 */
function commitsWithin(commits: Commit[], run: RunInputs, capped: string[]): { kept: Commit[]; counted: CountedCommits | null } {
  const cap = Math.max(run.maxCommits ?? DEFAULT_MAX_AUDIT_COMMITS, LISTED_COMMITS_CAP);
  if (commits.length <= cap + 1) return { kept: commits, counted: null };
  const kept: Commit[] = [];
  const authors = new Map<string, { name: string; email: string }>();
  let count = 0;
  let additions = 0;
  let deletions = 0;
  commits.forEach((c, i) => {
    if (i < cap || i === commits.length - 1 || run.aiAssisted.has(c.sha) || declaredIn(c).length > 0) {
      kept.push(c);
      return;
    }
    count += 1;
    additions += c.additions;
    deletions += c.deletions;
    const key = c.author.email.toLowerCase();
    if (!authors.has(key)) authors.set(key, { name: c.author.name, email: c.author.email });
  });
  if (count === 0) return { kept: commits, counted: null };
  capped.push(
    `the messages of ${count} of ${commits.length} commits with nothing to attribute: the record keeps whole the first ${cap}, the last and every one with AI evidence or an AI-Assisted trailer, and counts the others with their authors and lines`,
  );
  return { kept, counted: { at: cap, count, additions, deletions, authors: [...authors.values()] } };
}

/**
 * The commits a record's counts stand for, put back where they stood: each author once, every line on
 * the first, no message, so they add to the evaluation exactly what they added when it was recorded.
 */
function withCountedCommits(kept: Commit[], counted: CountedCommits | null): Commit[] {
  if (!counted) return kept;
  const standIns: Commit[] = Array.from({ length: counted.count }, (_, i) => {
    const person = counted.authors[Math.min(i, counted.authors.length - 1)]!;
    return { sha: '', author: person, committer: person, message: '', trailers: [], additions: i === 0 ? counted.additions : 0, deletions: i === 0 ? counted.deletions : 0 };
  });
  return [...kept.slice(0, counted.at), ...standIns, ...kept.slice(counted.at)];
}

function patchesWithin(change: Change, capped: string[]): Change['patches'] {
  let used = 0;
  const kept: Change['patches'] = [];
  for (const p of change.patches) {
    const size = [...p.added, ...p.removed].reduce((n, line) => n + line.length, 0);
    if (used + size > PATCH_TEXT_CAP) {
      capped.push(`the diff of ${p.path} (${size} characters; the record keeps ${PATCH_TEXT_CAP} characters of sensitive files' diffs)`);
      continue;
    }
    used += size;
    kept.push(p);
  }
  return kept;
}

function findingsWithin(reports: LoadedReport[], baseline: Finding[] | undefined, capped: string[]): { reports: LoadedReport[]; baseline: Finding[] | null } {
  let left = FINDINGS_CAP;
  const take = (list: Finding[], what: string): Finding[] => {
    const kept = list.slice(0, Math.max(0, left));
    left -= kept.length;
    if (kept.length < list.length) capped.push(`${list.length - kept.length} of ${list.length} findings of ${what} (the record keeps ${FINDINGS_CAP})`);
    return kept;
  };
  return {
    reports: reports.map((r) => ({ ...r, findings: take(r.findings, r.path) })),
    baseline: baseline ? take(baseline, 'the baseline') : null,
  };
}

function codeownersInput(c: CodeownersAtBase | undefined): ReplayInputs['codeowners'] {
  if (!c || c.text === undefined) return null;
  return { path: c.path, rev: c.rev, text: c.text, syntax: c.syntax ?? null };
}

/** Plain JSON data without `undefined` members, as it reads back from the record file. */
function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function recordInputs(run: RunInputs): ReplayInputs {
  const e = run.evaluate;
  const capped: string[] = [];
  const commits = commitsWithin(e.change.commits, run, capped);
  const change = { ...e.change, commits: commits.kept, patches: patchesWithin(e.change, capped) };
  const findings = e.findings ? { ...findingsWithin(e.findings.reports, e.findings.baseline, capped), violations: e.findings.violations, roots: e.findings.roots } : null;
  return json({
    complete: capped.length === 0,
    capped,
    now: e.now.toISOString(),
    mode: e.mode ?? null,
    governancePaths: e.governancePaths ?? [],
    platformWarnings: e.platformWarnings ?? [],
    addedViolations: run.addedViolations,
    change,
    commitsCounted: commits.counted,
    codeowners: codeownersInput(e.codeowners),
    lineLevel: e.lineLevel ?? null,
    findings,
    plans: e.plans ?? null,
    postMerge: run.postMerge,
  });
}

/** The evaluate() input the record's inputs describe, short of the policy (parsed by the caller). */
export function evaluateInputOf(inputs: ReplayInputs): Omit<EvaluateInput, 'sqlParser' | 'policy' | 'policyInfo'> {
  const c = inputs.codeowners;
  const change = inputs.change as Change;
  return {
    change: { ...change, commits: withCountedCommits(change.commits, inputs.commitsCounted) },
    now: new Date(inputs.now),
    ...(inputs.mode ? { mode: inputs.mode } : {}),
    ...(inputs.lineLevel ? { lineLevel: inputs.lineLevel } : {}),
    platformWarnings: inputs.platformWarnings,
    ...(inputs.findings
      ? { findings: { reports: inputs.findings.reports, ...(inputs.findings.baseline ? { baseline: inputs.findings.baseline } : {}), violations: inputs.findings.violations, roots: inputs.findings.roots } }
      : {}),
    ...(c ? { codeowners: { path: c.path, rev: c.rev, codeowners: parseCodeowners(c.text, c.syntax ?? undefined), text: c.text, ...(c.syntax ? { syntax: c.syntax } : {}) } } : {}),
    governancePaths: inputs.governancePaths,
    ...(inputs.plans ? { plans: inputs.plans } : {}),
  };
}
