/**
 * Attribution as a user meets it, through dist/index.js on real repositories: markers outside git's
 * trailer block, tool and model apart in the audit record and the summary, an AI sign-off flagged,
 * agent instruction files governed, and line-level data that cannot lower the AI share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepos } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import { AUDIT_SCHEMA_VERSION } from '../../src/core/render/audit-version.js';
import { gitAiNote } from '../helpers/git-ai-note.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

describe('AI attribution through dist/index.js', () => {
  const fresh = tempRepos();
  const repo = () => {
    const r = fresh();
    r.write('README.md', '# x\n');
    r.commit('base');
    return r;
  };

  it('reads a marker outside the trailer block and records the tool and the model apart', () => {
    const r = repo();
    r.write('src/a.ts', 'export const a = 1;\n');
    r.commit('btrfs: fix a race\n\nThe lock was dropped too early.\n\nAssisted-by: Claude:claude-opus-4-6\n\nSigned-off-by: Jane Dev <jane@example.com>\nLink: https://lore.kernel.org/r/1\n');
    const res = runDist(['--summary-file', 'summary.md'], { cwd: r.dir });
    expect(res.code).toBe(0);
    const a = res.audit!.attribution;
    expect(res.audit!.schemaVersion).toBe(AUDIT_SCHEMA_VERSION);
    expect(a.aiAssisted).toBe(true);
    expect(a.tools).toEqual(['Claude']);
    expect(a.models).toEqual(['claude-opus-4-6']);
    expect(a.commits[0]!.models).toEqual(['claude-opus-4-6']);
    expect(a.commits[0]!.evidence).toEqual([
      { signal: 'trailer', value: 'Assisted-by: Claude:claude-opus-4-6', tool: 'Claude', model: 'claude-opus-4-6', commit: a.commits[0]!.sha, source: 'commit message' },
    ]);
    expect(a.mergedRequest).toBeNull();
    const summary = readFileSync(join(r.dir, 'summary.md'), 'utf8');
    // One row per commit: its tools, its models and every signal found on it.
    expect(summary).toMatch(/^\| `[0-9a-f]{7}` btrfs&#58; fix a race \| Claude \| `claude-opus-4-6` \| trailer: `Assisted-by: Claude:claude-opus-4-6` \|$/m);
    expect(summary).toContain('Models: `claude-opus-4-6`');
    expect(res.stdout).toMatch(/^ {2}[0-9a-f]{7} {2}Claude \(claude-opus-4-6\) {2}trailer: Assisted-by: Claude:claude-opus-4-6$/m);
  });

  it('flags an AI identity that signed off, without failing the change for it', () => {
    const r = repo();
    r.write('src/b.ts', 'export const b = 1;\n');
    r.commit({ message: 'Add b\n\nSigned-off-by: Codex <codex@openai.com>\n', author: { name: 'Codex', email: 'codex@openai.com' } });
    const res = runDist([], { cwd: r.dir });
    expect(res.code).toBe(0);
    const v = res.audit!.violations.filter((x: { rule: string }) => x.rule === 'attribution.ai-sign-off');
    expect(v).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('Signed-off-by: Codex <codex@openai.com>') })]);
    expect(res.audit!.decision).toBe('warn');
  });

  it('treats an edit of an agent instruction file as sensitive by default', () => {
    const r = repo();
    r.write('CLAUDE.md', 'Always run the tests.\n').write('.cursor/rules/style.mdc', 'Use tabs.\n');
    r.commit('Tell the agents how to work');
    const res = runDist([], { cwd: r.dir });
    const factor = res.audit!.risk.factors.find((f: { id: string }) => f.id === 'sensitive:agent-instructions');
    expect(factor!.files.sort()).toEqual(['.cursor/rules/style.mdc', 'CLAUDE.md']);
    expect(factor!.points).toBeGreaterThan(0);
  });

  it('does not let line-level data lower the share the commits establish, and says so', () => {
    const r = repo();
    r.write('src/a.ts', Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n') + '\n');
    const sha = r.commit('Add a\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    const note = gitAiNote(sha, 'src/a.ts', '1-2');
    leanExecFileSync('git', ['notes', '--ref=ai', 'add', '-m', note, sha], { cwd: r.dir });
    const res = runDist([], { cwd: r.dir });
    const a = res.audit!.attribution;
    expect(a.lineLevel).toMatchObject({ method: 'git-ai', aiLines: 2, totalAddedLines: 10 });
    expect(a.aiShare).toBe(1);
    expect(a.shareMethod).toBe('commits');
    expect(a.shareNote).toMatch(/20%.*100%/);
    expect(res.stdout).toContain('never lower it');
  });
});
