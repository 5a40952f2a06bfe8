/**
 * parseTrailers is held to git itself: every message below goes through
 * `git interpret-trailers --parse --no-divider` and through a real commit read back with
 * `git log --format=%(trailers:only,unfold)`, and the parser must agree with both.
 */
import { leanExecFileSync } from '../helpers/lean-exec.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Trailer } from '../../src/core/model.js';
import { parseTrailers } from '../../src/core/git-text/trailers.js';
import { TempRepo } from '../helpers/git-repo.js';

// A home and config of our own, so trailer.* settings on the machine cannot change git's answer.
const home = mkdtempSync(join(tmpdir(), 'gate-trailers-home-'));
const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
  LC_ALL: 'C',
};

afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Reads git's "Key: value" lines; keys never contain ':' so the first one separates. */
function readGitTrailerLines(out: string): Trailer[] {
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const i = l.indexOf(':');
      return { key: l.slice(0, i), value: l.slice(i + 1).replace(/^ /, '') };
    });
}

function gitParse(message: string): Trailer[] {
  const out = leanExecFileSync('git', ['interpret-trailers', '--parse', '--no-divider'], {
    input: message,
    encoding: 'utf8',
    env: gitEnv,
  });
  return readGitTrailerLines(out);
}

const MESSAGES: Record<string, string> = {
  'subject only': 'Fix the login redirect\n',
  'subject and body, no trailers': 'Fix the login redirect\n\nThe callback lost its query string.\n',
  'empty message': '',
  'Claude Code footer and co-author':
    'Add retry to the uploader\n\nRetries three times with backoff.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  'Copilot coding agent: logs link paragraph, then the requester':
    'Add AI-optimized vault structure\n\nAgent-Logs-Url: https://github.com/octo/vault/sessions/31474705-fbd9-4eed-bbb9-f011558ccd5e\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>\n',
  'GitHub squash merge with a dashed rule':
    'Fix nil info.Length panic (#15460)\n\n* first\n\n* second\n\n---------\n\nCo-authored-by: antonis19 <antonis19@users.noreply.github.com>\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n',
  'a --- rule before the trailers':
    'Update docs\n\nSummary of the change.\n\n---\n\nCo-authored-by: X Y <x@example.com>\n',
  'trailers in a paragraph after a --- line':
    'Update docs\n\nbody\n---\nnot a patch\n\nReviewed-by: A <a@example.com>\n',
  'Amp thread and co-author':
    'Update log4j to 2.15.1\n\nCo-authored-by: Amp <amp@ampcode.com>\nAmp-Thread-ID: https://ampcode.com/threads/T-652c6d27-8ae1-4e61-923d-a4d40071cb4b\n',
  'Signed-off-by makes a 25% block count':
    'subject\n\nSigned-off-by: A U Thor <a@example.com>\nrandom line\nrandom line two\nrandom line three\n',
  'Signed-off-by below 25% does not':
    'subject\n\nSigned-off-by: A U Thor <a@example.com>\nline one\nline two\nline three\nline four\n',
  'a mixed block without a git-generated line is not trailers':
    'subject\n\nFoo: bar\nthis is prose\n',
  'cherry-pick line counts as git-generated':
    'subject\n\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\nReviewed-by: R <r@example.com>\nprose\n',
  'continuation lines fold into one value':
    'subject\n\nFoo: bar\nBaz: qux\n  continued here\n\tand here\nLast: one\n',
  'indented first line of the block':
    'subject\n\n  indented: not a key\nKey: value\n',
  'comment lines inside and after the block':
    'subject\n\nKey: value\n# a comment\nOther: thing\n# trailing comment\n\n',
  'trailing blank lines':
    'subject\n\nKey: value\n\n\n\n',
  'whitespace-only trailing line':
    'subject\n\nKey: value\n   \n',
  'space before the colon and odd keys':
    'subject\n\nFoo : bar\nhttp://example.com: y\nX-Y-9: z\nKey:\n-lead: dash\n',
  'value with colons and no space after the separator':
    'subject\n\nRefs:#12: see also: #13\n',
  'a trailer line in the subject paragraph is not a trailer': 'subject\nFoo: bar\n',
  'one-line message that looks like a trailer': 'Foo: bar\n',
  'two words before the colon are not a key': 'subject\n\nAI assisted: yes\n',
  'AI-Assisted trailer': 'subject\n\nAI-Assisted: partial\n',
  'repeated keys keep their order':
    'subject\n\nCo-authored-by: A <a@example.com>\nco-authored-by: B <b@example.com>\nCO-AUTHORED-BY: C <c@example.com>\n',
  'CRLF line endings':
    'subject\r\n\r\nbody\r\n\r\nKey: value\r\nOther: x\r\n',
  'old Conflicts: list after the trailers':
    'Merge branch x\n\nSigned-off-by: A <a@example.com>\n\nConflicts:\n\tsrc/a.c\n\tsrc/b.c\n',
  'scissors line cuts the rest':
    `subject\n\nKey: value\n# ------------------------ >8 ------------------------\nNot: this\n`,
  'last paragraph is a bullet list': 'subject\n\n- one: two\n- three\n',
  'non-ASCII key is not a key': 'subject\n\nÜber: x\nKey: y\n',
  'no final newline': 'subject\n\nKey: value',
  'a markdown bold declaration is not a trailer': 'subject\n\n**AI-Assisted:** yes\n',
  'Gemini Code Assist suggestion with human co-author':
    'feat: add gc_threshold arg (#21481)\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>\nCo-authored-by: chendingyu <chendingyu1@example.com>\n',
  'Devin-style prose ending with a link line':
    'Implement endpoint\n\nLink to Devin run: https://app.devin.ai/sessions/5f1c3cc7fa004b4797fc656ded67470d\nRequested by: someone@example.com\n',
  'continuation under a non-trailer line stays prose':
    'subject\n\nSigned-off-by: A <a@example.com>\nprose\n  indented prose\nmore prose\n',
};

