/**
 * Who asked an agent for the change. When an agent authors a request, the human behind it is the
 * one accountable for it (and the one who should not approve it alone). Each agent records them
 * differently:
 * - Devin writes `Requested by: <name> (<email>) (@login)` (or any part of that) in the PR body;
 * - Jules ends its PR body with `... started by @login`;
 * - the Copilot coding agent (and other agents that commit under their own account) credit the
 *   requester with a Co-authored-by trailer on the agent's commits;
 * - failing those, the one human assignee of an agent-authored request.
 * Anything ambiguous (two different humans) gives no requester rather than a guess.
 */
import type { Commit, RequestInfo } from '../model.js';
import { parseTrailers } from '../git-text/trailers.js';
import { loginFromNoreply, matchIdentity, matchLogin, parsePerson } from './catalogue-match.js';
import { requestNoun } from './declaration.js';
import { attributeRequest } from './detect-request.js';
import type { AttributionOptions, Requester } from './types.js';

const NO_OPTIONS: AttributionOptions = { identities: [], trailers: [], labels: [] };

const LOGIN = /(?<=^|[\s(/[])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?)(?![A-Za-z0-9-])/;
const EMAIL = /[^\s()<>@[\]]+@[^\s()<>@[\]]+\.[A-Za-z]{2,}/;
const REQUESTED_BY = /^\s*(?:[-*+]\s+)?[*_]{0,2}Requested by:?[*_]{0,2}:?\s*(.+)$/i;
const JULES_FOOTER = /created automatically by Jules for task .*?\bstarted by @([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?)/i;

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** `NISHIO (nishio@example.com) (@nishio)`, `@octocat`, `someone@example.com`, `Jane Doe / @jane`. */
export function parseRequestedBy(text: string): Omit<Requester, 'source'> | undefined {
  const login = LOGIN.exec(text)?.[1];
  const email = EMAIL.exec(text)?.[0];
  let name = text
    .replace(/\[(@[^\]]*)\]\([^)]*\)/g, '$1')
    .replace(EMAIL, '')
    .replace(new RegExp(LOGIN.source, 'g'), ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+\/\s*$|^\s*\/\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,/*_-]+|[\s,/*_-]+$/g, '');
  if (!/[\p{L}\p{N}]/u.test(name)) name = '';
  if (!login && !email && !name) return undefined;
  return compact({ login, name: name || undefined, email });
}

function fromBody(request: RequestInfo, options: AttributionOptions): Requester | undefined {
  const body = (request.body ?? '').replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const where = `${requestNoun(request)} description`;
  const jules = JULES_FOOTER.exec(body);
  if (jules) return { login: jules[1]!, source: `Jules footer in the ${where}` };

  const byDevin = attributeRequest(request, options).some((e) => e.tool === 'Devin');
  if (!byDevin) return undefined;
  for (const line of body.split(/\r?\n/)) {
    const m = REQUESTED_BY.exec(line);
    const who = m ? parseRequestedBy(m[1]!) : undefined;
    if (who) return { ...who, source: `"Requested by" line in the ${where}` };
  }
  return undefined;
}

function fromAgentCommits(commits: Commit[], options: AttributionOptions): Requester | undefined {
  const humans = new Map<string, { name: string; email: string; login?: string }>();
  const agents = new Set<string>();
  let agentCommits = 0;
  for (const c of commits) {
    const agent = matchIdentity(c.author, options);
    // Aider's suffix marks the human's own commit, so it names no separate requester.
    if (!agent || agent.by === 'suffix') continue;
    agents.add(agent.tool);
    let credited = false;
    for (const t of c.trailers.length ? c.trailers : parseTrailers(c.message)) {
      if (t.key.toLowerCase() !== 'co-authored-by') continue;
      const person = parsePerson(t.value);
      if (matchIdentity(person, options)) continue;
      const login = person.email ? loginFromNoreply(person.email) : undefined;
      const key = (login ?? (person.email || person.name)).toLowerCase();
      if (!humans.has(key)) humans.set(key, { ...person, ...(login ? { login } : {}) });
      credited = true;
    }
    if (credited) agentCommits++;
  }
  if (humans.size !== 1) return undefined;
  const [human] = [...humans.values()];
  const by = [...agents].join(', ');
  return compact({
    login: human!.login,
    name: human!.name || undefined,
    email: human!.email || undefined,
    source: `Co-authored-by trailer on ${agentCommits} commit${agentCommits === 1 ? '' : 's'} by ${by}`,
  });
}

function fromAssignee(request: RequestInfo, options: AttributionOptions): Requester | undefined {
  const agentAuthored = attributeRequest(request, options).some((e) => e.signal === 'request-author');
  if (!agentAuthored) return undefined;
  const author = (request.author ?? '').toLowerCase();
  const humans = [...new Set(request.assignees)].filter((a) => a.toLowerCase() !== author && !matchLogin(a, options));
  if (humans.length !== 1) return undefined;
  return { login: humans[0]!, source: `the only human assignee of the agent-authored ${requestNoun(request)}` };
}

export function findRequester(
  request: RequestInfo | undefined,
  commits: Commit[],
  options: AttributionOptions = NO_OPTIONS,
): Requester | undefined {
  return (
    (request?.body ? fromBody(request, options) : undefined) ??
    fromAgentCommits(commits, options) ??
    (request ? fromAssignee(request, options) : undefined)
  );
}
