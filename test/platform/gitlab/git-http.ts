/**
 * Git over HTTP the way a GitLab instance serves its projects (`/<group>/<project>.git`), for a
 * gitlab-ci-local run that resolves a component from another project of "the instance" and for the
 * component's bundle route, which fetches the gate from that project. Requests go to git's own
 * `git http-backend` (CGI), so clients speak the real smart-HTTP protocol, v2 included. A project that is
 * not public answers 401 until the client sends one of the tokens it accepts, as GitLab does for the
 * `gitlab-ci-token` user and a job token; every request is recorded with the token it carried.
 */
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HostedProject {
  /** Bare repository on disk. */
  dir: string;
  /** Readable without credentials (a public project). */
  public?: boolean;
  /** Passwords of HTTP Basic auth that may read it (job tokens, access tokens). */
  tokens?: string[];
}

interface GitRequest {
  project: string;
  service: string;
  /** The Basic-auth password sent, if any. */
  token?: string;
}

export interface GitHosting {
  projects: Map<string, HostedProject>;
  requests: GitRequest[];
  /** Answers the request when it is a git smart-HTTP request for a hosted project; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

const GIT_PATH = /^\/(.+?)\.git(\/(?:info\/refs|git-upload-pack|git-receive-pack))$/;

function basicPassword(header: string | undefined): string | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

export function gitHosting(projects: Map<string, HostedProject> = new Map()): GitHosting {
  const requests: GitRequest[] = [];
  return {
    projects,
    requests,
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const m = GIT_PATH.exec(url.pathname);
      const project = m ? projects.get(m[1]!) : undefined;
      if (!m || !project) return false;
      const service = url.searchParams.get('service') ?? m[2]!.slice(1);
      const token = basicPassword(req.headers.authorization);
      requests.push({ project: m[1]!, service, token });
      if (service === 'git-receive-pack' || m[2] === '/git-receive-pack') {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('pushes are not accepted here\n');
        return true;
      }
      if (!project.public && !(token && project.tokens?.includes(token))) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="GitLab"', 'content-type': 'text/plain' }).end('HTTP Basic: Access denied\n');
        return true;
      }
      const cgi = spawn('git', ['http-backend'], {
        env: {
          PATH: process.env.PATH,
          GIT_PROJECT_ROOT: project.dir.replace(/\/[^/]+$/, ''),
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: `/${project.dir.replace(/^.*\//, '')}${m[2]}`,
          REQUEST_METHOD: req.method ?? 'GET',
          QUERY_STRING: url.search.slice(1),
          CONTENT_TYPE: req.headers['content-type'] ?? '',
          REMOTE_ADDR: '127.0.0.1',
          ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
          ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
        },
      });
      req.pipe(cgi.stdin);
      let head = Buffer.alloc(0);
      let headersSent = false;
      cgi.stdout.on('data', (chunk: Buffer) => {
        if (headersSent) {
          res.write(chunk);
          return;
        }
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        let status = 200;
        const headers: Record<string, string> = {};
        for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
          const i = line.indexOf(':');
          const name = line.slice(0, i).trim();
          const value = line.slice(i + 1).trim();
          if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
          else headers[name] = value;
        }
        res.writeHead(status, headers);
        headersSent = true;
        res.write(head.subarray(end + 4));
      });
      cgi.on('close', () => {
        if (!headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('git http-backend gave no answer\n');
        else res.end();
      });
      return true;
    },
  };
}
