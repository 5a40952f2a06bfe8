/** Builds real temporary git repositories for tests. */
import { appendFileSync, existsSync, mkdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { leanExecFileSync } from './lean-exec.js';

export interface CommitOptions {
  message: string;
  author?: { name: string; email: string };
  committer?: { name: string; email: string };
}

export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'gate-repo-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
    // What four `git config` calls would write, without four more processes per repository. Without
    // `maintenance.auto`, every commit starts `git maintenance run --auto`: a quarter of its time, for
    // repositories too small to need it.
    appendFileSync(join(this.dir, '.git', 'config'), '[user]\n\tname = Test Human\n\temail = human@example.com\n[commit]\n\tgpgsign = false\n[maintenance]\n\tauto = false\n');
  }

  git(...args: string[]): string {
    return leanExecFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  }

  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  remove(path: string): this {
    this.git('rm', '-q', '--', path);
    return this;
  }

  /** Stages everything and commits; returns the new commit's sha. */
  commit(opts: CommitOptions | string): string {
    const o = typeof opts === 'string' ? { message: opts } : opts;
    this.git('add', '-A');
    const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' };
    if (o.author) Object.assign(env, { GIT_AUTHOR_NAME: o.author.name, GIT_AUTHOR_EMAIL: o.author.email });
    if (o.committer) Object.assign(env, { GIT_COMMITTER_NAME: o.committer.name, GIT_COMMITTER_EMAIL: o.committer.email });
    leanExecFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], { cwd: this.dir, input: o.message, env });
    return this.headSha() ?? this.git('rev-parse', 'HEAD').trim();
  }

  /**
   * HEAD's commit read from the files git just wrote (a loose ref or a detached HEAD), sparing a
   * process per commit; undefined when the repository keeps its refs another way.
   */
  private headSha(): string | undefined {
    const gitDir = join(this.dir, '.git');
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1];
    const file = ref === undefined ? undefined : join(gitDir, ref);
    if (file === undefined || !existsSync(file)) return undefined;
    const sha = readFileSync(file, 'utf8').trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A factory of temporary repositories that are all removed after the suite. Call at describe level. */
export function tempRepos(): () => TempRepo {
  const made: TempRepo[] = [];
  afterAll(() => made.forEach((r) => r.cleanup()));
  return () => {
    const r = new TempRepo();
    made.push(r);
    return r;
  };
}
