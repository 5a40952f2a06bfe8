/**
 * Chooses base and head the way a reviewer would read the change: the merge-base with the remote's
 * default branch, or when HEAD is that branch's tip, the last commit alone; else the parent of HEAD;
 * else (a root commit) the empty tree. An explicit --base always wins.
 */
import type { BaseReason } from '../../core/model.js';
import { InputError } from '../../core/errors.js';
import { commitNamed, objectNamed } from './object-names.js';
import { topLevel } from './top-level.js';
import { git, gitRaw } from './run.js';

export interface Range {
  base: string;
  head: string;
  baseReason: BaseReason;
  baseDescription: string;
  /** True when base is the empty tree, so every file of head is "added". */
  emptyBase: boolean;
}

export const SHALLOW_HINT =
  'The clone is shallow, so the history the gate needs is missing. On GitHub Actions set `fetch-depth: 0` on actions/checkout; on GitLab CI set `GIT_DEPTH: 0`; locally run `git fetch --unshallow`.';

async function isShallow(repo: string): Promise<boolean> {
  return (await git(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

async function assertRepository(repo: string): Promise<void> {
  const r = await topLevel(repo);
  if ('failed' in r) {
    const { stderr } = r.failed;
    const notFound = /cannot change to|No such file/i.test(stderr);
    const bare = /must be run in a work tree/i.test(stderr);
    throw new InputError(
      notFound ? `Repository directory ${repo} does not exist.` : bare ? `${repo} is a bare repository: the gate reads a clone with a working tree.` : `${repo} is not a git repository.`,
      'Run the gate inside a git clone, or pass --repo DIR pointing to one.',
    );
  }
}

async function emptyTree(repo: string): Promise<string> {
  return (await gitRaw(repo, ['hash-object', '-t', 'tree', '--stdin'], '')).stdout.toString('utf8').trim();
}

async function remoteDefaultBranch(repo: string): Promise<string | undefined> {
  // Asked of the running cat-file first: a clone without a remote HEAD then costs no process here.
  const sym = (await objectNamed(repo, 'refs/remotes/origin/HEAD')) ? await gitRaw(repo, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']) : undefined;
  if (sym?.code === 0) return sym.stdout.toString('utf8').trim().replace(/^refs\/remotes\//, '');
  for (const candidate of ['origin/main', 'origin/master']) {
    if (await commitNamed(repo, `refs/remotes/${candidate}`)) return candidate;
  }
  return undefined;
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

export async function resolveRange(repo: string, opts: { base?: string; head?: string }): Promise<Range> {
  await assertRepository(repo);
  const headRev = opts.head ?? 'HEAD';
  const head = await commitNamed(repo, headRev);
  if (!head) {
    const shallow = await isShallow(repo);
    throw new InputError(
      `Head revision "${headRev}" was not found in ${repo}.`,
      shallow ? SHALLOW_HINT : headRev === 'HEAD' ? 'The repository has no commits yet: commit something first.' : `Fetch it first (git fetch origin ${headRev}) or check the spelling.`,
    );
  }

  if (opts.base !== undefined) {
    const base = await commitNamed(repo, opts.base);
    if (!base) {
      throw new InputError(
        `Base revision "${opts.base}" was not found in ${repo}.`,
        (await isShallow(repo)) ? SHALLOW_HINT : `Fetch it first (git fetch origin ${opts.base}) or check the spelling.`,
      );
    }
    const ancestor = await gitRaw(repo, ['merge-base', '--is-ancestor', base, head]);
    if (ancestor.code === 0) return { base, head, baseReason: 'explicit', baseDescription: `${opts.base} (given)`, emptyBase: false };
    // Diffing straight against a base off the head's line would count the other line's work as this
    // change (and show it "destroyed"): the change starts where the two lines meet.
    const mb = await gitRaw(repo, ['merge-base', base, head]);
    const mergeBase = mb.code === 0 ? mb.stdout.toString('utf8').trim() : undefined;
    if (!mergeBase) {
      const shallow = await isShallow(repo);
      throw new InputError(
        `Base ${short(base)} and head ${short(head)} share no history${shallow ? ' in this shallow clone' : ''}.`,
        shallow ? SHALLOW_HINT : `Give a --base that is an ancestor of ${opts.head ?? 'HEAD'}, e.g. the branch it was cut from.`,
      );
    }
    return {
      base: mergeBase,
      head,
      baseReason: 'merge-base-of-explicit',
      baseDescription: `merge-base ${short(mergeBase)} of ${opts.base} and the head: ${opts.base} is not an ancestor of the head, so the change starts where the two meet`,
      emptyBase: false,
    };
  }

  const remote = await remoteDefaultBranch(repo);
  if (remote) {
    const mb = await gitRaw(repo, ['merge-base', head, `refs/remotes/${remote}`]);
    const mergeBase = mb.code === 0 ? mb.stdout.toString('utf8').trim() : undefined;
    if (mergeBase && mergeBase !== head) {
      return { base: mergeBase, head, baseReason: 'merge-base', baseDescription: `merge-base with ${remote}`, emptyBase: false };
    }
    if (!mergeBase && (await isShallow(repo))) {
      throw new InputError(`HEAD and ${remote} share no history in this shallow clone.`, SHALLOW_HINT);
    }
  }

  const parent = await commitNamed(repo, `${head}^1`);
  if (parent) {
    const why = remote ? `parent of HEAD; HEAD is the tip of ${remote}` : 'parent of HEAD; no remote default branch';
    return { base: parent, head, baseReason: 'parent-of-head', baseDescription: why, emptyBase: false };
  }
  if (await isShallow(repo)) {
    throw new InputError('The parent of HEAD is missing: this is a shallow clone.', SHALLOW_HINT);
  }
  return { base: await emptyTree(repo), head, baseReason: 'empty-tree', baseDescription: 'empty tree (HEAD is a root commit)', emptyBase: true };
}
