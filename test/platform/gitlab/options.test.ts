import { InputError } from '../../../src/core/errors.js';
import { gitlabSettings } from '../../../src/platform/gitlab/options.js';

describe('gitlabSettings', () => {
  it('defaults: always comment, no approval rules, GITLAB_TOKEN, and the summary file is always written', () => {
    const s = gitlabSettings([], {});
    expect(s).toEqual(
      expect.objectContaining({
        comment: 'always',
        approvalRules: 'none',
        tokenVariable: 'GITLAB_TOKEN',
        codeQualityFile: 'ai-governance-codequality.json',
        dotenvFile: 'ai-governance.env',
      }),
    );
    expect(s.options.summaryFile).toBe('ai-governance-summary.md');
    expect(s.options.auditFile).toBe('ai-governance-audit.json');
  });

  it('takes CLI flags for the shared options and job variables for the GitLab-only ones', () => {
    const s = gitlabSettings(['--mode', 'warn', '--summary-file', 'out/s.md', '--reports', 'a.sarif'], {
      AI_GOVERNANCE_COMMENT: 'on-violation',
      AI_GOVERNANCE_APPROVAL_RULES: 'manage',
      AI_GOVERNANCE_TOKEN_VARIABLE: 'GATE_TOKEN',
      AI_GOVERNANCE_CODE_QUALITY_FILE: 'cq.json',
      AI_GOVERNANCE_DOTENV_FILE: 'gate.env',
    });
    expect([s.options.mode, s.options.summaryFile, s.options.reports]).toEqual(['warn', 'out/s.md', ['a.sarif']]);
    expect([s.comment, s.approvalRules, s.tokenVariable, s.codeQualityFile, s.dotenvFile]).toEqual(['on-violation', 'manage', 'GATE_TOKEN', 'cq.json', 'gate.env']);
  });

  it('an empty variable (an input left empty) means the default', () => {
    expect(gitlabSettings([], { AI_GOVERNANCE_COMMENT: '  ', AI_GOVERNANCE_TOKEN_VARIABLE: '' })).toEqual(expect.objectContaining({ comment: 'always', tokenVariable: 'GITLAB_TOKEN' }));
  });

  it('rejects a bad value naming the input to fix', () => {
    expect(() => gitlabSettings([], { AI_GOVERNANCE_APPROVAL_RULES: 'off' })).toThrow(InputError);
    expect(() => gitlabSettings([], { AI_GOVERNANCE_APPROVAL_RULES: 'off' })).toThrow('The component input "approval-rules" (job variable AI_GOVERNANCE_APPROVAL_RULES) must be one of none, manage; got "off".');
  });

  it('refuses a token where the name of its variable belongs, without echoing it', () => {
    let error: unknown;
    try {
      gitlabSettings([], { AI_GOVERNANCE_TOKEN_VARIABLE: 'glpat-Zx9-secret' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).hint).toContain('never the token itself');
    expect(`${(error as InputError).message} ${(error as InputError).hint}`).not.toContain('Zx9');
  });
});
