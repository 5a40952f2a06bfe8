import { InputError } from '../../src/core/errors.js';
import { readCodeowners } from '../../src/gather/codeowners.js';
import { CODEOWNERS_LOCATIONS } from '../../src/core/oversight/codeowners.js';
import { TempRepo } from '../helpers/git-repo.js';

// git's well-known id of the empty tree, the base of a change in a repository's first commit.
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

describe('readCodeowners', () => {
  const repos: TempRepo[] = [];
  const repo = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    return r;
  };
  afterAll(() => repos.forEach((r) => r.cleanup()));

  it('reads CODEOWNERS at the base, not as the change edits it', async () => {
    const r = repo();
    const base = r.write('.github/CODEOWNERS', '* @base-owner\n').write('src/a.ts', 'a\n').commit('base');
    const head = r.write('.github/CODEOWNERS', '* @the-author-themselves\n').commit('take ownership');

    const atBase = await readCodeowners(r.dir, base);
    expect(atBase?.path).toBe('.github/CODEOWNERS');
    expect(atBase?.rev).toBe(base);
    expect(atBase?.codeowners.ownersOf('src/a.ts').owners).toEqual(['@base-owner']);
    // The head really differs, so the base read above is not an accident.
    expect((await readCodeowners(r.dir, head))?.codeowners.ownersOf('src/a.ts').owners).toEqual(['@the-author-themselves']);
  });

  it('uses the first location that exists, in the documented order', async () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS']);
    const r = repo();
    const both = r.write('docs/CODEOWNERS', '* @docs-file\n').write('CODEOWNERS', '* @root-file\n').commit('two files');
    expect((await readCodeowners(r.dir, both))?.path).toBe('CODEOWNERS');
    r.remove('CODEOWNERS');
    const docsOnly = r.commit('root file gone');
    const read = await readCodeowners(r.dir, docsOnly);
    expect(read?.path).toBe('docs/CODEOWNERS');
    expect(read?.codeowners.ownersOf('x').owners).toEqual(['@docs-file']);
  });

  it('reads .gitlab/CODEOWNERS with GitLab pattern rules', async () => {
    const r = repo();
    const rev = r.write('.gitlab/CODEOWNERS', 'docs/* @docs\n').commit('gitlab codeowners');
    const read = await readCodeowners(r.dir, rev);
    expect(read?.codeowners.syntax).toBe('gitlab');
    // GitLab treats a relative pattern as starting with a globstar.
    expect(read?.codeowners.ownersOf('ee/docs/a.md').owners).toEqual(['@docs']);
  });

  it('lets the caller name the syntax', async () => {
    const r = repo();
    const rev = r.write('CODEOWNERS', 'docs/* @docs\n').commit('root codeowners');
    expect((await readCodeowners(r.dir, rev))?.codeowners.syntax).toBe('github');
    expect((await readCodeowners(r.dir, rev, 'gitlab'))?.codeowners.syntax).toBe('gitlab');
  });

  it('gives undefined when no location holds a file, including at the empty tree', async () => {
    const r = repo();
    const rev = r.write('README.md', 'hi\n').write('docs/CODEOWNERS/README', 'a directory, not a file\n').commit('no codeowners');
    expect(await readCodeowners(r.dir, rev)).toBeUndefined();
    expect(await readCodeowners(r.dir, EMPTY_TREE)).toBeUndefined();
  });

  it('fails with an InputError for a revision the clone does not have', async () => {
    const r = repo();
    r.write('a', 'a\n').commit('one');
    await expect(readCodeowners(r.dir, '0123456789abcdef0123456789abcdef01234567')).rejects.toBeInstanceOf(InputError);
  });
});
