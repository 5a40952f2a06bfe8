/** The vocabulary of attribution: what was seen, where, and which tool it points to. */
import type { Policy } from '../policy/schema.js';

/** The policy's `attribution` block: identities, trailer keys and labels that extend the catalogue. */
export type AttributionOptions = Policy['attribution'];

export type EvidenceSignal =
  /** A Co-authored-by (or Co-developed-by) line naming an AI identity, in any paragraph. */
  | 'co-author-trailer'
  /** A Signed-off-by line naming an AI identity: an agent cannot certify the DCO, a human must. */
  | 'sign-off-trailer'
  | 'author-email'
  | 'committer-email'
  /** An author or committer name that is an AI identity (a bot login, a policy-listed name). */
  | 'author-name'
  | 'committer-name'
  /** Aider appends " (aider)" to the author and committer names. */
  | 'author-name-suffix'
  | 'committer-name-suffix'
  /** A line an AI tool writes into the message: a footer, a session link. */
  | 'message-marker'
  /** Assisted-by, Generated-by, AI-Assisted, Made-with, `<Tool>-Session`, or a policy-listed trailer. */
  | 'trailer'
  /** A link to an agent's session, task or thread (claude.ai/code/session_..., chatgpt.com/codex/tasks/...). */
  | 'session-link'
  /** A merge commit whose subject names an agent's branch (`Merge pull request #12 from o/codex/...`). */
  | 'merge-branch'
  /** An AI disclosure that says AI was used: a section ("## AI Disclosure"), a template answer, a sentence. */
  | 'disclosure'
  | 'request-author'
  | 'branch-prefix'
  | 'label'
  | 'body-marker'
  | 'declaration';

export interface Evidence {
  signal: EvidenceSignal;
  /** The text as found: the trailer line, the identity, the marker line, the label. */
  value: string;
  /** Display name of the tool, or UNSPECIFIED_TOOL when the signal names none. */
  tool: string;
  /** The model the evidence names, as written (`claude-opus-4-6`, `Claude Opus 4.5`, `gpt-4o`), when it names one. */
  model?: string;
  commit?: string;
  /** Where it was found: 'commit trailer', 'commit author', 'pull request body', 'branch name', ... */
  source?: string;
}

export interface CommitAttribution {
  sha: string;
  aiAssisted: boolean;
  /** Distinct tools in order of first evidence; UNSPECIFIED_TOOL only when no evidence names a tool. */
  tools: string[];
  /** Distinct models the evidence names, in order of first evidence. */
  models: string[];
  /** Author and committer first, then trailers, then marker lines of the message. */
  evidence: Evidence[];
}

export type DeclarationValue = 'yes' | 'no' | 'partial';

export interface Declaration {
  value: DeclarationValue;
  /** Where the declaration was read, in words a reviewer can follow. */
  source: string;
}

/** The person who asked an agent for the change. */
export interface Requester {
  login?: string;
  name?: string;
  email?: string;
  source: string;
}
