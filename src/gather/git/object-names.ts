/**
 * What a revision names (`HEAD^{commit}`, `refs/remotes/origin/main^{commit}`, `HEAD:.agent-trace`),
 * asked of one `git cat-file --batch-check` process per repository instead of a git process per
 * question: a run asks half a dozen of them, and starting a process costs more than any answer.
 * The process lives while questions are pending and never keeps the gate from exiting; anything that
 * goes wrong with it falls back to one `git rev-parse` per question, so an answer is never lost.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { gitRaw } from './run.js';

export interface NamedObject {
  oid: string;
  type: string;
}

interface Asked {
  resolve: (answer: NamedObject | undefined) => void;
  reject: (e: Error) => void;
}

interface Session {
  child: ChildProcessWithoutNullStreams;
  waiting: Asked[];
  pending: string;
  broken: boolean;
}

const sessions = new Map<string, Session>();

function answerOf(line: string): NamedObject | undefined {
  const m = /^([0-9a-f]{40,64}) (\S+) \d+$/.exec(line);
  return m ? { oid: m[1]!, type: m[2]! } : undefined;
}

/** A pipe to a child is a socket: it keeps the gate running only while an answer is awaited. */
function hold(s: Session): void {
  const out = s.child.stdout as Socket;
  if (s.waiting.length) out.ref();
  else out.unref();
}

function fail(repo: string, s: Session, e: Error): void {
  s.broken = true;
  if (sessions.get(repo) === s) sessions.delete(repo);
  for (const asked of s.waiting.splice(0)) asked.reject(e);
}

function started(repo: string): Session {
  const open = sessions.get(repo);
  if (open && !open.broken) return open;
  const child = spawn('git', ['-c', 'core.quotepath=off', 'cat-file', '--batch-check'], {
    cwd: repo,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const s: Session = { child, waiting: [], pending: '', broken: false };
  child.unref();
  child.stdin.on('error', (e: Error) => fail(repo, s, e));
  child.on('error', (e: Error) => fail(repo, s, e));
  child.on('close', () => fail(repo, s, new Error('git cat-file --batch-check ended')));
  child.stderr.resume();
  (child.stderr as Socket).unref();
  child.stdout.on('data', (d: Buffer) => {
    s.pending += d.toString('utf8');
    let nl: number;
    while ((nl = s.pending.indexOf('\n')) >= 0) {
      const line = s.pending.slice(0, nl);
      s.pending = s.pending.slice(nl + 1);
      s.waiting.shift()?.resolve(answerOf(line));
    }
    hold(s);
  });
  hold(s);
  sessions.set(repo, s);
  return s;
}

async function revParse(repo: string, name: string): Promise<NamedObject | undefined> {
  const r = await gitRaw(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', name]);
  if (r.code !== 0) return undefined;
  const oid = r.stdout.toString('utf8').trim();
  const type = await gitRaw(repo, ['cat-file', '-t', oid]);
  return { oid, type: type.stdout.toString('utf8').trim() };
}

/** The object `name` resolves to in `repo`, or undefined when it names none. */
export async function objectNamed(repo: string, name: string): Promise<NamedObject | undefined> {
  // A line break would end the question early; git reads such a name as no object at all.
  if (/[\r\n]/.test(name)) return undefined;
  let s: Session;
  try {
    s = started(repo);
  } catch {
    return revParse(repo, name);
  }
  try {
    return await new Promise<NamedObject | undefined>((resolve, reject) => {
      s.waiting.push({ resolve, reject });
      hold(s);
      s.child.stdin.write(`${name}\n`);
    });
  } catch {
    return revParse(repo, name);
  }
}

/** The commit `rev` names (peeled through tags), or undefined. */
export async function commitNamed(repo: string, rev: string): Promise<string | undefined> {
  return (await objectNamed(repo, `${rev}^{commit}`))?.oid;
}

/**
 * Ends the repository's question process: after a fetch or any write to its refs, the next question
 * starts a fresh one, so no answer comes from what the refs were before.
 */
export function forgetObjectNames(repo: string): void {
  const s = sessions.get(repo);
  if (!s) return;
  sessions.delete(repo);
  s.broken = true;
  s.child.stdin.end();
}
