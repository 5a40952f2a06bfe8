import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SUMMARY_FILE, inputVariable, readInputs } from '../../../src/platform/github/inputs.js';
import { workflowPath } from '../../../src/platform/github/index.js';
import { defaultInputEnv } from './support/run-action.js';

const WS = join(tmpdir(), 'runner', 'work', 'repo', 'repo');
const ELSEWHERE = join(tmpdir(), 'elsewhere');
const ABSOLUTE_SUMMARY = join(tmpdir(), 's.md');

describe('readInputs', () => {
  it('maps input names to variables as the runner does: upper-cased, hyphens kept, spaces to underscores', () => {
    expect(inputVariable('audit-file')).toBe('INPUT_AUDIT-FILE');
    expect(inputVariable('request-reviews')).toBe('INPUT_REQUEST-REVIEWS');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  it('with only action.yml\'s defaults set: enforce by policy, files in the workspace, no comment', () => {
    const i = readInputs({ GITHUB_WORKSPACE: WS, ...defaultInputEnv('tok') }, ELSEWHERE);
    expect(i.options).toEqual(
      expect.objectContaining({ repo: WS, mode: undefined, policy: undefined, auditFile: join(WS, 'ai-governance-audit.json'), summaryFile: join(WS, DEFAULT_SUMMARY_FILE), reports: [], baseline: [], plans: [] }),
    );
    expect([i.token, i.comment, i.annotations, i.requestReviews, i.labels]).toEqual(['tok', 'never', true, false, false]);
  });

  it('reads every input, resolving paths against the workspace', () => {
    const i = readInputs(
      {
        GITHUB_WORKSPACE: WS,
        INPUT_POLICY: 'config/gate.yml',
        INPUT_REPORTS: 'reports/*.sarif\ntrivy.json',
        INPUT_BASELINE: 'base/*.sarif',
        INPUT_PLANS: 'plans/*.json\ntfplan.json',
        INPUT_MODE: 'warn',
        INPUT_BASE: 'origin/main',
        INPUT_HEAD: 'HEAD',
        'INPUT_AUDIT-FILE': 'out/audit.json',
        'INPUT_SUMMARY-FILE': ABSOLUTE_SUMMARY,
        INPUT_TOKEN: ' secret ',
        INPUT_COMMENT: 'on-violation',
        INPUT_ANNOTATIONS: 'False',
        'INPUT_REQUEST-REVIEWS': 'TRUE',
        INPUT_LABELS: 'true',
      },
      ELSEWHERE,
    );
    expect(i.options).toEqual(
      expect.objectContaining({
        policy: join(WS, 'config/gate.yml'),
        reports: ['reports/*.sarif\ntrivy.json'],
        baseline: ['base/*.sarif'],
        plans: ['plans/*.json\ntfplan.json'],
        mode: 'warn',
        base: 'origin/main',
        head: 'HEAD',
        auditFile: join(WS, 'out/audit.json'),
        summaryFile: ABSOLUTE_SUMMARY,
      }),
    );
    expect([i.token, i.comment, i.annotations, i.requestReviews, i.labels]).toEqual(['secret', 'on-violation', false, true, true]);
  });

  it('rejects values the action does not know, naming the input', () => {
    expect(() => readInputs({ INPUT_COMMENT: 'sometimes' }, WS)).toThrow('Input "comment" must be one of always, on-violation, never; got "sometimes".');
    expect(() => readInputs({ INPUT_LABELS: 'yes' }, WS)).toThrow('Input "labels" must be true or false; got "yes".');
    expect(() => readInputs({ INPUT_MODE: 'strict' }, WS)).toThrow(/Input "mode" must be one of enforce, warn/);
  });
});

describe('workflowPath', () => {
  it('names the workflow file running the gate, so a change to it is a governance change', () => {
    expect(workflowPath({ GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/gate.yml@refs/pull/3/merge' }, 'octo', 'app')).toBe('.github/workflows/gate.yml');
    // A workflow file of another repository is not one this change can edit.
    expect(workflowPath({ GITHUB_WORKFLOW_REF: 'other/central/.github/workflows/gate.yml@refs/heads/main' }, 'octo', 'app')).toBeUndefined();
    expect(workflowPath({}, 'octo', 'app')).toBeUndefined();
  });
});
