/**
 * Request-level attribution: what the pull or merge request itself says about AI involvement: an
 * agent account as author, an agent's branch name, an AI label, an agent's session link or footer
 * in the description (read whole, as a commit message is: trailers, disclosures, session links), or
 * the author's own "AI-Assisted: yes|partial" declaration.
 */
import type { RequestInfo } from '../model.js';
import { AI_TOOLS, GENERIC_AI_LABELS, UNSPECIFIED_TOOL } from './catalogue.js';
import { matchLogin } from './catalogue-match.js';
import { markersIn } from './message-markers.js';
import { readDeclaration, requestNoun } from './declaration.js';
import type { AttributionOptions, Evidence } from './types.js';

const MAX_VALUE = 300;

export function attributeRequest(request: RequestInfo, options: AttributionOptions): Evidence[] {
  const noun = requestNoun(request);
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const add = (e: Evidence): void => {
    const key = `${e.signal}\0${e.tool}\0${e.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    evidence.push({ ...e, value: e.value.slice(0, MAX_VALUE) });
  };

  if (request.author) {
    const tool = matchLogin(request.author, options);
    if (tool) add({ signal: 'request-author', value: request.author, tool, source: `${noun} author` });
  }

  if (request.sourceBranch) {
    const branch = request.sourceBranch;
    for (const t of AI_TOOLS) {
      if (t.branchPatterns.some((re) => re.test(branch))) add({ signal: 'branch-prefix', value: branch, tool: t.tool, source: 'source branch' });
    }
  }

  const policyLabels = new Set(options.labels.map((l) => l.toLowerCase()));
  for (const label of request.labels) {
    const l = label.toLowerCase();
    const tool = AI_TOOLS.find((t) => t.labels.some((x) => x.toLowerCase() === l))?.tool;
    if (tool) add({ signal: 'label', value: label, tool, source: `${noun} labels` });
    else if (GENERIC_AI_LABELS.includes(l) || policyLabels.has(l)) add({ signal: 'label', value: label, tool: UNSPECIFIED_TOOL, source: `${noun} labels` });
  }

  if (request.body) {
    const source = `${noun} description`;
    // A description is read like a commit message (a single-commit request repeats it), minus the subject rule.
    for (const m of markersIn(request.body, options, { subject: false })) {
      add({ signal: 'body-marker', value: m.value, tool: m.tool, ...(m.model ? { model: m.model } : {}), source });
    }
    const declared = readDeclaration(request, []);
    if (declared && declared.value !== 'no') {
      add({ signal: 'declaration', value: `AI-Assisted: ${declared.value}`, tool: UNSPECIFIED_TOOL, source: declared.source });
    }
  }

  return evidence;
}