describe('parseTrailers agrees with git interpret-trailers --parse --no-divider', () => {
  it.each(Object.entries(MESSAGES))('%s', (_name, message) => {
    expect(parseTrailers(message)).toEqual(gitParse(message));
  });

  it('the corpus exercises both outcomes', () => {
    const withTrailers = Object.values(MESSAGES).filter((m) => gitParse(m).length > 0).length;
    expect(withTrailers).toBeGreaterThan(10);
    expect(Object.keys(MESSAGES).length - withTrailers).toBeGreaterThan(10);
  });
});

describe('parseTrailers agrees with git log %(trailers) on real commits', () => {
  const repo = new TempRepo('gate-trailers-');
  afterAll(() => repo.cleanup());

  // git commit --cleanup=verbatim keeps the message byte for byte, so comments and spacing reach git log.
  const committed = Object.entries(MESSAGES)
    .filter(([, message]) => message.trim() !== '')
    .map(([name, message]) => {
      leanExecFileSync('git', ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], {
        cwd: repo.dir,
        input: message,
        env: gitEnv,
      });
      const sha = leanExecFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8', env: gitEnv }).trim();
      return [name, sha] as const;
    });

  it.each(committed)('%s', (_name, sha) => {
    const body = leanExecFileSync('git', ['log', '-1', '--format=%B', sha], { cwd: repo.dir, encoding: 'utf8', env: gitEnv });
    const trailers = leanExecFileSync('git', ['log', '-1', '--format=%(trailers:only,unfold)', sha], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: gitEnv,
    });
    expect(parseTrailers(body)).toEqual(readGitTrailerLines(trailers));
  });
});

describe('parseTrailers in words', () => {
  it('skips blank lines before the subject, as git log does', () => {
    const message = '\nFoo: bar\n';
    const repo = new TempRepo('gate-trailers-lead-');
    try {
      leanExecFileSync('git', ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], { cwd: repo.dir, input: message, env: gitEnv });
      const logged = leanExecFileSync('git', ['log', '-1', '--format=%(trailers:only,unfold)'], { cwd: repo.dir, encoding: 'utf8', env: gitEnv });
      expect(readGitTrailerLines(logged)).toEqual([]);
      expect(parseTrailers(message)).toEqual([]);
      // interpret-trailers, reading raw input, would take the line as a trailer; commits are read as git log reads them.
      expect(gitParse(message)).toEqual([{ key: 'Foo', value: 'bar' }]);
    } finally {
      repo.cleanup();
    }
  });

  it('keeps key spelling and unfolds values', () => {
    expect(parseTrailers('s\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nNote: a\n  b\n')).toEqual([
      { key: 'Co-Authored-By', value: 'Claude <noreply@anthropic.com>' },
      { key: 'Note', value: 'a b' },
    ]);
  });

  it('reads trailers after a --- rule, as git log does', () => {
    expect(parseTrailers(MESSAGES['a --- rule before the trailers']!)).toEqual([
      { key: 'Co-authored-by', value: 'X Y <x@example.com>' },
    ]);
  });

  it('returns nothing when the last paragraph is prose', () => {
    expect(parseTrailers('s\n\nKey: value\n\nJust prose at the end.\n')).toEqual([]);
  });
});
