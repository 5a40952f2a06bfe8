/** A git-ai authorship note (authorship 3.x) attributing line ranges of one file to an AI session. */
export function gitAiNote(baseSha: string, path: string, ranges: string): string {
  return [
    path,
    `  s_0123456789abcd::t_0123456789abcd ${ranges}`,
    '---',
    JSON.stringify({
      schema_version: 'authorship/3.0.0',
      base_commit_sha: baseSha,
      sessions: { s_0123456789abcd: { agent_id: { tool: 'claude', id: 'x', model: 'claude-sonnet' }, human_author: 'Dev <dev@example.com>' } },
      prompts: {},
      humans: {},
    }),
  ].join('\n');
}
