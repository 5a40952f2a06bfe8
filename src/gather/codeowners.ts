/**
 * Reads the CODEOWNERS file as it is at the base revision. The head is never read: a change must not
 * be able to name its own approvers by editing CODEOWNERS.
 */
import { InputError } from '../core/errors.js';
import { gitRaw } from './git/run.js';
import { objectNamed } from './git/object-names.js';
import { CODEOWNERS_LOCATIONS, parseCodeowners, type CodeownersAtBase, type CodeownersSyntax } from '../core/oversight/codeowners.js';

/**
 * The first CODEOWNERS location that holds a file at `rev`, parsed; undefined when none does.
 * Without a syntax, `.gitlab/CODEOWNERS` or a file with `[Section]` headers reads as GitLab's.
 */
export async function readCodeowners(repo: string, rev: string, syntax?: CodeownersSyntax): Promise<CodeownersAtBase | undefined> {
  if (!(await objectNamed(repo, `${rev}^{tree}`))) {
    throw new InputError(
      `Cannot read CODEOWNERS at ${rev}: the revision does not exist in ${repo}.`,
      'Fetch enough history for the base revision (e.g. actions/checkout with fetch-depth: 0, or GIT_DEPTH: 0 on GitLab).',
    );
  }
  return readCodeownersWith(async (path) => {
    const blob = await gitRaw(repo, ['cat-file', 'blob', `${rev}:${path}`]);
    return blob.code === 0 ? blob.stdout.toString('utf8') : undefined;
  }, rev, syntax);
}

/** The same, through any reader of the base revision (the platform API when the clone lacks it). */
export async function readCodeownersWith(
  read: (path: string) => Promise<string | undefined>,
  rev: string,
  syntax?: CodeownersSyntax,
): Promise<CodeownersAtBase | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await read(path);
    if (text === undefined) continue;
    const flavour = syntax ?? (path.startsWith('.gitlab/') ? 'gitlab' : undefined);
    return { path, rev, codeowners: parseCodeowners(text, flavour), text, ...(flavour ? { syntax: flavour } : {}) };
  }
  return undefined;
}
