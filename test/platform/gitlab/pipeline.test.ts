import { InputError } from '../../../src/core/errors.js';
import { parseCli } from '../../../src/gather/options.js';
import { gitlabRange, pipelineKind, planRange } from '../../../src/platform/gitlab/pipeline.js';
import { TempRepo } from '../../helpers/git-repo.js';

const ZERO = '0000000000000000000000000000000000000000';

describe('planRange (which revisions the pipeline variables name)', () => {
  const mr = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '5', CI_MERGE_REQUEST_DIFF_BASE_SHA: 'b'.repeat(40), CI_COMMIT_SHA: 'c'.repeat(40), CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };

  it('a merge request pipeline: diff base to the pipeline commit', () => {
    expect(planRange({ ...mr, CI_MERGE_REQUEST_EVENT_TYPE: 'detached' })).toEqual({ kind: 'merge-request', base: 'b'.repeat(40), head: 'c'.repeat(40), description: 'diff base of merge request !5 into main' });
    // Older GitLab versions set no event type.
    expect(pipelineKind(mr)).toBe('merge-request');
  });

  it('merged results and merge trains: the source branch tip, not the merge commit', () => {
    const merged = planRange({ ...mr, CI_MERGE_REQUEST_EVENT_TYPE: 'merged_result', CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: 'd'.repeat(40) });
    expect(merged).toEqual(expect.objectContaining({ kind: 'merged-result', base: 'b'.repeat(40), head: 'd'.repeat(40) }));
    const train = planRange({ ...mr, CI_MERGE_REQUEST_EVENT_TYPE: 'merge_train', CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: 'e'.repeat(40) });
    expect(train).toEqual(expect.objectContaining({ kind: 'merge-train', head: 'e'.repeat(40) }));
    // Without the variable, the merge commit's second parent is the source tip.
    expect(planRange({ ...mr, CI_MERGE_REQUEST_EVENT_TYPE: 'merged_result' }).head).toBe(`${'c'.repeat(40)}^2`);
  });

  it('a push: the previous tip, or nothing for a new branch', () => {
    expect(planRange({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_SHA: 'c'.repeat(40), CI_COMMIT_BEFORE_SHA: 'a'.repeat(40), CI_COMMIT_BRANCH: 'main' })).toEqual({
      kind: 'push',
      head: 'c'.repeat(40),
      base: 'a'.repeat(40),
      description: 'previous tip of main before this push',
    });
    expect(planRange({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_SHA: 'c'.repeat(40), CI_COMMIT_BEFORE_SHA: ZERO }).base).toBeUndefined();
    const scheduled = planRange({ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_SHA: 'c'.repeat(40), CI_COMMIT_BEFORE_SHA: 'a'.repeat(40) });
    expect(scheduled).toEqual({ kind: 'other', head: 'c'.repeat(40), description: 'parent of the pipeline commit' });
  });
});

describe('gitlabRange (resolved in a real clone)', () => {
  const repos: TempRepo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));
  const options = (repo: TempRepo, argv: string[] = []) => ({ ...parseCli(argv), repo: repo.dir });

  function history() {
    const r = new TempRepo();
    repos.push(r);
    r.write('a.txt', 'a\n');
    const root = r.commit('root');
    r.write('a.txt', 'a\nb\n');
    const base = r.commit('base on main');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('f.txt', 'f\n');
    r.commit('feature 1');
    r.write('f.txt', 'f\ng\n');
    const head = r.commit('feature 2');
    return { r, root, base, head };
  }

  it('judges the merge request diff, with the platform as the reason', async () => {
    const { r, base, head } = history();
    const range = await gitlabRange(options(r), { CI_MERGE_REQUEST_IID: '3', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head });
    expect(range).toEqual(expect.objectContaining({ base, head, baseReason: 'platform', emptyBase: false }));
  });

  it('resolves the merged-results head through the merge commit\'s second parent', async () => {
    const { r, base, head } = history();
    r.git('checkout', '-q', 'main');
    r.write('m.txt', 'moved on\n');
    r.commit('main moved on');
    r.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
    const merge = r.git('rev-parse', 'HEAD').trim();
    const range = await gitlabRange(options(r), { CI_MERGE_REQUEST_IID: '3', CI_MERGE_REQUEST_EVENT_TYPE: 'merged_result', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: merge });
    expect([range.base, range.head]).toEqual([base, head]);
  });

  it('a push with a previous tip judges what the push added; a new branch judges its last commit', async () => {
    const { r, base, head } = history();
    const pushed = await gitlabRange(options(r), { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_SHA: head, CI_COMMIT_BEFORE_SHA: base });
    expect(pushed).toEqual(expect.objectContaining({ base, head, baseReason: 'platform' }));
    const parent = r.git('rev-parse', `${head}^`).trim();
    const fresh = await gitlabRange(options(r), { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_SHA: head, CI_COMMIT_BEFORE_SHA: ZERO });
    expect(fresh).toEqual(expect.objectContaining({ base: parent, head, baseReason: 'parent-of-head', baseDescription: 'parent of the pushed commit (new branch)' }));
  });

  it('after a force push whose previous tip is gone, falls back to the last commit and says why', async () => {
    const { r, head } = history();
    const parent = r.git('rev-parse', `${head}^`).trim();
    const range = await gitlabRange(options(r), { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_SHA: head, CI_COMMIT_BEFORE_SHA: 'f'.repeat(40) });
    expect(range).toEqual(expect.objectContaining({ base: parent, head }));
    expect(range.baseDescription).toContain('force push');
  });

  it('a root commit on a new branch is judged against the empty tree', async () => {
    const r = new TempRepo();
    repos.push(r);
    r.write('a.txt', 'a\n');
    const root = r.commit('root');
    const range = await gitlabRange(options(r), { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_SHA: root, CI_COMMIT_BEFORE_SHA: ZERO });
    expect(range.emptyBase).toBe(true);
  });

  it('explicit --base and --head win over the pipeline', async () => {
    const { r, root, base } = history();
    const range = await gitlabRange(options(r, ['--base', root, '--head', base]), { CI_MERGE_REQUEST_IID: '3', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: base });
    expect([range.base, range.head, range.baseReason]).toEqual([root, base, 'explicit']);
  });

  it('a diff base missing from a shallow clone stops with the GIT_DEPTH fix', async () => {
    const { r, head } = history();
    const shallow = new TempRepo();
    repos.push(shallow);
    shallow.git('fetch', '-q', '--depth', '1', `file://${r.dir}`, 'feature');
    shallow.git('checkout', '-q', 'FETCH_HEAD');
    const missing = r.git('rev-parse', `${head}~2`).trim();
    const err = await gitlabRange(options(shallow), { CI_MERGE_REQUEST_IID: '3', CI_MERGE_REQUEST_DIFF_BASE_SHA: missing, CI_COMMIT_SHA: head }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).hint).toContain('GIT_DEPTH: 0');
  });
});
