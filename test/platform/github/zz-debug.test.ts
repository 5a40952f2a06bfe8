import { GitHubApiServer } from './support/api-server.js';
import { runAction } from './support/run-action.js';
import { AI_MESSAGE, REPOSITORY, TERRAFORM, TERRAFORM_DESTROYED, pullPayload, pullScenario, servePull } from './support/scenario.js';
it('debug', async () => {
  const server = await new GitHubApiServer().start();
  const s = pullScenario((r) => r.write('infra/main.tf', TERRAFORM_DESTROYED), AI_MESSAGE, (r) => r.write('infra/main.tf', TERRAFORM));
  servePull(server, s);
  const t = Date.now();
  const res = await runAction({ workspace: s.repo.dir, event: 'pull_request', payload: pullPayload(s), apiUrl: server.url, repository: REPOSITORY, inputs: { comment: 'always' } });
  console.log(Date.now() - t, server.requests.map(r => `${r.at} ${r.method} ${r.path}`));
  console.log(res.stdout);
  console.log(res.summary);
  console.log(server.comments[0]?.comment.body);
  await server.stop();
  s.repo.cleanup();
});
