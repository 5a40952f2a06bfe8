/**
 * The Action's inputs. The runner hands each `with:` value to the process as INPUT_<NAME>, upper-cased
 * with spaces turned into underscores and hyphens kept (`audit-file` → INPUT_AUDIT-FILE). Inputs that
 * the CLI also has become CliOptions; the GitHub-only ones (token, comment, annotations, labels,
 * request-reviews) stay here. Defaults equal action.yml's, so a step without `with:` and a direct run
 * behave the same.
 */
import { isAbsolute, join } from 'node:path';
import { DEFAULT_AUDIT_FILE, DEFAULT_STATEMENT_FILE, type CliOptions } from '../../gather/options.js';
import { InputError } from '../../core/errors.js';

type CommentMode = 'always' | 'on-violation' | 'never';

export const DEFAULT_SUMMARY_FILE = 'ai-governance-summary.md';

export interface GitHubInputs {
  options: CliOptions;
  /** Empty when the workflow passes no token; API-backed facts are then skipped with a warning. */
  token: string;
  comment: CommentMode;
  annotations: boolean;
  requestReviews: boolean;
  labels: boolean;
  /** The gate's check name on pull requests (its job's name), looked for on a push after a merge. */
  checkName: string;
}

/** Defaults as action.yml declares them (the token's default is an expression the runner fills in). */
export const INPUT_DEFAULTS = {
  comment: 'never',
  annotations: 'true',
  'request-reviews': 'false',
  labels: 'false',
  'audit-file': DEFAULT_AUDIT_FILE,
  'statement-file': DEFAULT_STATEMENT_FILE,
  'summary-file': DEFAULT_SUMMARY_FILE,
  'check-name': 'AI governance gate',
} as const;

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[inputVariable(name)] ?? '').trim();
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = readInput(env, name);
  return v === '' ? undefined : v;
}

// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function bool(env: NodeJS.ProcessEnv, name: keyof typeof INPUT_DEFAULTS): boolean {
  const v = optional(env, name) ?? INPUT_DEFAULTS[name];
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new InputError(`Input "${name}" must be true or false; got "${v}".`, `Set \`${name}: true\` or \`${name}: false\` in the step's \`with:\`.`);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const v = optional(env, name);
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${v}".`, `Fix \`${name}:\` in the step's \`with:\`.`);
}

/** The directory relative paths are resolved against: the runner's workspace, where the checkout is. */
function workspaceOf(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.GITHUB_WORKSPACE && env.GITHUB_WORKSPACE.trim() !== '' ? env.GITHUB_WORKSPACE : cwd;
}

function inWorkspace(workspace: string, file: string): string {
  return isAbsolute(file) ? file : join(workspace, file);
}

export function readInputs(env: NodeJS.ProcessEnv, cwd: string): GitHubInputs {
  const workspace = workspaceOf(env, cwd);
  const options: CliOptions = {
    repo: workspace,
    base: optional(env, 'base'),
    head: optional(env, 'head'),
    policy: optional(env, 'policy'),
    mode: oneOf(env, 'mode', ['enforce', 'warn'] as const),
    // Absolute paths, so the outputs name files a later step can upload whatever its working directory.
    auditFile: inWorkspace(workspace, optional(env, 'audit-file') ?? INPUT_DEFAULTS['audit-file']),
    statementFile: inWorkspace(workspace, optional(env, 'statement-file') ?? INPUT_DEFAULTS['statement-file']),
    summaryFile: inWorkspace(workspace, optional(env, 'summary-file') ?? INPUT_DEFAULTS['summary-file']),
    format: 'markdown',
    reports: optional(env, 'reports') ? [readInput(env, 'reports')] : [],
    baseline: optional(env, 'baseline') ? [readInput(env, 'baseline')] : [],
    plans: optional(env, 'plans') ? [readInput(env, 'plans')] : [],
    help: false,
    version: false,
  };
  if (options.policy) options.policy = inWorkspace(workspace, options.policy);
  return {
    options,
    token: readInput(env, 'token'),
    comment: oneOf(env, 'comment', ['always', 'on-violation', 'never'] as const, INPUT_DEFAULTS.comment)!,
    annotations: bool(env, 'annotations'),
    requestReviews: bool(env, 'request-reviews'),
    labels: bool(env, 'labels'),
    checkName: optional(env, 'check-name') ?? INPUT_DEFAULTS['check-name'],
  };
}
