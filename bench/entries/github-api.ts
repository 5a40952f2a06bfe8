/**
 * A local server answering the two requests a pull request's run makes of GitHub's API — the pull
 * request and its reviews — with the example bodies of GitHub's OpenAPI description, for the bench's
 * pull-request suite. Prints its port on stdout, then serves until it is killed.
 *
 *   node github-api.mjs OWNER REPO NUMBER BASE_SHA HEAD_SHA
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pullRequest } from '../../test/platform/github/support/openapi-examples.js';

const [owner, repo, number, baseSha, headSha] = process.argv.slice(2) as [string, string, string, string, string];
const prefix = `/repos/${owner}/${repo}/pulls/${number}`;
const answers = new Map<string, string>([
  [prefix, JSON.stringify(pullRequest({ owner, repo, number: Number(number), baseSha, headSha, author: 'zed' }))],
  [`${prefix}/reviews`, '[]'],
]);

const server = createServer((req, res) => {
  const body = answers.get((req.url ?? '').split('?')[0]!);
  if (body === undefined) res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
