import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { readLineLevel } from '../../../src/gather/line-level/read-line-level.js';
import { TempRepo } from '../../helpers/git-repo.js';

const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}\n`).join('');

/** What the change adds per file, as the gate's git reader sees it: `git diff --numstat base HEAD`. */
function numstat(repo: TempRepo, base: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of repo.git('diff', '--numstat', base, 'HEAD').trim().split('\n')) {
    const [added, , path] = row.split('\t');
    if (path) out.set(path, Number(added));
  }
  return out;
}

function note(attestations: string, metadata: Record<string, unknown>): string {
  return `${attestations}\n---\n${JSON.stringify({ schema_version: 'authorship/3.0.0', base_commit_sha: '', ...metadata }, null, 2)}`;
}

const CURSOR = {
  '866dabf162e96bcb': {
    agent_id: { tool: 'cursor', id: '6ef2299e-a67f-432b-aa80-3d2fb4d28999', model: 'claude-4.5-opus' },
    human_author: 'Test Human <human@example.com>',
    total_additions: 6,
    total_deletions: 0,
    accepted_lines: 6,
    overriden_lines: 0,
  },
};
const CLAUDE = {
  s_9ebf6eaa922b2f: { agent_id: { tool: 'claude', id: '0d3b7c1e-58a2-4f6b-9e21-7c4a5d3e2f10', model: 'claude-sonnet-4-5' } },
};

describe('readLineLevel with git-ai notes', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  it('computes the AI share from notes added with git notes --ref=ai, reporting and skipping a malformed one', async () => {
    repo = new TempRepo();
    repo.write('README.md', lines(3, 'readme'));
    const base = repo.commit('base');

    // A: adds src/a.ts (10 lines); cursor wrote 1-6, the human 7-8, 9-10 are untracked.
    repo.write('src/a.ts', lines(10, 'a'));
    const a = repo.commit('A');
    repo.git('notes', '--ref=ai', 'add', '-m', note('src/a.ts\n  866dabf162e96bcb 1-6\n  h_75210ae4a45d9c 7-8', {
      prompts: CURSOR,
      humans: { h_75210ae4a45d9c: { author: 'Test Human <human@example.com>' } },
    }), a);

    // B: inserts 4 lines after line 2 of src/a.ts (new lines 3-6) and adds src/b.ts (5 lines), all by claude.
    // The note also claims a.ts lines 1-2, which B did not add: they must not count.
    const aLines = lines(10, 'a').split('\n');
    repo.write('src/a.ts', [...aLines.slice(0, 2), 'ins 1', 'ins 2', 'ins 3', 'ins 4', ...aLines.slice(2)].join('\n'));
    repo.write('src/b.ts', lines(5, 'b'));
    const b = repo.commit('B');
    repo.git('notes', '--ref=ai', 'add', '-m', note(
      'src/a.ts\n  s_9ebf6eaa922b2f::t_4c1d9e0a7b3f26 1-6\nsrc/b.ts\n  s_9ebf6eaa922b2f::t_0a9b8c7d6e5f41 1-5',
      { prompts: {}, sessions: CLAUDE },
    ), b);

    // C: a human commit with no note.
    repo.write('docs/guide.md', lines(7, 'g'));
    const c = repo.commit('C');

    // D: adds src/c.ts (4 lines) with a malformed note, which is reported and skipped.
    repo.write('src/c.ts', lines(4, 'c'));
    const d = repo.commit('D');
    repo.git('notes', '--ref=ai', 'add', '-m', note('src/c.ts\n  866dabf162e96bcb 1,5-', { prompts: CURSOR }), d);

    const added = numstat(repo, base);
    // Independent count: a.ts 10+4, b.ts 5, guide 7, c.ts 4.
    expect(added).toEqual(new Map([['docs/guide.md', 7], ['src/a.ts', 14], ['src/b.ts', 5], ['src/c.ts', 4]]));

    const result = await readLineLevel(repo.dir, [a, b, c, d], added);
    expect(result.method).toBe('git-ai');
    // AI lines by construction: A's 6 + B's 4 inserted in a.ts + B's 5 in b.ts = 15 of 30 added.
    expect(result.aiLines).toBe(15);
    expect(result.totalAddedLines).toBe(30);
    expect(result.share).toBe(0.5);
    expect(result.files).toEqual([
      { path: 'src/a.ts', aiLines: 10, tools: ['claude', 'cursor'] },
      { path: 'src/b.ts', aiLines: 5, tools: ['claude'] },
    ]);
    expect(result.tools).toEqual(['claude', 'cursor']);
    expect(result.models).toEqual(['claude-4.5-opus', 'claude-sonnet-4-5']);
    expect(result.problems).toEqual([`note for ${d.slice(0, 7)}: malformed range '5-' in src/c.ts (line 2); skipped`]);
  });

  it('clamps a file to the lines the change still adds', async () => {
    repo = new TempRepo();
    repo.write('README.md', 'x\n');
    const base = repo.commit('base');
    repo.write('src/b.ts', lines(5, 'b'));
    const b = repo.commit('B');
    repo.git('notes', '--ref=ai', 'add', '-m', note('src/b.ts\n  866dabf162e96bcb 1-5', { prompts: CURSOR }), b);
    // A later human commit deletes three of the five AI lines.
    repo.write('src/b.ts', lines(2, 'b'));
    const e = repo.commit('E');

    const added = numstat(repo, base);
    expect(added).toEqual(new Map([['src/b.ts', 2]]));
    const result = await readLineLevel(repo.dir, [b, e], added);
    expect(result).toMatchObject({ method: 'git-ai', aiLines: 2, totalAddedLines: 2, share: 1 });
  });

  it('ignores notes on commits outside the change', async () => {
    repo = new TempRepo();
    repo.write('old.ts', lines(4, 'o'));
    const old = repo.commit('old');
    repo.git('notes', '--ref=ai', 'add', '-m', note('old.ts\n  866dabf162e96bcb 1-4', { prompts: CURSOR }), old);
    repo.write('new.ts', lines(3, 'n'));
    const fresh = repo.commit('new');

    const result = await readLineLevel(repo.dir, [fresh], numstat(repo, old));
    expect(result).toMatchObject({ method: 'none', aiLines: 0, totalAddedLines: 3, problems: [] });
    expect(result.share).toBeUndefined();
  });

  it("says 'none' for a repository without notes or traces", async () => {
    repo = new TempRepo();
    repo.write('a.txt', 'a\n');
    const base = repo.commit('base');
    repo.write('b.txt', lines(6, 'b'));
    const head = repo.commit('head');

    const result = await readLineLevel(repo.dir, [head], numstat(repo, base));
    expect(result).toEqual({
      method: 'none',
      aiLines: 0,
      totalAddedLines: 6,
      files: [],
      tools: [],
      models: [],
      problems: [],
    });
  });

  it('reads many notes in a fixed number of git calls and counts them all', async () => {
    repo = new TempRepo();
    repo.write('log.txt', '');
    const base = repo.commit('base');
    const commits: string[] = [];
    let content = '';
    // 30 commits each append 2 lines; each note claims the first of the two.
    for (let i = 0; i < 30; i++) {
      content += `ai ${i}\nhuman ${i}\n`;
      repo.write('log.txt', content);
      const sha = repo.commit(`step ${i}`);
      repo.git('notes', '--ref=ai', 'add', '-m', note(`log.txt\n  866dabf162e96bcb ${2 * i + 1}`, { prompts: CURSOR }), sha);
      commits.push(sha);
    }
    const added = numstat(repo, base);

    const calls = await countingGitCalls(() => readLineLevel(repo.dir, commits, added));
    expect(calls.result).toMatchObject({ method: 'git-ai', aiLines: 30, totalAddedLines: 60, share: 0.5, problems: [] });
    // rev-parse, notes list, cat-file --batch, log: the same four for 30 commits as for 3000.
    expect(calls.count).toBe(4);
  });
});

/** Runs `body` with a `git` on PATH that logs each call before handing it to the real git. */
async function countingGitCalls<T>(body: () => Promise<T>): Promise<{ result: T; count: number }> {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'git-shim-'));
  const log = join(dir, 'calls.log');
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho x >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
  const path = process.env.PATH;
  process.env.PATH = `${dir}${delimiter}${path ?? ''}`;
  try {
    const result = await body();
    const count = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
    return { result, count };
  } finally {
    process.env.PATH = path;
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('readLineLevel with Agent Trace records', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  it('counts lines from .agent-trace/traces.jsonl records of the change\'s commits', async () => {
    repo = new TempRepo();
    repo.write('README.md', 'x\n');
    const base = repo.commit('base');

    repo.write('src/x.ts', lines(8, 'x'));
    const a = repo.commit('A');
    repo.write('src/y.ts', lines(6, 'y'));
    const b = repo.commit('B');

    const record = (revision: string, tool: Record<string, string>, path: string, conversations: unknown[], at: string) =>
      JSON.stringify({
        version: '0.1.0',
        id: `00000000-0000-4000-8000-${revision.slice(0, 12)}`,
        timestamp: at,
        vcs: { type: 'git', revision },
        tool,
        files: [{ path, conversations }],
      });
    const jsonl = [
      // A: cursor wrote x.ts 1-5.
      record(a, { name: 'cursor', version: '2.4.1' }, 'src/x.ts', [
        { contributor: { type: 'ai', model_id: 'anthropic/claude-sonnet-4-20250514' }, ranges: [{ start_line: 1, end_line: 5 }] },
      ], '2026-02-05T08:00:00Z'),
      // B: claude-code wrote y.ts 1-6, but the human rewrote 5-6 (a per-range override).
      record(b, { name: 'claude-code' }, 'src/y.ts', [
        {
          contributor: { type: 'ai', model_id: 'anthropic/claude-opus-4-5-20251101' },
          ranges: [{ start_line: 1, end_line: 4 }, { start_line: 5, end_line: 6, contributor: { type: 'human' } }],
        },
      ], '2026-02-05T08:10:00Z'),
      // Unknown origin claims nothing; a record for a commit outside the change is ignored.
      record(b, { name: 'cursor' }, 'src/y.ts', [
        { contributor: { type: 'unknown' }, ranges: [{ start_line: 1, end_line: 6 }] },
      ], '2026-02-05T08:11:00Z'),
      record('f'.repeat(40), { name: 'cursor' }, 'src/x.ts', [
        { contributor: { type: 'ai' }, ranges: [{ start_line: 1, end_line: 8 }] },
      ], '2026-02-05T08:12:00Z'),
      '{"version":"0.1.0","id":"broken",',
    ].join('\n') + '\n';
    repo.write('.agent-trace/traces.jsonl', jsonl);
    const c = repo.commit('record traces');

    const added = numstat(repo, base);
    // Independent count: x.ts 8, y.ts 6, and the 5 lines of the trace file itself.
    expect(added).toEqual(new Map([['.agent-trace/traces.jsonl', 5], ['src/x.ts', 8], ['src/y.ts', 6]]));

    const result = await readLineLevel(repo.dir, [a, b, c], added);
    expect(result.method).toBe('agent-trace');
    // By construction: 5 (x.ts) + 4 (y.ts) of 19.
    expect(result.aiLines).toBe(9);
    expect(result.totalAddedLines).toBe(19);
    expect(result.share).toBeCloseTo(9 / 19, 10);
    expect(result.files).toEqual([
      { path: 'src/x.ts', aiLines: 5, tools: ['cursor'] },
      { path: 'src/y.ts', aiLines: 4, tools: ['claude-code'] },
    ]);
    expect(result.models).toEqual(['anthropic/claude-opus-4-5-20251101', 'anthropic/claude-sonnet-4-20250514']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^\.agent-trace\/traces\.jsonl:5: not valid JSON \(.+\); line skipped$/);
  });

  it('prefers git-ai notes when both are present', async () => {
    repo = new TempRepo();
    repo.write('README.md', 'x\n');
    const base = repo.commit('base');
    repo.write('src/x.ts', lines(4, 'x'));
    const a = repo.commit('A');
    repo.git('notes', '--ref=ai', 'add', '-m', note('src/x.ts\n  866dabf162e96bcb 1', { prompts: CURSOR }), a);
    repo.write('.agent-trace/traces.json', JSON.stringify({
      version: '0.1.0', id: 'i', timestamp: '2026-02-05T08:00:00Z', vcs: { type: 'git', revision: a },
      files: [{ path: 'src/x.ts', conversations: [{ contributor: { type: 'ai' }, ranges: [{ start_line: 1, end_line: 4 }] }] }],
    }));
    const c = repo.commit('traces');

    const result = await readLineLevel(repo.dir, [a, c], numstat(repo, base));
    expect(result).toMatchObject({ method: 'git-ai', aiLines: 1 });
  });
});
