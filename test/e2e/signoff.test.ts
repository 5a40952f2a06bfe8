/**
 * "AI-assisted and risk ≥ high needs two approvals from platform-seniors, excluding the requester":
 * written as policy, validated, dry-run locally with --request, and explained in the summary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { TempRepo } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';

const POLICY = `version: 1
risk:
  fail-at: never
ai:
  fail-at-risk: never
approvals:
  rules:
    - name: ai-high-risk
      when: { ai-assisted: true, risk-at-least: high }
      require: { count: 2, teams: [acme/platform-seniors] }
`;

describe('sign-off rules dry-run through dist/index.js', () => {
  let r: TempRepo;
  let head: string;
  beforeAll(() => {
    r = new TempRepo();
    r.write('infra/main.tf', 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n').write('.ai-governance.yml', POLICY);
    r.commit('base');
    r.write('infra/main.tf', '# gone\n').write('.github/workflows/deploy.yml', 'on: push\n');
    head = r.commit({
      message: 'Rework infra\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>\n',
      author: { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' },
    });
  });
  afterAll(() => r.cleanup());

  const request = (approvals: object[]) => {
    writeFileSync(
      join(r.dir, 'request.json'),
      JSON.stringify({ number: 12, author: 'Copilot', authorIsBot: true, sourceBranch: 'copilot/rework', assignees: ['octocat'], approvals }),
    );
  };
  const seniors = ['acme/platform-seniors'];

  it('fails while approvals are missing, and says who did not count and why', () => {
    request([
      { login: 'octocat', commitSha: head, teams: seniors },
      { login: 'alice', commitSha: head, teams: seniors },
      { login: 'bob', commitSha: 'f'.repeat(40), teams: seniors },
      { login: 'carol', commitSha: head, teams: ['acme/frontend'] },
    ]);
    const res = runDist(['--request', 'request.json', '--format', 'markdown'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    const o = res.audit!.oversight;
    expect(o.applicable).toBe(true);
    expect(o.satisfied).toBe(false);
    expect(o.required).toHaveLength(1);
    const req = o.required[0]!;
    expect(req.needed).toBe(2);
    expect(req.counted.map((c: { login: string }) => c.login)).toEqual(['alice']);
    const why = Object.fromEntries(req.notCounted.map((n: { login: string; why: string }) => [n.login, n.why]));
    expect(why).toEqual({ octocat: 'requester', bob: 'stale', carol: 'not-in-approver-set' });
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toEqual(['approvals.required']);
    // The first screen says who must approve, who cannot, and who approved an older commit; the details follow.
    expect(res.stdout).toContain(
      '**Next:** Get 1 more approval on the latest commit from a member of `acme/platform-seniors` other than `Copilot` (the author) and `octocat` (who asked for it); `bob` approved an older commit and can approve again.',
    );
    const html = new MarkdownIt({ html: true }).render(res.stdout);
    const order = ['FAIL — needs sign-off', 'Next:</strong>', 'Sign-off: 1 approval missing, 1 counted', 'AI attribution'].map((t) => html.indexOf(t));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
  });

  it('passes once two seniors other than the requester approved the head', () => {
    request([
      { login: 'alice', commitSha: head, teams: seniors },
      { login: 'dave', commitSha: head, teams: seniors },
    ]);
    const res = runDist(['--request', 'request.json'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(res.audit!.oversight.satisfied).toBe(true);
  });

  it('reports approval rules as not applicable outside a request, never as passed', () => {
    const res = runDist(['--format', 'markdown'], { cwd: r.dir });
    expect(res.audit!.oversight).toMatchObject({ applicable: false, satisfied: false });
    expect(res.audit!.oversight.wouldApply).toContain('ai-high-risk');
    expect(res.stdout).toMatch(/Sign-off/);
    expect(res.stdout).toMatch(/not applicable/i);
  });
});
