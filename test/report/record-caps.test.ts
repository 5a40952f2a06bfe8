/**
 * The record's lists on a huge change: the changed files and the commits are listed up to a cap with
 * the totals kept beside them, and inputs too big to keep make the record say its replay is partial
 * (which `verify` then says) instead of silently replaying something else.
 */
import { evaluate } from '../../src/core/evaluate.js';
import { defaultPolicy, parsePolicy } from '../../src/core/policy/parse.js';
import { auditRecord } from '../../src/core/render/audit.js';
import { recordInputs } from '../../src/core/record/replay-inputs.js';
import { replayRecord } from '../../src/core/record/replay.js';
import type { Change, Commit, ChangedFile } from '../../src/core/model.js';

const NOW = new Date('2026-06-01T12:00:00Z');

function commit(i: number): Commit {
  const sha = i.toString(16).padStart(40, '0');
  return { sha, author: { name: `Dev ${i % 5}`, email: `dev${i % 5}@example.com` }, committer: { name: 'CI', email: 'ci@example.com' }, authorDate: '2026-05-01T00:00:00Z', committerDate: '2026-05-02T00:00:00Z', message: `change ${i}`, trailers: [], additions: 1, deletions: 0 };
}

function file(i: number): ChangedFile {
  return { path: `db/migrations/${String(i).padStart(4, '0')}.sql`, status: 'added', additions: 1, deletions: 0, binary: false };
}

function record(change: Change, text = 'version: 1\n') {
  const { policy, sha256 } = parsePolicy(text, 'policy.yml');
  const policyInfo = { source: 'policy.yml', sha256 };
  const given = { change, now: NOW, platformWarnings: [], governancePaths: [] };
  const evaluation = evaluate({ ...given, policy, policyInfo });
  const maxCommits = policy.audit?.['max-commits'];
  const aiAssisted = new Set(evaluation.attribution.commits.filter((c) => c.aiAssisted).map((c) => c.sha));
  const inputs = recordInputs({ evaluate: given, addedViolations: [], postMerge: null, aiAssisted, maxCommits });
  return JSON.parse(JSON.stringify(auditRecord({ evaluation, change, policyInfo, platform: 'local', version: 'test', timestamp: NOW, policyText: text, inputs, maxCommits })));
}

