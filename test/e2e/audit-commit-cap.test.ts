/**
 * A long range writes a bounded audit record: at most `audit.max-commits` commits one by one,
 * AI-assisted commits first and in the range's order, with the totals kept; past the commits the record
 * lists, the replay inputs keep as counts the commits with nothing to attribute, and `verify` still
 * replays the record — through dist/index.js.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHistory } from '../../bench/generate/issue-shapes.js';
import { tempRepos } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

const AI = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

describe('the audit record of a long range (dist/index.js)', () => {
  const fresh = tempRepos();

  function range(policy: string | undefined, count: number, aiEvery: number) {
    const r = fresh();
    r.write('README.md', '# x\n');
    if (policy) r.write('.ai-governance.yml', policy);
    const base = r.commit('base');
    for (let i = 0; i < count; i++) {
      r.write(`src/f${i}.ts`, `export const v = ${i};\n`);
      r.commit(`Change ${i}${i % aiEvery === 0 ? AI : ''}`);
    }
    const log = leanExecFileSync('git', ['log', '--format=%H %s', `${base}..HEAD`], { cwd: r.dir, encoding: 'utf8' }).trim().split('\n');
    const shas = log.map((l) => l.split(' ')[0]!);
    const ai = log.filter((l) => Number(/Change (\d+)/.exec(l)![1]) % aiEvery === 0).map((l) => l.split(' ')[0]!);
    return { r, base, shas, ai };
  }

  it('lists AI-assisted commits first up to the cap, in the range\'s order, and keeps the totals', () => {
    const { r, base, shas, ai } = range('version: 1\naudit:\n  max-commits: 5\n', 13, 4);
    const res = runDist(['--base', base, '--head', 'HEAD', '--mode', 'warn'], { cwd: r.dir });
    expect(res.code).toBe(0);
    const a = res.audit!.attribution;
    expect(a.commitDetail).toEqual({ total: shas.length, aiAssisted: ai.length, recorded: 5, cap: 5 });
    const humans = shas.filter((s) => !ai.includes(s)).slice(0, 5 - ai.length);
    expect(a.commits.map((c) => c.sha)).toEqual(shas.filter((s) => ai.includes(s) || humans.includes(s)));
    expect(a.commits.filter((c) => c.aiAssisted).map((c) => c.sha)).toEqual(ai);
    expect(res.audit!.change.commits).toBe(shas.length);
  });

  it('a cap smaller than the AI-assisted commits keeps the first of them; without a policy every commit of a short range is listed', () => {
    const capped = range('version: 1\naudit:\n  max-commits: 2\n', 9, 2);
    const res = runDist(['--base', capped.base, '--head', 'HEAD', '--mode', 'warn'], { cwd: capped.r.dir });
    expect(res.audit!.attribution.commits.map((c) => c.sha)).toEqual(capped.ai.slice(0, 2));
    expect(res.audit!.attribution.commitDetail).toEqual({ total: 9, aiAssisted: capped.ai.length, recorded: 2, cap: 2 });

    const plain = range(undefined, 6, 3);
    const all = runDist(['--base', plain.base, '--head', 'HEAD', '--mode', 'warn'], { cwd: plain.r.dir });
    expect(all.audit!.attribution.commits.map((c) => c.sha)).toEqual(plain.shas);
    expect(all.audit!.attribution.commitDetail).toEqual({ total: 6, aiAssisted: plain.ai.length, recorded: 6, cap: 2000 });
  });

  it('past the 1,000 commits it lists, keeps the others with nothing to attribute as counts, and verify still replays the record', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'gate-long-history-'));
    try {
      // 1,200 commits built with git fast-import, one in thirty co-authored by Claude.
      const h = generateHistory(join(scratch, 'repo'), 1200, 40, 11);
      writeFileSync(join(scratch, 'policy.yml'), 'version: 1\naudit:\n  max-commits: 50\n');
      const res = runDist(['--base', h.base, '--head', h.head, '--mode', 'warn', '--policy', join(scratch, 'policy.yml')], { cwd: h.dir });
      expect(res.stderr).toBe('');

      // git's own account of the range, newest first: each commit's message and added lines.
      const log = leanExecFileSync('git', ['log', '--numstat', '--format=%x00%H%x00%B%x00', `${h.base}..${h.head}`], { cwd: h.dir, encoding: 'utf8' }).split('\0');
      const commits: Array<{ sha: string; ai: boolean; additions: number }> = [];
      for (let i = 1; i + 2 < log.length + 1; i += 3) {
        const additions = (log[i + 2] ?? '').split('\n').filter((l) => /^\d+\t/.test(l)).reduce((n, l) => n + Number(l.split('\t')[0]), 0);
        commits.push({ sha: log[i]!, ai: /Co-Authored-By: Claude/.test(log[i + 1]!), additions });
      }
      expect(commits).toHaveLength(1200);
      expect(commits.filter((c) => c.ai)).toHaveLength(h.aiAssisted);
      const whole = commits.filter((c, i) => i < 1000 || i === commits.length - 1 || c.ai);
      const counted = commits.filter((c) => !whole.includes(c));

      const inputs = res.audit!.inputs!;
      expect(inputs.change.commits.map((c) => c.sha)).toEqual(whole.map((c) => c.sha));
      expect(inputs.commitsCounted).toEqual({ at: 1000, count: counted.length, additions: counted.reduce((n, c) => n + c.additions, 0), deletions: expect.any(Number), authors: [{ name: 'Dev Eloper', email: 'dev@example.com' }] });
      expect(res.audit!.commits).toHaveLength(1000);
      expect(res.audit!.attribution.commits).toHaveLength(50);
      expect(res.audit!.change.commits).toBe(1200);

      copyFileSync(join(h.dir, 'ai-governance-audit.json'), join(scratch, 'long-history.json'));
      const verified = runDist(['verify', join(scratch, 'long-history.json')], { cwd: h.dir });
      expect(verified.stderr).toBe('');
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain(`The record's inputs are partial (the messages of ${counted.length} of 1200 commits with nothing to attribute: the record keeps whole the first 1000, the last and every one with AI evidence or an AI-Assisted trailer, and counts the others with their authors and lines), so the replay is too.`);
      expect(verified.stdout).toMatch(/^Replayed: the decision \w+, .* match the record /);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
