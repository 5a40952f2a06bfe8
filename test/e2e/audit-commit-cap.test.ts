/**
 * A long range writes a bounded audit record: at most `audit.max-commits` commits one by one,
 * AI-assisted commits first and in the range's order, with the totals kept — through dist/index.js.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepos } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';

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
    const log = execFileSync('git', ['log', '--format=%H %s', `${base}..HEAD`], { cwd: r.dir, encoding: 'utf8' }).trim().split('\n');
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
    expect(res.audit!.commits).toHaveLength(5);

    // The inputs keep whole the first 5, the last and the AI-assisted commits; the others are counted,
    // and verify still replays the record, saying that its inputs are partial.
    const whole = shas.filter((s, i) => i < 5 || i === shas.length - 1 || ai.includes(s));
    expect(res.audit!.inputs!.change.commits.map((c) => c.sha)).toEqual(whole);
    expect(res.audit!.inputs!.commitsCounted).toMatchObject({ at: 5, count: shas.length - whole.length });
    copyFileSync(join(r.dir, 'ai-governance-audit.json'), join(r.dir, 'long-range.json'));
    const verified = runDist(['verify', 'long-range.json'], { cwd: r.dir });
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^Replayed: the decision pass, .* match the record long-range\.json\. The record's inputs are partial \(the messages of \d+ of 13 commits with nothing to attribute: the record keeps whole the first 5, the last and every one with AI evidence or an AI-Assisted trailer, and counts the others with their authors and lines\), so the replay is too\.$/m);
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
});
