import { isInputError } from '../../../src/core/errors.js';
import { parseGitAiNote } from '../../../src/core/attribution/line-level/git-ai-note.js';

/**
 * A note in the shape git-ai 1.4+ writes (Git AI Standard v3.0.0 plus the "sessions" change): a legacy prompt
 * key (sha256("cursor:<id>")[:16]), a session key "s_" + sha256("claude:<id>")[:14] with a trace id, a known
 * human "h_" + sha256("Dana Reyes <dana@example.com>")[:14], and a quoted path with a space.
 */
const NOTE = `src/billing/invoice.ts
  866dabf162e96bcb 1-4,9-10,12
  s_9ebf6eaa922b2f::t_4c1d9e0a7b3f26 20-31
  h_75210ae4a45d9c 32-33
"docs/release notes.md"
  s_9ebf6eaa922b2f::t_0a9b8c7d6e5f41 5
---
{
  "schema_version": "authorship/3.0.0",
  "git_ai_version": "1.4.2",
  "base_commit_sha": "7734793b756b3921c88db5375a8c156e9532447b",
  "prompts": {
    "866dabf162e96bcb": {
      "agent_id": { "tool": "cursor", "id": "6ef2299e-a67f-432b-aa80-3d2fb4d28999", "model": "claude-4.5-opus" },
      "human_author": "Dana Reyes <dana@example.com>",
      "total_additions": 9,
      "total_deletions": 2,
      "accepted_lines": 7,
      "overriden_lines": 0
    }
  },
  "humans": {
    "h_75210ae4a45d9c": { "author": "Dana Reyes <dana@example.com>" }
  },
  "sessions": {
    "s_9ebf6eaa922b2f": {
      "agent_id": { "tool": "claude", "id": "0d3b7c1e-58a2-4f6b-9e21-7c4a5d3e2f10", "model": "claude-sonnet-4-5" },
      "human_author": "Dana Reyes <dana@example.com>"
    }
  }
}`;

function meta(extra = ''): string {
  return `---\n{"schema_version":"authorship/3.0.0","base_commit_sha":"abc","prompts":{}${extra}}`;
}

function thrown(text: string): unknown {
  try {
    parseGitAiNote(text);
  } catch (e) {
    return e;
  }
  throw new Error('expected the note to be rejected');
}

describe('parseGitAiNote', () => {
  it('reads files, entries, ranges and the metadata of a current note', () => {
    const note = parseGitAiNote(NOTE);
    expect(note.schemaVersion).toBe('authorship/3.0.0');
    expect(note.gitAiVersion).toBe('1.4.2');
    expect(note.baseCommitSha).toBe('7734793b756b3921c88db5375a8c156e9532447b');
    expect(note.files.map((f) => f.path)).toEqual(['src/billing/invoice.ts', 'docs/release notes.md']);

    const [invoice] = note.files;
    expect(invoice!.entries).toEqual([
      {
        kind: 'ai',
        key: '866dabf162e96bcb',
        sessionId: '866dabf162e96bcb',
        ranges: [{ start: 1, end: 4 }, { start: 9, end: 10 }, { start: 12, end: 12 }],
      },
      {
        kind: 'ai',
        key: 's_9ebf6eaa922b2f::t_4c1d9e0a7b3f26',
        sessionId: 's_9ebf6eaa922b2f',
        ranges: [{ start: 20, end: 31 }],
      },
      { kind: 'human', key: 'h_75210ae4a45d9c', sessionId: 'h_75210ae4a45d9c', ranges: [{ start: 32, end: 33 }] },
    ]);
    expect(note.sessions['866dabf162e96bcb']).toEqual({
      tool: 'cursor',
      model: 'claude-4.5-opus',
      agentId: '6ef2299e-a67f-432b-aa80-3d2fb4d28999',
      humanAuthor: 'Dana Reyes <dana@example.com>',
    });
    expect(note.sessions['s_9ebf6eaa922b2f']?.tool).toBe('claude');
    expect(note.sessions['s_9ebf6eaa922b2f']?.model).toBe('claude-sonnet-4-5');
    expect(note.humans).toEqual({ h_75210ae4a45d9c: 'Dana Reyes <dana@example.com>' });
  });

  it('reads a note written with CRLF line ends', () => {
    expect(parseGitAiNote(NOTE.replace(/\n/g, '\r\n')).files).toHaveLength(2);
  });

  it('accepts a note with no attestations (a commit with no AI lines)', () => {
    const note = parseGitAiNote(meta());
    expect(note.files).toEqual([]);
    expect(note.sessions).toEqual({});
  });

  it('accepts 7-character legacy hashes and drops files with no entries', () => {
    const note = parseGitAiNote(`empty.ts\nsrc/a.ts\n  d9978a8 3\n${meta()}`);
    expect(note.files).toEqual([
      { path: 'src/a.ts', entries: [{ kind: 'ai', key: 'd9978a8', sessionId: 'd9978a8', ranges: [{ start: 3, end: 3 }] }] },
    ]);
  });

  it.each([
    ['open range', 'src/a.ts\n  866dabf162e96bcb 5-\n' + meta(), "malformed range '5-' in src/a.ts (line 2)"],
    ['line zero', 'src/a.ts\n  866dabf162e96bcb 0\n' + meta(), "malformed range '0' in src/a.ts (line 2)"],
    ['inverted range', 'src/a.ts\n  866dabf162e96bcb 9-3\n' + meta(), "malformed range '9-3' in src/a.ts (line 2)"],
    ['space in ranges', 'src/a.ts\n  866dabf162e96bcb 1, 2\n' + meta(), "malformed range ' 2' in src/a.ts (line 2)"],
    ['entry without ranges', 'src/a.ts\n  866dabf162e96bcb\n' + meta(), 'has no line ranges in src/a.ts (line 2)'],
    ['entry before a path', '  866dabf162e96bcb 1-2\n' + meta(), 'attestation entry before any file path (line 1)'],
    ['no divider', 'src/a.ts\n  866dabf162e96bcb 1-2\n{"schema_version":"authorship/3.0.0"}', "missing the '---' line"],
    ['broken JSON', '---\n{"schema_version": "authorship/3.0.0",', 'is not valid JSON'],
    ['JSON array', '---\n[1, 2]', 'is not a JSON object'],
    ['no schema_version', '---\n{"prompts":{}}', 'no "schema_version"'],
    ['other schema major', '---\n{"schema_version":"authorship/2.0.0","prompts":{}}', 'unsupported schema_version "authorship/2.0.0"'],
    ['humans not an object', meta(',"humans":[]'), 'metadata "humans" is not an object'],
    ['prompt not an object', '---\n{"schema_version":"authorship/3.0.0","prompts":{"abc":7}}', 'metadata "prompts.abc" is not an object'],
  ])('rejects a note with %s', (_label, text, message) => {
    const e = thrown(text);
    expect(isInputError(e)).toBe(true);
    expect((e as Error).message).toContain(message);
    expect((e as { hint?: string }).hint).toContain('refs/notes/ai');
  });
});
