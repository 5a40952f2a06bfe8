/**
 * The component's settings. Inputs the CLI also has arrive as flags (the template builds the command
 * line); the GitLab-only ones arrive as job variables, because a component input interpolated into a
 * script would be code, while a variable stays data.
 */
import { parseCli, type CliOptions } from '../../gather/options.js';
import { InputError } from '../../core/errors.js';

export const COMMENT_MODES = ['always', 'on-violation', 'never'] as const;
export const APPROVAL_RULES_MODES = ['none', 'manage'] as const;
type CommentMode = (typeof COMMENT_MODES)[number];
type ApprovalRulesMode = (typeof APPROVAL_RULES_MODES)[number];

export const DEFAULT_SUMMARY_FILE = 'ai-governance-summary.md';
export const DEFAULT_CODE_QUALITY_FILE = 'ai-governance-codequality.json';
export const DEFAULT_DOTENV_FILE = 'ai-governance.env';
const DEFAULT_TOKEN_VARIABLE = 'GITLAB_TOKEN';

/** Job variables the template sets from its inputs. */
export const SETTING_VARIABLES = {
  comment: 'AI_GOVERNANCE_COMMENT',
  approvalRules: 'AI_GOVERNANCE_APPROVAL_RULES',
  tokenVariable: 'AI_GOVERNANCE_TOKEN_VARIABLE',
  codeQualityFile: 'AI_GOVERNANCE_CODE_QUALITY_FILE',
  dotenvFile: 'AI_GOVERNANCE_DOTENV_FILE',
} as const;

export interface GitLabSettings {
  options: CliOptions;
  comment: CommentMode;
  approvalRules: ApprovalRulesMode;
  /** Name of the CI/CD variable that holds the API token (never the token itself). */
  tokenVariable: string;
  codeQualityFile: string;
  dotenvFile: string;
}

function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, variable: string, input: string, allowed: readonly T[], fallback: T): T {
  const v = setting(env, variable);
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(
    `The component input "${input}" (job variable ${variable}) must be one of ${allowed.join(', ')}; got "${v}".`,
    `Set \`${input}:\` under the component's \`inputs:\` to one of ${allowed.join(', ')}.`,
  );
}

/** A CI/CD variable name as GitLab accepts it: letters, digits and underscores. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function gitlabSettings(argv: string[], env: NodeJS.ProcessEnv): GitLabSettings {
  const cli = parseCli(argv);
  const tokenVariable = setting(env, SETTING_VARIABLES.tokenVariable) ?? DEFAULT_TOKEN_VARIABLE;
  if (!VARIABLE_NAME.test(tokenVariable)) {
    throw new InputError(
      // The value is not echoed: it may be the token itself, pasted into the wrong input.
      'The component input "token-variable" must be the name of a CI/CD variable (letters, digits, underscores); the value given is not one.',
      'Give the variable\'s name, e.g. `token-variable: GITLAB_TOKEN`, never the token itself.',
    );
  }
  return {
    // The summary file is the full text a shortened note points to, so GitLab always writes it.
    options: { ...cli, summaryFile: cli.summaryFile ?? DEFAULT_SUMMARY_FILE },
    comment: oneOf(env, SETTING_VARIABLES.comment, 'comment', COMMENT_MODES, 'always'),
    approvalRules: oneOf(env, SETTING_VARIABLES.approvalRules, 'approval-rules', APPROVAL_RULES_MODES, 'none'),
    tokenVariable,
    codeQualityFile: setting(env, SETTING_VARIABLES.codeQualityFile) ?? DEFAULT_CODE_QUALITY_FILE,
    dotenvFile: setting(env, SETTING_VARIABLES.dotenvFile) ?? DEFAULT_DOTENV_FILE,
  };
}
