/**
 * The author's own statement of AI use: an `AI-Assisted: yes|no|partial` line or a ticked box in
 * the request description (the templates in templates/ offer three boxes, one per value), or an
 * `AI-Assisted:` commit trailer. The description wins over trailers. Where statements disagree the
 * most AI-ward value is kept, so a contradiction can only add oversight, never remove it.
 */
import type { Commit, RequestInfo } from '../model.js';
import { parseTrailers } from '../git-text/trailers.js';
import type { Declaration, DeclarationValue } from './types.js';
import { ownEntry } from '../own-entry.js';

const WORDS: Record<string, DeclarationValue> = {
  yes: 'yes',
  true: 'yes',
  no: 'no',
  false: 'no',
  none: 'no',
  partial: 'partial',
  partially: 'partial',
  partly: 'partial',
};

/** Own keys only: "AI-Assisted: constructor" must declare nothing, not Object.prototype.constructor. */
function word(w: string): DeclarationValue | undefined {
  return ownEntry(WORDS, w);
}

const AI_WARDNESS: Record<DeclarationValue, number> = { no: 0, partial: 1, yes: 2 };

const MARKUP = /[*_`[\]<>"']/g;

/**
 * The value a declaration text starts with: "Yes (Copilot for the tests)" → yes. A template left
 * unfilled ("yes | no | partial", "[yes/no/partial]") offers a choice and declares nothing.
 */
export function parseDeclarationValue(text: string): DeclarationValue | undefined {
  const cleaned = text.replace(MARKUP, ' ').trim().toLowerCase();
  const m = /^([a-z]+)\b\s*(.*)$/s.exec(cleaned);
  if (!m) return undefined;
  const value = word(m[1]!);
  if (!value) return undefined;
  const choice = /^[|/]\s*([a-z]+)/.exec(m[2]!);
  if (choice && word(choice[1]!)) return undefined;
  return value;
}

/** `AI-Assisted: yes`, `**AI-Assisted:** no`, `ai assisted = partial`, `### AI_Assisted: Yes`, `- AI-Assisted: no`. */
const DECLARATION_LINE =
  /^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:[-*+]\s+)?[*_`]{0,3}\s*ai[\s_-]?assisted\s*[*_`]{0,3}\s*[:=]\s*[*_`]{0,3}\s*(.*)$/i;
const CHECKBOX = /^\s*(?:>\s*)*[-*+]\s+\[([ xX])\]\s+(.*)$/;
/** A single "this change is AI-assisted" style box, with no explicit value. */
const AI_BOX_LABEL = /\bAI[\s-]?(?:assisted|generated)\b|\bgenerative AI\b|\bAI tools?\b/i;
const NEGATION = /\b(?:not|no|without)\b/i;

interface Found {
  value: DeclarationValue;
  text: string;
}

/** Drops HTML comments (template instructions) and fenced code blocks (quoted examples). */
function visibleLines(body: string): string[] {
  const noComments = body.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const lines: string[] = [];
  let fenced = false;
  for (const line of noComments.split(/\r?\n/)) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) lines.push(line);
  }
  return lines;
}

function declarationsInBody(body: string): Found[] {
  const found: Found[] = [];
  for (const line of visibleLines(body)) {
    const box = CHECKBOX.exec(line);
    if (box) {
      if (box[1] === ' ') continue;
      const label = box[2]!.trim();
      const explicit = DECLARATION_LINE.exec(label);
      if (explicit) {
        const value = parseDeclarationValue(explicit[1]!);
        if (value) found.push({ value, text: `ticked box "${label}"` });
      } else if (AI_BOX_LABEL.test(label)) {
        found.push({ value: NEGATION.test(label) ? 'no' : 'yes', text: `ticked box "${label}"` });
      }
      continue;
    }
    const m = DECLARATION_LINE.exec(line);
    if (!m) continue;
    const value = parseDeclarationValue(m[1]!);
    if (value) found.push({ value, text: `"${line.trim()}"` });
  }
  return found;
}

function mostAiWard(found: Found[]): DeclarationValue {
  return found.reduce((best, f) => (AI_WARDNESS[f.value] > AI_WARDNESS[best] ? f.value : best), found[0]!.value);
}

/** GitLab says merge request, GitHub pull request; the URL tells which. */
export function requestNoun(request: RequestInfo): 'pull request' | 'merge request' {
  return request.url && /\/-\/merge_requests\//.test(request.url) ? 'merge request' : 'pull request';
}

const short = (sha: string): string => sha.slice(0, 7);

/** The values of a commit's AI-Assisted trailers, in order. */
export function declaredIn(commit: Commit): DeclarationValue[] {
  const list = commit.trailers.length ? commit.trailers : parseTrailers(commit.message);
  return list.flatMap((t) => {
    const value = t.key.toLowerCase() === 'ai-assisted' ? parseDeclarationValue(t.value) : undefined;
    return value ? [value] : [];
  });
}

export function readDeclaration(request: RequestInfo | undefined, commits: Commit[]): Declaration | undefined {
  if (request?.body) {
    const found = declarationsInBody(request.body);
    if (found.length > 0) {
      const where = `the ${requestNoun(request)} description`;
      const values = new Set(found.map((f) => f.value));
      if (values.size === 1) return { value: found[0]!.value, source: `${found[0]!.text} in ${where}` };
      const value = mostAiWard(found);
      const listed = found.map((f) => `${f.text} (${f.value})`).join(', ');
      return { value, source: `conflicting statements in ${where}: ${listed}; the most AI-ward, "${value}", is kept` };
    }
  }

  const trailers: { sha: string; value: DeclarationValue }[] = [];
  for (const c of commits) {
    for (const value of declaredIn(c)) trailers.push({ sha: c.sha, value });
  }
  if (trailers.length === 0) return undefined;
  const values = new Set(trailers.map((t) => t.value));
  if (values.size === 1) {
    const shas = [...new Set(trailers.map((t) => short(t.sha)))];
    const on = shas.length === 1 ? `commit ${shas[0]}` : `${shas.length} commits (${shas.join(', ')})`;
    return { value: trailers[0]!.value, source: `AI-Assisted trailer on ${on}` };
  }
  const value = trailers.reduce<DeclarationValue>((best, t) => (AI_WARDNESS[t.value] > AI_WARDNESS[best] ? t.value : best), 'no');
  const listed = trailers.map((t) => `${t.value} on ${short(t.sha)}`).join(', ');
  return { value, source: `AI-Assisted trailers disagree (${listed}); the most AI-ward, "${value}", is kept` };
}
