/**
 * `ai-governance-gate report` options. Tokens come only from environment variables (a token on the
 * command line would be in the process list and the shell's history).
 */
import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import type { Period } from '../../core/org-report/periods.js';

export interface ReportOptions {
  inputs: string[];
  out: string;
  title: string;
  since?: Date;
  /** The last day included (the range ends at the end of it). */
  until?: Date;
  asOf?: Date;
  period: Period | 'auto';
  staleDays: number;
  saveRecords?: string;
  github?: { orgs: string[]; repositories: string[]; apiUrl: string; tokenEnv: string[]; artifactPrefix: string };
  gitlab?: { groups: string[]; projects: string[]; url: string; tokenEnv: string[]; jobName: string };
  fallbackWaitSeconds: number;
  maxWaitSeconds: number;
  concurrency: number;
  /** Threads reading files; undefined: one per core, once the files are large enough to gain from it. */
  threads?: number;
  help: boolean;
}

export const REPORT_HELP = `Usage: ai-governance-gate report [PATH…] --out DIR [options]

Reads audit records and writes the organisation's view: DIR/report.html (one self-contained page),
DIR/report.json (every number on it), DIR/*.csv (every table) and DIR/charts/*.vl.json (the charts).

PATH: audit record files (JSON, JSON Lines .jsonl/.ndjson, gzip .gz, zip archives), directories
holding them (walked), quoted globs ("records/**/*.json"), or - for JSON Lines on standard input.

  --out DIR                    Where to write the report (created if missing).
  --since DATE, --until DATE   Only records (and artifacts) from DATE / up to and including DATE.
  --days N                     Only the last N days before --as-of (instead of --since).
  --as-of DATE                 The day coverage and waiver expiry are measured from (default: today).
  --period auto|week|month     Trend buckets (default auto: weeks up to half a year, else months).
  --stale-days N               A repository without a gate run for N days is stale (default 30).
  --title TEXT                 The page's title.
  --save-records FILE          Also write every record read as JSON Lines (to load into a warehouse).
  --threads N                  Threads reading the files (default: one per core from 64 MiB of input;
                               1 reads in one thread).

Collect from GitHub (token in GITHUB_TOKEN or GH_TOKEN; fine-grained "Actions: read", "Metadata: read"):
  --github-org ORG             The gate's workflow artifacts of every repository of ORG (repeatable).
  --github-repos LIST          Or of these repositories (owner/name, comma-separated, repeatable).
  --github-api-url URL         Default: $GITHUB_API_URL or https://api.github.com.
  --github-artifact-prefix P   Artifacts whose name starts with P (default ai-governance-).
  --github-token-env NAME      Read the token from NAME instead.

Collect from GitLab (token in GITLAB_TOKEN; read_api scope, Reporter role):
  --gitlab-group GROUP         The gate job's artifacts of every project of GROUP and its subgroups.
  --gitlab-projects LIST       Or of these projects (group/project, comma-separated, repeatable).
  --gitlab-url URL             Default: $CI_SERVER_URL or https://gitlab.com.
  --gitlab-job NAME            The gate's job name (default ai-governance-gate).
  --gitlab-token-env NAME      Read the token from NAME instead.

  --concurrency N              Artifact downloads at once (default 4).
  --rate-limit-fallback S      Wait S seconds when a rate-limited answer does not say how long (default 60, doubling).
  --max-rate-limit-wait S      Give up on a request that would wait longer than S seconds (default 900).
  --help, -h                   This text.
`;

const SPEC = {
  out: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  days: { type: 'string' },
  'as-of': { type: 'string' },
  period: { type: 'string' },
  'stale-days': { type: 'string' },
  title: { type: 'string' },
  'save-records': { type: 'string' },
  'github-org': { type: 'string', multiple: true },
  'github-repos': { type: 'string', multiple: true },
  'github-api-url': { type: 'string' },
  'github-artifact-prefix': { type: 'string' },
  'github-token-env': { type: 'string' },
  'gitlab-group': { type: 'string', multiple: true },
  'gitlab-projects': { type: 'string', multiple: true },
  'gitlab-url': { type: 'string' },
  'gitlab-job': { type: 'string' },
  'gitlab-token-env': { type: 'string' },
  concurrency: { type: 'string' },
  threads: { type: 'string' },
  'rate-limit-fallback': { type: 'string' },
  'max-rate-limit-wait': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HINT = 'Run `ai-governance-gate report --help` for the options.';

/** YYYY-MM-DD (UTC midnight) or a full ISO-8601 time. */
function date(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw new InputError(`--${name} must be a date (YYYY-MM-DD) or an ISO-8601 time; got "${value}".`, HINT);
  return new Date(ms);
}

function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min) throw new InputError(`--${name} must be a whole number of at least ${min}; got "${value}".`, HINT);
  return n;
}

