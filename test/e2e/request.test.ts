import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepos } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import { gitAiNote } from '../helpers/git-ai-note.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

describe('request facts and line-level data through dist/index.js', () => {
  const fresh = tempRepos();
  const repo = () => {
    const r = fresh();
    r.write('README.md', '# x\n');
    r.commit('base');
    return r;
  };

  it('attributes an agent-opened request, finds the requester, and reads the declaration', () => {
    const r = repo();
    r.write('src/a.ts', 'export const a = 1;\n');
    r.commit({
      message: 'Add a\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>\n',
      author: { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' },
    });
    writeFileSync(
      join(r.dir, 'request.json'),
      JSON.stringify({
        number: 7,
        author: 'Copilot',
        authorIsBot: true,
        title: 'Add a',
        body: 'Adds a.\n\nAI-Assisted: yes\n',
        sourceBranch: 'copilot/add-a',
        labels: [],
        assignees: ['octocat'],
      }),
    );
    const res = runDist(['--request', 'request.json', '--format', 'json'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    const a = JSON.parse(res.stdout).attribution;
    expect(a.aiAssisted).toBe(true);
    expect(a.tools).toContain('GitHub Copilot');
    expect(a.requestEvidence.map((e: { signal: string }) => e.signal)).toEqual(expect.arrayContaining(['request-author']));
    expect(a.shareMethod).toBe('request');
    expect(a.declaration.value).toBe('yes');
    expect(a.requester.login).toBe('octocat');
  });

  it('requires a declaration when the policy says so, and flags a contradicted "no"', () => {
    const r = repo();
    writeFileSync(join(r.dir, 'policy.yml'), 'version: 1\ndeclarations:\n  require: true\n  contradiction: violation\n');
    r.write('a.txt', '1\n');
    r.commit({ message: 'Change a\n\nCo-authored-by: Claude <noreply@anthropic.com>\n' });
    writeFileSync(join(r.dir, 'none.json'), JSON.stringify({ number: 1, author: 'dev', body: 'Just a change.' }));
    const missing = runDist(['--policy', 'policy.yml', '--request', 'none.json'], { cwd: r.dir });
    expect(missing.code).toBe(1);
    expect(missing.audit!.violations.map((v: { rule: string }) => v.rule)).toContain('declarations.required');
    writeFileSync(join(r.dir, 'no.json'), JSON.stringify({ number: 1, author: 'dev', body: 'AI-Assisted: no' }));
    const contradicted = runDist(['--policy', 'policy.yml', '--request', 'no.json'], { cwd: r.dir });
    expect(contradicted.code).toBe(1);
    const v = contradicted.audit!.violations.find((x: { rule: string }) => x.rule === 'declarations.contradicted');
    expect(v!.message).toContain('Claude');
  });

  it('rejects a malformed request file with the field path', () => {
    const r = repo();
    writeFileSync(join(r.dir, 'bad.json'), JSON.stringify({ number: 'seven', labels: 'x' }));
    const res = runDist(['--request', 'bad.json'], { cwd: r.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/number: expected a number[\s\S]*labels: expected a list/);
  });

  it('uses git-ai notes for the AI share when the repository carries them', () => {
    const r = repo();
    r.write('src/a.ts', Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n') + '\n');
    const sha = r.commit('Add a');
    const note = gitAiNote(sha, 'src/a.ts', '1-4');
    leanExecFileSync('git', ['notes', '--ref=ai', 'add', '-m', note, sha], { cwd: r.dir });
    const res = runDist(['--format', 'json'], { cwd: r.dir });
    const a = JSON.parse(res.stdout).attribution;
    expect(a.shareMethod).toBe('git-ai');
    expect(a.aiShare).toBe(0.4);
    expect(a.lineLevel).toMatchObject({ method: 'git-ai', aiLines: 4, totalAddedLines: 10 });
  });
});