describe('the record on a huge change', () => {
  it('lists at most 1,000 files and 1,000 commits, and keeps the totals', () => {
    const files = Array.from({ length: 1005 }, (_, i) => file(i));
    const commits = Array.from({ length: 1200 }, (_, i) => commit(i + 1));
    const r = record({ repository: 'acme/big', base: 'b'.repeat(40), baseReason: 'explicit', baseDescription: 'explicit', head: commits[0]!.sha, files, commits, patches: [] });
    expect(r.files.total).toBe(1005);
    expect(r.files.listed).toHaveLength(1000);
    expect(r.files.listed[999].path).toBe(files[999]!.path);
    expect(r.change.commits).toBe(1200);
    expect(r.commits).toHaveLength(1000);
    expect(r.commits[0]).toEqual({ sha: commits[0]!.sha, author: commits[0]!.author, authorDate: '2026-05-01T00:00:00Z', committer: commits[0]!.committer, committerDate: '2026-05-02T00:00:00Z' });
    // The inputs keep every file and commit: replay needs them all.
    expect(r.inputs.change.files).toHaveLength(1005);
    expect(r.inputs.change.commits).toHaveLength(1200);
    expect(r.inputs.complete).toBe(true);
  });

  it('past the commits it lists keeps whole those with something to attribute, counts the others, and still replays exactly', () => {
    // 1,300 commits by 7 authors (one address written in two cases); every 40th co-authored by Claude,
    // every 75th declaring "AI-Assisted: no"; lines vary so the AI share depends on every commit.
    const commits = Array.from({ length: 1300 }, (_, i) => {
      const c = commit(i + 1);
      const email = i % 7 === 6 ? 'DEV1@example.com' : `dev${i % 7}@example.com`;
      const ai = i % 40 === 13;
      const declared = i % 75 === 20;
      const message = `change ${i}${ai ? '\n\nCo-Authored-By: Claude <noreply@anthropic.com>' : declared ? '\n\nAI-Assisted: no' : ''}`;
      return { ...c, author: { name: `Dev ${i % 7}`, email }, message, additions: (i % 11) + 1, deletions: i % 3 };
    });
    // The record lists 1,000 commits in `commits` (and 50 in `attribution.commits`): those stay whole.
    const kept = commits.filter((c, i) => i < 1000 || i === 1299 || /Co-Authored-By|AI-Assisted/.test(c.message));
    const r = record({ repository: 'acme/long', base: 'b'.repeat(40), baseReason: 'explicit', baseDescription: 'explicit', head: commits[1299]!.sha, files: [file(1)], commits, patches: [] }, 'version: 1\naudit:\n  max-commits: 50\n');
    expect(r.inputs.change.commits.map((c: Commit) => c.sha)).toEqual(kept.map((c) => c.sha));
    const counted = commits.filter((c) => !kept.includes(c));
    expect(r.inputs.commitsCounted).toEqual({
      at: 1000,
      count: counted.length,
      additions: counted.reduce((n, c) => n + c.additions, 0),
      deletions: counted.reduce((n, c) => n + c.deletions, 0),
      // Each address once, with the name of its first commit.
      authors: [...counted.reduce((m, c) => (m.has(c.author.email.toLowerCase()) ? m : m.set(c.author.email.toLowerCase(), c.author)), new Map<string, Commit['author']>()).values()],
    });
    expect(r.inputs.complete).toBe(false);
    expect(r.inputs.capped).toEqual([expect.stringMatching(new RegExp(`^the messages of ${counted.length} of 1300 commits with nothing to attribute`))]);
    expect(r.commits).toHaveLength(1000);
    expect(r.attribution.commits).toHaveLength(50);
    expect(r.change.commits).toBe(1300);

    const replay = replayRecord(r);
    expect(replay.ok && replay.differences).toEqual([]);
    // The counts are what the evaluation read: changing any of them changes the replay.
    for (const edit of [{ additions: 0 }, { count: r.inputs.commitsCounted.count - 1 }, { authors: [...r.inputs.commitsCounted.authors, { name: 'Someone Else', email: 'else@example.com' }] }]) {
      const edited = { ...r, inputs: { ...r.inputs, commitsCounted: { ...r.inputs.commitsCounted, ...edit } } };
      const again = replayRecord(edited);
      expect([edit, again.ok && again.differences.length > 0]).toEqual([edit, true]);
    }
  });

  it('leaves out sensitive diffs past the cap and says so: the replay of such a record can differ, and the record says why', () => {
    const line = 'DROP TABLE t;'.padEnd(1000, ' ');
    const files = [file(1), file(2)];
    const patches = files.map((f) => ({ path: f.path, added: Array.from({ length: 600 }, () => line), removed: [], addedRanges: [[1, 600]] as Array<[number, number]> }));
    const r = record({ repository: 'acme/big', base: 'b'.repeat(40), baseReason: 'explicit', baseDescription: 'explicit', head: 'c'.repeat(40), files, commits: [commit(1)], patches });
    expect(r.inputs.complete).toBe(false);
    expect(r.inputs.change.patches.map((p: { path: string }) => p.path)).toEqual([files[0]!.path]);
    expect(r.inputs.capped).toEqual([`the diff of ${files[1]!.path} (600000 characters; the record keeps 1000000 characters of sensitive files' diffs)`]);
    // The evaluator saw both diffs; the replay sees one, so it can differ, and the record says why.
    const replay = replayRecord(r);
    expect(replay.ok).toBe(true);
    expect(r.risk.destructive.map((d: { path: string }) => d.path)).toContain(files[1]!.path);
    expect(replay.ok && replay.differences.some((d) => d.path.startsWith('risk.destructive'))).toBe(true);
  });

  it('the built-in default policy, written as JSON, parses back to the policy that judged', () => {
    const policy = { ...defaultPolicy(), 'inputs-may-weaken': true };
    expect(parsePolicy(JSON.stringify(policy), 'built-in').policy).toEqual(policy);
  });
});
