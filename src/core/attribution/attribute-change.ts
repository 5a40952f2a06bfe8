/**
 * Who or what wrote the change, as precisely as the evidence allows: commit signals, request signals,
 * and line-level data when the repository carries it. Pure.
 */
import type { Change } from '../model.js';
import type { AttributionResult } from '../evaluation.js';
import type { LineLevelResult } from './line-level/count-ai-lines.js';
import { attributeCommit } from './detect-commit.js';
import { attributeRequest } from './detect-request.js';
import { readDeclaration } from './declaration.js';
import { findRequester } from './requester.js';
import type { AttributionOptions } from './types.js';
import { UNSPECIFIED_TOOL } from './catalogue.js';

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A request an agent opened (its author or its branch says so) is AI-written as a whole. */
const AGENT_SIGNALS = new Set(['request-author', 'branch-prefix']);

export function attributeChange(change: Change, options: AttributionOptions, lineLevel?: LineLevelResult): AttributionResult {
  const commits = change.commits.map((c) => attributeCommit(c, options));
  const request = change.request ? attributeRequest(change.request, options) : [];
  const aiShas = new Set(commits.filter((c) => c.aiAssisted).map((c) => c.sha));
  const lineData = lineLevel && lineLevel.method !== 'none' ? lineLevel : undefined;
  const aiAssisted = aiShas.size > 0 || request.length > 0 || (lineData?.aiLines ?? 0) > 0;

  let aiShare: number;
  let shareMethod: AttributionResult['shareMethod'];
  const lineMethod = lineData?.method === 'git-ai' || lineData?.method === 'agent-trace' ? lineData.method : undefined;
  if (lineData && lineMethod) {
    aiShare = round3(lineData.share ?? 0);
    shareMethod = lineMethod;
  } else if (request.some((e) => AGENT_SIGNALS.has(e.signal))) {
    aiShare = 1;
    shareMethod = 'request';
  } else {
    const added = change.commits.reduce((n, c) => n + c.additions, 0);
    const aiAdded = change.commits.filter((c) => aiShas.has(c.sha)).reduce((n, c) => n + c.additions, 0);
    aiShare = added > 0 ? round3(aiAdded / added) : aiShas.size > 0 ? 1 : 0;
    shareMethod = 'commits';
  }

  const named = [...new Set([...commits.flatMap((c) => c.tools), ...request.map((e) => e.tool), ...(lineData?.tools ?? [])])].sort();
  // "Unspecified" only says something when no signal names the tool.
  const tools = named.length > 1 ? named.filter((t) => t !== UNSPECIFIED_TOOL) : named;
  const declaration = readDeclaration(change.request, change.commits);
  const requester = findRequester(change.request, change.commits, options);
  return {
    aiAssisted,
    aiShare,
    shareMethod,
    tools,
    commits,
    requestEvidence: request,
    problems: lineLevel?.problems ?? [],
    ...(declaration ? { declaration } : {}),
    ...(requester ? { requester } : {}),
    ...(lineData && lineMethod ? { lineLevel: { method: lineMethod, aiLines: lineData.aiLines, totalAddedLines: lineData.totalAddedLines, models: lineData.models } } : {}),
  };
}
