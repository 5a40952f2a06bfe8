/**
 * The built-in policy asks for sign-off instead of refusing: a risky AI-assisted change in a request
 * fails until someone with write access (or a code owner of the risky files) other than its author
 * approves its latest commit, then passes. Run through dist/index.js with a request file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempRepo } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import { readmeBlocks } from '../helpers/readme.js';
import { defaultPolicy, parsePolicy } from '../../src/core/policy/parse.js';

describe('the default sign-off through dist/index.js', () => {
  let r: TempRepo;
  let head: string;
  beforeAll(() => {
    r = new TempRepo();
    r.write('db/schema.sql', 'CREATE TABLE users (id int);\n').write('src/app.ts', 'export const a = 1;\n').commit('base');
    r.write('db/migrations/001_drop_users.sql', 'DROP TABLE users;\n');
    head = r.commit({ message: 'Drop the users table\n\nCo-authored-by: Claude <noreply@anthropic.com>\n' });
  });
  afterAll(() => r.cleanup());

  const run = (approvals: object[]) => {
    writeFileSync(join(r.dir, 'request.json'), JSON.stringify({ number: 7, author: 'dev', approvals }));
    return runDist(['--request', 'request.json', '--base', 'HEAD~1'], { cwd: r.dir });
  };

  it('fails without an approval, once, and says who can give it', () => {
    const res = run([{ login: 'visitor', commitSha: head, canWrite: false }]);
    expect(res.code).toBe(1);
    const a = res.audit!;
    expect(a.risk.level === 'high' || a.risk.level === 'critical').toBe(true);
    // Both built-in rules apply and ask the same people: one requirement, one violation.
    expect(a.oversight.required).toHaveLength(1);
    expect(a.oversight.required[0]!.rules).toEqual(a.risk.level === 'critical' ? ['ai-assisted-high-risk', 'critical-risk'] : ['ai-assisted-high-risk']);
    expect(a.violations.map((v: { rule: string }) => v.rule)).toEqual(['approvals.required']);
    expect(a.oversight.required[0]!.notCounted).toEqual([{ login: 'visitor', why: 'no-write-access' }]);
    expect(res.stdout).toContain('Next: Get 1 approval on the latest commit from someone with write access to the repository other than dev (the author).');
  });

  it('passes once someone with write access other than the author approved the latest commit', () => {
    const res = run([
      { login: 'dev', commitSha: head, canWrite: true },
      { login: 'senior', commitSha: head, canWrite: true },
    ]);
    expect(res.code).toBe(0);
    expect(res.audit!.oversight.required[0]!.counted).toEqual([{ login: 'senior', via: 'write-access' }]);
    expect(res.stdout.split('\n')[0]).toBe('✅ AI governance gate: PASS — signed off by senior');
  });

  it('does not count an approval of an older commit', () => {
    const res = run([{ login: 'senior', commitSha: 'f'.repeat(40), canWrite: true }]);
    expect(res.code).toBe(1);
    expect(res.audit!.oversight.required[0]!.notCounted).toEqual([{ login: 'senior', why: 'stale' }]);
  });

  it('asks the code owners of the risky files when CODEOWNERS names them', () => {
    const owned = new TempRepo();
    try {
      owned.write('CODEOWNERS', '/db/ @acme-dba\n').write('src/app.ts', 'export const a = 1;\n').commit('base');
      owned.write('db/migrations/001_drop_users.sql', 'DROP TABLE users;\n').write('src/app.ts', 'export const a = 2;\n');
      const sha = owned.commit({ message: 'Drop the users table\n\nCo-authored-by: Claude <noreply@anthropic.com>\n' });
      writeFileSync(join(owned.dir, 'request.json'), JSON.stringify({ number: 8, author: 'dev', approvals: [{ login: 'senior', commitSha: sha, canWrite: true }] }));
      const res = runDist(['--request', 'request.json', '--base', 'HEAD~1'], { cwd: owned.dir });
      expect(res.code).toBe(1);
      const req = res.audit!.oversight.required[0]!;
      // The owners of the risky file, not of every file the change touches.
      expect(req.approvers).toMatchObject({ owners: ['@acme-dba'], ownedFiles: ['db/migrations/001_drop_users.sql'], anyone: false });
      expect(req.notCounted).toEqual([{ login: 'senior', why: 'not-in-approver-set' }]);
      expect(res.stdout).toContain('a code owner of db/migrations/001_drop_users.sql (@acme-dba)');
    } finally {
      owned.cleanup();
    }
  });

  it('is the policy the README writes out', () => {
    const shown = readmeBlocks('yaml').find((b) => b.code.includes('name: ai-assisted-high-risk'));
    expect(shown).toBeDefined();
    expect(parsePolicy(shown!.code, 'README.md').policy.approvals).toEqual(defaultPolicy().approvals);
  });
});
