/**
 * The `plans` input of the Action, as the runner starts it: the plan an earlier job uploaded sits in the
 * workspace, the policy at the base asks two members of a team to sign off a stateful destroy, and the
 * approvals and team memberships come from a local server that answers like GitHub's API.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GitHubApiServer } from '../platform/github/support/api-server.js';
import * as ex from '../platform/github/support/openapi-examples.js';
import { runAction } from '../platform/github/support/run-action.js';
import { AI_MESSAGE, OWNER, PR_NUMBER, REPOSITORY, pullPayload, pullScenario, servePull, type PullScenario } from '../platform/github/support/scenario.js';
import { PLANS_DIR, entry } from '../plans/support/fixtures.js';

const TEAM = `${OWNER}/platform-seniors`;
const POLICY = `version: 1
risk:
  fail-at: never
ai:
  fail-at-risk: never
approvals:
  rules:
    - name: ai-stateful-destroy
      when: { ai-assisted: true, destroys-stateful: true }
      require: { count: 2, teams: [${TEAM}] }
`;
const SNYK = entry('terraform/snyk-tf-plan-destroy.plan.json');

describe('GitHub Action with a plan (dist/index.js)', () => {
  let server: GitHubApiServer;
  let s: PullScenario;
  beforeAll(() => {
    s = pullScenario(
      (r) => r.write('infra/main.tf', '# moved elsewhere\n'),
      AI_MESSAGE,
      (r) => r.write('infra/main.tf', 'resource "aws_s3_bucket" "terra_ci" {}\n').write('.ai-governance.yml', POLICY),
    );
    // What actions/download-artifact leaves in the workspace.
    mkdirSync(join(s.repo.dir, 'plans'));
    copyFileSync(join(PLANS_DIR, SNYK.file), join(s.repo.dir, 'plans/tfplan.json'));
  });
  afterAll(() => s.repo.cleanup());
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
    servePull(server, s, { author: 'dev' });
    server.visibleTeams.add(TEAM);
  });
  afterEach(() => server.stop());

  const run = () => runAction({ workspace: s.repo.dir, event: 'pull_request', payload: pullPayload(s), apiUrl: server.url, repository: REPOSITORY, inputs: { plans: 'plans/*.json' } });
  const approve = (logins: string[]) => {
    server.reviews.set(PR_NUMBER, logins.map((login, i) => ex.review({ id: i + 1, login, state: 'APPROVED', commitId: s.head, submittedAt: '2024-05-01T10:00:00Z' })));
    for (const login of logins) server.memberships.set(`${TEAM}/${login}`, 'active');
  };

  it('reads the plan from the input, shows what it destroys, and holds the change until two seniors approve', async () => {
    approve(['alice']);
    const before = await run();
    expect(before.stderr).toBe('');
    expect(before.code).toBe(1);
    expect(before.audit!.plans.map((p: { path: string; sha256: string; deleted: string[] }) => [p.path, p.sha256, p.deleted])).toEqual([['plans/tfplan.json', SNYK.sha256, SNYK.deleted]]);
    expect(before.audit!.oversight.required[0]).toMatchObject({ rules: ['ai-stateful-destroy'], needed: 2, missing: 1 });
    expect(before.summary).toContain('This change will destroy 8 resources (1 stateful), including `aws_s3_bucket.terra_ci`');

    approve(['alice', 'bob']);
    const after = await run();
    expect(after.code).toBe(0);
    expect(after.audit!.oversight.satisfied).toBe(true);
    expect(after.outputs.decision).toBe('warn');
  });
});
