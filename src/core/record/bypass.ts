/**
 * Post-merge accountability: a change that reached the default branch without a passing decision of
 * the gate for the head that merged (the check was bypassed, the branch force-pushed, or the request
 * merged while the gate failed) is a `bypass` violation naming who merged it and how.
 */
import type { Violation } from '../violation.js';
import type { PostMergeFacts } from './replay-inputs-schema.js';

const BYPASS_RULE = 'bypass';

function short(sha: string): string {
  return sha.slice(0, 12);
}

function requestName(f: PostMergeFacts): string {
  return f.request.number !== null ? `request #${f.request.number}` : 'the merged request';
}

function how(f: PostMergeFacts): string {
  const by = f.mergedBy ? ` by ${f.mergedBy}` : '';
  const method = f.method === 'unknown' ? '' : ` (${f.method})`;
  return `merged${by}${method}`;
}

const REMEDIATION =
  'Review the merged change now and record the outcome; then protect the default branch so the gate is a required check (GitHub branch protection or rulesets, GitLab "Pipelines must succeed") and admins cannot skip it.';

export function bypassViolations(f: PostMergeFacts | null): Violation[] {
  if (!f) return [];
  const name = requestName(f);
  if (f.mergeCommit && f.mergeCommit !== f.pushedHead && f.method !== 'rebase') {
    return [
      {
        rule: BYPASS_RULE,
        message: `The pushed head ${short(f.pushedHead)} is not the commit ${name} produced when it was ${how(f)} (${short(f.mergeCommit)}): the branch was pushed to directly or force-pushed after the merge, so no decision of the gate covers it.`,
        remediation: REMEDIATION,
        level: 'error',
      },
    ];
  }
  if (!f.decision) {
    return [
      {
        rule: 'bypass.unchecked',
        message: `Whether ${name} (${how(f)}) had a passing decision of the gate could not be checked: ${f.problem ?? 'the platform did not say'}.`,
        remediation: 'Give the job a token that can read check runs (GitHub) or merge request pipelines (GitLab), then re-run it.',
        level: 'warning',
      },
    ];
  }
  if (f.decision.state === 'pass') return [];
  const head = f.request.headSha ? ` for its head ${short(f.request.headSha)}` : '';
  const state =
    f.decision.state === 'missing'
      ? `had no decision of the gate${head}`
      : f.decision.state === 'pending'
        ? `was merged before the gate decided${head}`
        : `had a failing decision of the gate${head}`;
  return [
    {
      rule: BYPASS_RULE,
      message: `${name[0]!.toUpperCase()}${name.slice(1)} ${state} (${f.decision.source}), and was ${how(f)}.`,
      remediation: REMEDIATION,
      level: 'error',
    },
  ];
}
