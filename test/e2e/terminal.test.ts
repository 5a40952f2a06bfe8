/**
 * The terminal and CI-log summary through dist/index.js: the first screen in plain text, the evidence in
 * aligned columns, the verdict repeated as the last line, and colour only when asked for.
 */
import { TempRepo } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';

const ESC = '\u001b[';

describe('the terminal summary', () => {
  let r: TempRepo;
  beforeAll(() => {
    r = new TempRepo();
    r.write('db/schema.sql', 'CREATE TABLE users (id int);\n').write('src/app.ts', 'export const a = 1;\n').commit('base');
    r.write('db/migrations/001_drop_users.sql', 'DROP TABLE users;\n').write('src/app.ts', 'export const a = 2;\n');
    r.commit({ message: 'Drop the users table\n\nCo-authored-by: Claude <noreply@anthropic.com>\n' });
  });
  afterAll(() => r.cleanup());

  it('ends with the verdict, lines the evidence up in columns, and has no colour off a terminal', () => {
    const res = runDist(['--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('✅ AI governance gate: PASS — would need sign-off in a pull or merge request');
    expect(lines[lines.length - 1]).toBe(lines[0]);
    expect(res.stdout).not.toContain(ESC);
    expect(res.stdout).toContain('  1. DROP TABLE users in db/migrations/001_drop_users.sql:1, with no down step');
    expect(res.stdout).toContain('  In a pull or merge request: this change would need 1 approval on its latest commit from someone with write access to the repository.');
    // The risk factors: points, id and reason each start in the same column on every row.
    const start = lines.findIndex((l) => l.startsWith('Risk score '));
    const rows = lines.slice(start + 1, lines.indexOf('', start));
    expect(rows.length).toBe(res.audit!.risk.factors.filter((f: { points: number }) => f.points > 0).length);
    const starts = rows.map((l) => {
      const m = /^ {2}(\+\S+)( +)(\S+)( +)\S/.exec(l)!;
      const id = 2 + m[1]!.length + m[2]!.length;
      return [id, id + m[3]!.length + m[4]!.length];
    });
    expect(new Set(starts.map((x) => x[0])).size).toBe(1);
    expect(new Set(starts.map((x) => x[1])).size).toBe(1);
  });

  it('colours the log when FORCE_COLOR asks, even with NO_COLOR set and off a terminal', () => {
    const res = runDist(['--base', 'HEAD~1'], { cwd: r.dir, env: { FORCE_COLOR: '1' } });
    expect(res.stdout).toContain(`${ESC}1m${ESC}32m✅ AI governance gate: PASS`);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(lines[0]);
    expect(runDist(['--base', 'HEAD~1'], { cwd: r.dir, env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
  });
});
