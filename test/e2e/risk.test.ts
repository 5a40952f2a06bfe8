/**
 * Risk through the bundled entrypoint: destructive SQL named with its line, the SQL parser loaded only
 * when the change has SQL, and risk alone refusing nothing under the default policy.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempRepos } from '../helpers/git-repo.js';
import { cleanEnv, runDist } from '../helpers/run-dist.js';
import { projectRoot } from '../helpers/corpus.js';
import { leanSpawnSync } from '../helpers/lean-exec.js';

const AI_COMMIT = { message: 'Drop the legacy tables\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' };

describe('risk through dist/index.js', () => {
  const repo = tempRepos();

  it('names a destructive SQL statement hidden by a comment, with file and line, and does not refuse on risk alone', () => {
    const r = repo();
    r.write('db/migrations/0001_init.sql', 'CREATE TABLE users (id int);\n').write('infra/main.tf', 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n');
    r.commit('base');
    r.write('db/migrations/0042_drop_users.sql', '-- drop the old table\nDROP/**/TABLE\n  users;\n').remove('infra/main.tf');
    r.commit(AI_COMMIT);
    const res = runDist(['--format', 'markdown'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    const audit = res.audit!;
    expect(audit.attribution.aiAssisted).toBe(true);
    expect(['high', 'critical']).toContain(audit.risk.level);
    // Default policy: risk informs, it does not refuse.
    expect(audit.violations.map((v: { rule: string }) => v.rule)).toEqual([]);
    expect(res.code).toBe(0);
    const drop = audit.risk.destructive.find((d) => d.kind === 'sql-drop')!;
    expect(drop).toEqual(expect.objectContaining({ path: 'db/migrations/0042_drop_users.sql', line: 2, object: 'users', evidence: 'DROP TABLE users', readBy: 'sql-parser', reversible: false, downStep: false }));
    expect(drop.detail).toBe('DROP TABLE users in db/migrations/0042_drop_users.sql:2 (no down step in this change)');
    const factor = audit.risk.factors.find((f) => f.id === 'destructive')!;
    expect(factor.facts).toEqual({ operations: 2, irreversible: 2 });
    expect(factor.detail).toContain(drop.detail);
    // The summary shows the same sentence, escaped for Markdown.
    expect(res.stdout).toContain('- **`DROP TABLE users`** in `db/migrations/0042_drop_users.sql:2`, with no down step — add a down migration');
    const ai = audit.risk.factors.find((f) => f.id === 'ai-assisted')!;
    expect(ai.facts.share).toBe(audit.attribution.aiShare);
  });

  it('a policy that sets both risk rules reports one violation for one AI-assisted risk', () => {
    const r = repo();
    r.write('.ai-governance.yml', 'version: 1\nrisk:\n  fail-at: medium\nai:\n  fail-at-risk: medium\n').write('infra/main.tf', 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n');
    r.commit('base');
    r.remove('infra/main.tf');
    r.commit(AI_COMMIT);
    const res = runDist([], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toEqual(['ai.fail-at-risk']);
  });

  it('loads the SQL parser only for a change with SQL: without its chunks a plain change still runs', () => {
    const dist = mkdtempSync(join(tmpdir(), 'gate-dist-'));
    try {
      cpSync(join(projectRoot, 'dist'), dist, { recursive: true });
      const parserChunks = readdirSync(join(dist, 'chunks')).filter((f) => /^(postgresql|mysql|transactsql|sqlite)-/.test(f));
      expect(parserChunks).toHaveLength(4);
      for (const f of parserChunks) rmSync(join(dist, 'chunks', f));
      const r = repo();
      r.write('src/app.ts', 'export const a = 1;\n').commit('base');
      r.write('src/app.ts', 'export const a = 2;\n').commit('plain');
      const run = () => leanSpawnSync(process.execPath, [join(dist, 'index.js'), '--mode', 'warn'], { cwd: r.dir, env: cleanEnv(), encoding: 'utf8' });
      const plain = run();
      expect(plain.stderr).toBe('');
      expect(plain.status).toBe(0);
      r.write('db/migrations/0002.sql', 'DROP TABLE users;\n').commit('sql');
      const sql = run();
      // The change has SQL, so the gate reaches for the parser chunks that were taken away.
      expect(sql.status).not.toBe(0);
      expect(sql.stderr).toMatch(/postgresql|mysql|transactsql|sqlite/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