const listOf = (values: readonly string[] | undefined): string[] => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

export function parseReportOptions(argv: string[], env: NodeJS.ProcessEnv, now: Date): ReportOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError((e as Error).message.replace(/\. To specify a positional.*$/s, '.'), HINT);
  }
  const v = parsed.values;
  const help = v.help ?? false;
  const period = v.period ?? 'auto';
  if (!['auto', 'week', 'month'].includes(period)) throw new InputError(`--period must be auto, week or month; got "${period}".`, HINT);
  if (!help && (v.out === undefined || v.out.trim() === '')) throw new InputError('report needs --out DIR: where to write report.html, report.json and the CSV files.', HINT);
  const options: ReportOptions = {
    inputs: parsed.positionals,
    out: v.out ?? '',
    title: v.title ?? 'AI governance report',
    period: period as ReportOptions['period'],
    staleDays: count('stale-days', v['stale-days'], 30, 1),
    fallbackWaitSeconds: count('rate-limit-fallback', v['rate-limit-fallback'], 60, 0),
    maxWaitSeconds: count('max-rate-limit-wait', v['max-rate-limit-wait'], 900, 0),
    concurrency: count('concurrency', v.concurrency, 4, 1),
    help,
  };
  const asOf = date('as-of', v['as-of']);
  if (v.days !== undefined && v.since !== undefined) throw new InputError('Give --days or --since, not both.', HINT);
  const days = v.days === undefined ? undefined : count('days', v.days, 0, 1);
  const since = days === undefined ? date('since', v.since) : new Date(Date.parse(`${(asOf ?? now).toISOString().slice(0, 10)}T00:00:00Z`) - (days - 1) * 86_400_000);
  const until = date('until', v.until);
  if (since) options.since = since;
  if (until) options.until = until;
  if (asOf) options.asOf = asOf;
  if (since && until && since > until) throw new InputError(`--since ${v.since} is after --until ${v.until}.`, HINT);
  if (v.threads !== undefined) options.threads = count('threads', v.threads, 1, 1);
  if (v['save-records']) options.saveRecords = v['save-records'];
  const orgs = listOf(v['github-org']);
  const repos = listOf(v['github-repos']);
  if (orgs.length || repos.length) {
    options.github = {
      orgs,
      repositories: repos,
      apiUrl: (v['github-api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
      tokenEnv: v['github-token-env'] ? [v['github-token-env']] : ['GITHUB_TOKEN', 'GH_TOKEN'],
      artifactPrefix: v['github-artifact-prefix'] ?? 'ai-governance-',
    };
  }
  const groups = listOf(v['gitlab-group']);
  const projects = listOf(v['gitlab-projects']);
  if (groups.length || projects.length) {
    options.gitlab = {
      groups,
      projects,
      url: (v['gitlab-url'] ?? env.CI_SERVER_URL ?? 'https://gitlab.com').replace(/\/+$/, ''),
      tokenEnv: v['gitlab-token-env'] ? [v['gitlab-token-env']] : ['GITLAB_TOKEN'],
      jobName: v['gitlab-job'] ?? 'ai-governance-gate',
    };
  }
  if (!help && options.inputs.length === 0 && !options.github && !options.gitlab) {
    throw new InputError('report needs audit records: PATH arguments, --github-org/--github-repos, or --gitlab-group/--gitlab-projects.', HINT);
  }
  return options;
}

/** The token from the first of the variables that is set; its value is never printed. */
export function tokenFrom(names: readonly string[], env: NodeJS.ProcessEnv, platform: string): string {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  throw new InputError(`Collecting from ${platform} needs a token in ${names.join(' or ')}.`, platform === 'GitHub' ? 'A fine-grained token or GitHub App token with "Actions: read" and "Metadata: read" on the repositories.' : 'A group access token or personal access token with the read_api scope and the Reporter role.');
}
