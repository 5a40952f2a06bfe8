/** The vocabulary of attribution: what was seen, where, and which tool it points to. */
import type { Policy } from '../policy/schema.js';

/** The policy's `attribution` block: identities, trailer keys and labels that extend the catalogue. */
export type AttributionOptions = Policy['attribution'];

export type EvidenceSignal =
  /** A Co-authored-by trailer naming an AI identity. */
  | 'co-author-trailer'
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
  /** Assisted-by, Generated-by, AI-Assisted or a policy-listed trailer. */
  | 'trailer'
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
  commit?: string;
  /** Where it was found: 'commit trailer', 'commit author', 'pull request body', 'branch name', ... */
  source?: string;
}

export interface CommitAttribution {
  sha: string;
  aiAssisted: boolean;
  /** Distinct tools in order of first evidence; UNSPECIFIED_TOOL only when no evidence names a tool. */
  tools: string[];
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
