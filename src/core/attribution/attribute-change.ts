/**
 * Who or what wrote the change, as precisely as the evidence allows: commit signals, request signals
 * (including, on a push, the request the commit was merged from), and line-level data when the
 * repository carries it. Pure.
 */
import type { Change, MergedRequest } from '../model.js';
import type { AttributionResult } from '../evaluation.js';
import type { LineLevelResult } from './line-level/count-ai-lines.js';
import { attributeCommit, modelsOf, toolsOf } from './detect-commit.js';
import { attributeRequest } from './detect-request.js';
import { readDeclaration, requestNoun } from './declaration.js';
import { findRequester } from './requester.js';
import type { AttributionOptions, CommitAttribution, Evidence } from './types.js';
import { UNSPECIFIED_TOOL } from './catalogue.js';

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const percent = (n: number): string => `${Math.round(n * 100)}%`;

/** A request an agent opened (its author or its branch says so) is AI-written as a whole. */
const AGENT_SIGNALS = new Set(['request-author', 'branch-prefix']);

/**
 * Folds the merged request's evidence into the pushed commit: a squash merge keeps the request's
 * changes but may drop its commits' trailers, so what the request's commits and description say is
 * evidence about the commit that landed.
 */
function foldMergedRequest(commits: CommitAttribution[], merged: MergedRequest, options: AttributionOptions): AttributionResult['mergedRequest'] {
  const noun = requestNoun(merged.request);
  const label = merged.request.number !== undefined ? `merged ${noun} #${merged.request.number}` : `merged ${noun}`;
  const found: Evidence[] = [];
  for (const c of merged.commits) {
    for (const e of attributeCommit(c, options).evidence) found.push({ ...e, source: `${label}, commit ${c.sha.slice(0, 7)} (${e.source ?? 'commit'})` });
  }
  for (const e of attributeRequest(merged.request, options)) found.push({ ...e, source: `${label} (${e.source ?? noun})` });

  const target = commits.find((c) => c.sha === merged.commit) ?? commits[commits.length - 1];
  if (target) {
    const seen = new Set(target.evidence.map((e) => `${e.signal}\0${e.tool}\0${e.value}`));
    for (const e of found) {
      const key = `${e.signal}\0${e.tool}\0${e.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      target.evidence.push({ ...e, commit: target.sha });
    }
    target.aiAssisted = target.evidence.length > 0;
    target.tools = toolsOf(target.evidence);
    target.models = modelsOf(target.evidence);
  }
  return {
    ...(merged.request.number !== undefined ? { number: merged.request.number } : {}),
    ...(merged.request.url ? { url: merged.request.url } : {}),
    source: merged.source,
    commits: merged.commits.length,
    aiAssisted: found.length > 0,
  };
}

interface Share {
  aiShare: number;
  shareMethod: AttributionResult['shareMethod'];
  shareNote?: string;
}

/** The share the commits and the request establish. */
function evidenceShare(change: Change, commits: CommitAttribution[], request: Evidence[]): Share {
  if (request.some((e) => AGENT_SIGNALS.has(e.signal))) return { aiShare: 1, shareMethod: 'request' };
  const aiShas = new Set(commits.filter((c) => c.aiAssisted).map((c) => c.sha));
  const added = change.commits.reduce((n, c) => n + c.additions, 0);
  const aiAdded = change.commits.filter((c) => aiShas.has(c.sha)).reduce((n, c) => n + c.additions, 0);
  return { aiShare: added > 0 ? round3(aiAdded / added) : aiShas.size > 0 ? 1 : 0, shareMethod: 'commits' };
}

/**
 * Line-level data (git-ai notes, Agent Trace files) arrives with the change and is written by whoever
 * wrote the change, so it may raise the share, never lower it below what the other evidence shows.
 */
function shareWithLineData(evidence: Share, method: 'git-ai' | 'agent-trace', lineShare: number): Share {
  if (lineShare >= evidence.aiShare) {
    const note = evidence.aiShare > 0 ? `; commit and request evidence alone shows ${percent(evidence.aiShare)}` : '';
    return { aiShare: lineShare, shareMethod: method, shareNote: `From ${method} line-level data carried by the change${note}.` };
  }
  return {
    ...evidence,
    shareNote:
      `The ${method} line-level data carried by the change attributes ${percent(lineShare)} of the added lines to AI, less than the ` +
      `${percent(evidence.aiShare)} that commit and request evidence shows; data the change brings can raise the share, never lower it, so ${percent(evidence.aiShare)} is kept.`,
  };
}

export function attributeChange(change: Change, options: AttributionOptions, lineLevel?: LineLevelResult): AttributionResult {
  const commits = change.commits.map((c) => attributeCommit(c, options));
  const mergedRequest = change.mergedRequest ? foldMergedRequest(commits, change.mergedRequest, options) : undefined;
  const request = change.request ? attributeRequest(change.request, options) : [];
  const lineData = lineLevel && lineLevel.method !== 'none' ? lineLevel : undefined;
  const aiAssisted = commits.some((c) => c.aiAssisted) || request.length > 0 || (lineData?.aiLines ?? 0) > 0;

  const lineMethod = lineData?.method === 'git-ai' || lineData?.method === 'agent-trace' ? lineData.method : undefined;
  const fromEvidence = evidenceShare(change, commits, request);
  const share = lineData && lineMethod ? shareWithLineData(fromEvidence, lineMethod, round3(lineData.share ?? 0)) : fromEvidence;

  const named = [...new Set([...commits.flatMap((c) => c.tools), ...request.map((e) => e.tool), ...(lineData?.tools ?? [])])].sort();
  // "Unknown" only says something when no signal names the tool.
  const tools = named.length > 1 ? named.filter((t) => t !== UNSPECIFIED_TOOL) : named;
  const models = [...new Set([...commits.flatMap((c) => c.models), ...modelsOf(request), ...(lineData?.models ?? [])])];
  const declaration = readDeclaration(change.request, change.commits);
  const requester = findRequester(change.request, change.commits, options);
  return {
    aiAssisted,
    ...share,
    tools,
    models,
    commits,
    requestEvidence: request,
    problems: lineLevel?.problems ?? [],
    ...(declaration ? { declaration } : {}),
    ...(requester ? { requester } : {}),
    ...(mergedRequest ? { mergedRequest } : {}),
    ...(lineData && lineMethod ? { lineLevel: { method: lineMethod, aiLines: lineData.aiLines, totalAddedLines: lineData.totalAddedLines, models: lineData.models } } : {}),
  };
}
