/**
 * What AI coding tools leave behind in commits and requests: one row per tool. Adding a tool is one
 * row here plus a test in test/attribution/catalogue.test.ts using the strings the tool really
 * writes. Every string below was observed in public commits, pull requests or the tool's own source;
 * the comment on each row says where. Tools that write nothing recognisable are left out rather
 * than guessed at (a name alone, such as "Claude" or "Devin", is a person as often as a tool).
 *
 * Matching rules (see catalogue-match.ts):
 * - emails: exact, case-insensitive, on author, committer and Co-authored-by / Assisted-by identities.
 * - logins: the tool's GitHub/GitLab accounts. They match noreply addresses
 *   (`<id>+<login>@users.noreply.github.com`, with or without the id) and request authors; a login
 *   ending in `[bot]` also matches as a name, since no person is called that.
 * - nameSuffixes: appended by the tool to the human's name.
 * - messageMarkers: tested against each line of a commit message (and of a request body, where
 *   single-commit requests repeat the message), so they are anchored to the start of the line.
 * - bodyMarkers: searched for anywhere in a request body line.
 * - branchPatterns: tested against the request's source branch.
 * - namedAs: how an Assisted-by / Generated-by value names the tool when it gives no identity.
 */

export interface ToolSignature {
  id: string;
  /** Display name, used in evidence and summaries. */
  tool: string;
  emails: string[];
  logins: string[];
  nameSuffixes: string[];
  messageMarkers: RegExp[];
  /** Request authors beyond `logins`, as a platform may report them (GraphQL drops "[bot]"). */
  requestAuthors: string[];
  branchPatterns: RegExp[];
  bodyMarkers: RegExp[];
  labels: string[];
  namedAs: RegExp[];
}

/** The tool name used when a signal says "AI" without saying which. */
export const UNSPECIFIED_TOOL = 'unspecified AI tool';

/** Request labels that mark a change AI-assisted without naming a tool. */
export const GENERIC_AI_LABELS: readonly string[] = ['ai-assisted', 'ai-generated'];

type Row = Pick<ToolSignature, 'id' | 'tool'> & Partial<ToolSignature>;

function row(r: Row): ToolSignature {
  return {
    emails: [],
    logins: [],
    nameSuffixes: [],
    messageMarkers: [],
    requestAuthors: [],
    branchPatterns: [],
    bodyMarkers: [],
    labels: [],
    namedAs: [],
    ...r,
  };
}

export const AI_TOOLS: readonly ToolSignature[] = [
  // Copilot coding agent: author `Copilot <198982749+Copilot@users.noreply.github.com>` (also shown
  // as copilot-swe-agent[bot]), an `Agent-Logs-Url: https://github.com/<owner>/<repo>/sessions/<id>`
  // line and the requester as co-author (copilot-coding-agent/user-feedback#76, commits in
  // bytedance/deer-flow), branches `copilot/<slug>`. Copilot CLI adds
  // `Co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>` (github/copilot-cli#1455);
  // accepted Copilot review suggestions and Autofix credit `<175728472+Copilot@users.noreply.github.com>`
  // (erigontech/erigon, elastic/eui); VS Code's AI co-author setting writes `Copilot <copilot@github.com>`
  // (microsoft/vscode#296435, #313064).
  row({
    id: 'github-copilot',
    tool: 'GitHub Copilot',
    emails: ['copilot@github.com'],
    logins: ['Copilot', 'copilot-swe-agent[bot]'],
    messageMarkers: [/^Agent-Logs-Url:\s*https:\/\/github\.com\/[^/\s]+\/[^/\s]+\/sessions\//i],
    requestAuthors: ['copilot-swe-agent'],
    branchPatterns: [/^copilot\//],
    labels: ['copilot'],
    namedAs: [/\bcopilot\b/i],
  }),

  // Claude Code: `Co-Authored-By: Claude <noreply@anthropic.com>` (the name often carries the model,
  // "Claude Opus 4.5") and `🤖 Generated with [Claude Code](https://claude.com/claude-code)`
  // (anthropics/claude-code#19925); Claude Code on the web commits as `Claude <noreply@anthropic.com>`
  // (anthropics/claude-code#18715) with `Claude-Session: https://claude.ai/code/session_<id>`;
  // the Claude GitHub app is claude[bot] (209825114) and claude-code-action names branches
  // `claude/...` (its action.yml: branch_prefix default "claude/").
  row({
    id: 'claude-code',
    tool: 'Claude Code',
    emails: ['noreply@anthropic.com'],
    logins: ['claude[bot]'],
    messageMarkers: [
      /^(?:🤖\s*)?Generated with \[?Claude Code\b/i,
      /^Claude-Session:\s*https:\/\/claude\.ai\/code\/session_/i,
    ],
    branchPatterns: [/^claude\//],
    bodyMarkers: [/Generated with \[?Claude Code\b/i, /\bclaude\.ai\/code\/session_/],
    namedAs: [/\bclaude\b/i],
  }),

  // Cursor: agent commits and co-author `Cursor Agent <cursoragent@cursor.com>`, the
  // `Made-with: Cursor` trailer (added with `git commit --trailer`), the cursor[bot] app (206951365),
  // agent links `https://cursor.com/agents?id=bc-<uuid>`, `Made with [Cursor](https://cursor.com)`
  // in PR bodies (getsentry/sentry-docs#16597). Agent branches are `cursor/<slug>-<4 hex>`; a bare
  // `cursor/` prefix is not enough, people name branches after the text cursor.
  row({
    id: 'cursor',
    tool: 'Cursor',
    emails: ['cursoragent@cursor.com'],
    logins: ['cursor[bot]'],
    messageMarkers: [/^Made-with:\s*Cursor\s*$/i],
    branchPatterns: [/^cursor\/[A-Za-z0-9._-]+-[0-9a-f]{4}$/],
    bodyMarkers: [/\bcursor\.com\/agents\?id=bc-/, /^Made with \[Cursor\]\(https:\/\/cursor\.com\/?\)/i],
    namedAs: [/\bcursor\b/i],
  }),

  // Aider: appends " (aider)" to the author and committer names and, with --attribute-co-authored-by,
  // adds `Co-authored-by: aider (<model>) <aider@aider.chat>` (Aider-AI/aider aider/repo.py and
  // tests/basic/test_repo.py); older releases and other builds write `<noreply@aider.chat>`.
  // --attribute-commit-message-author prefixes the subject with "aider: ".
  row({
    id: 'aider',
    tool: 'Aider',
    emails: ['aider@aider.chat', 'noreply@aider.chat'],
    nameSuffixes: [' (aider)'],
    messageMarkers: [/^aider: \S/],
    namedAs: [/\baider\b/i],
  }),

  // OpenAI Codex: the CLI's prepare-commit-msg hook adds `Co-authored-by: Codex <noreply@openai.com>`
  // (openai/codex codex-rs/core/src/command_attribution.rs); Codex cloud opens branches `codex/<slug>`
  // and links the task, `[Codex Task](https://chatgpt.com/codex/tasks/task_e_<hex>)`, in the PR body;
  // its GitHub app is chatgpt-codex-connector[bot] (199175422).
  row({
    id: 'openai-codex',
    tool: 'OpenAI Codex',
    emails: ['noreply@openai.com'],
    logins: ['chatgpt-codex-connector[bot]'],
    branchPatterns: [/^codex\//],
    bodyMarkers: [/\bchatgpt\.com\/codex\/tasks\/task_/],
    namedAs: [/\bcodex\b/i],
  }),

  // Devin: commits and PRs by devin-ai-integration[bot] (158243242), PR bodies with
  // `Link to Devin run: https://app.devin.ai/sessions/<32 hex>` and `Requested by: ...`
  // (digitaldemocracy2030/idobata, calcom/cal.diy#26683), branches `devin/<unix time>-<slug>`.
  // "Open with Devin" review badges (app.devin.ai/review/...) appear on human PRs and do not count.
  row({
    id: 'devin',
    tool: 'Devin',
    logins: ['devin-ai-integration[bot]'],
    requestAuthors: ['devin-ai-integration'],
    branchPatterns: [/^devin\/\d{10}-/],
    bodyMarkers: [/\bapp\.devin\.ai\/sessions\/[0-9a-f]{32}\b/],
    namedAs: [/\bdevin\b/i],
  }),

  // Google Jules: google-labs-jules[bot] (161369871) authors commits and PRs; the PR body ends
  // `*PR created automatically by Jules for task [<id>](https://jules.google.com/task/<id>) started by @<user>*`.
  row({
    id: 'google-jules',
    tool: 'Google Jules',
    logins: ['google-labs-jules[bot]'],
    requestAuthors: ['google-labs-jules'],
    bodyMarkers: [/\bjules\.google\.com\/task\/\d+/],
    namedAs: [/\bjules\b/i],
  }),

  // Gemini Code Assist: accepting one of its review suggestions credits
  // `gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>` (sgl-project/sglang).
  row({
    id: 'gemini-code-assist',
    tool: 'Gemini Code Assist',
    logins: ['gemini-code-assist[bot]'],
    namedAs: [/\bgemini code assist\b/i],
  }),

  // Gemini CLI writes no trailer of its own; the identity people configure for it, and the one its
  // GitHub integration commits as, is `<218195315+gemini-cli@users.noreply.github.com>`.
  row({
    id: 'gemini-cli',
    tool: 'Gemini CLI',
    logins: ['gemini-cli'],
    namedAs: [/\bgemini[ -]cli\b/i],
  }),

  // Amazon Q Developer: amazon-q-developer[bot] (208079219); its agent pushes branches
  // `Q-DEV-issue-<issue>-<unix time>`.
  row({
    id: 'amazon-q',
    tool: 'Amazon Q Developer',
    logins: ['amazon-q-developer[bot]'],
    requestAuthors: ['amazon-q-developer'],
    branchPatterns: [/^Q-DEV-issue-\d+-\d+$/],
    namedAs: [/\bamazon q\b/i],
  }),

  // Kiro (the successor of the Amazon Q Developer CLI): the kiro-agent[bot] app (245459735) and
  // the kiro-agent account (244629292), seen as commit authors.
  row({
    id: 'kiro',
    tool: 'Kiro',
    logins: ['kiro-agent[bot]', 'kiro-agent'],
    namedAs: [/\bkiro\b/i],
  }),

  // Amp: intercepts `git commit` and appends `Co-authored-by: Amp <amp@ampcode.com>` and
  // `Amp-Thread-ID: https://ampcode.com/threads/T-<uuid>` (ghostty-org/ghostty, wevm/viem).
  row({
    id: 'amp',
    tool: 'Amp',
    emails: ['amp@ampcode.com'],
    messageMarkers: [/^Amp-Thread-ID:\s*https:\/\/ampcode\.com\/threads\/T-/i],
    bodyMarkers: [/\bampcode\.com\/threads\/T-/],
    namedAs: [/^amp\b/i, /\bampcode\b/i],
  }),

  // OpenHands: its system prompt commits as, or co-authors with, `openhands <openhands@all-hands.dev>`;
  // the resolver pushes `openhands-fix-issue-<n>` (and `-pr-`) branches and opens PRs as openhands-agent.
  row({
    id: 'openhands',
    tool: 'OpenHands',
    emails: ['openhands@all-hands.dev'],
    logins: ['openhands-agent'],
    branchPatterns: [/^openhands-fix-(?:issue|pr)-\d+/],
    namedAs: [/\bopenhands\b/i],
  }),

  // Sweep: the sweep-ai[bot] app opens PRs from `sweep/<slug>` branches (sweepai/sweep create_pr.py).
  row({
    id: 'sweep',
    tool: 'Sweep',
    logins: ['sweep-ai[bot]'],
    branchPatterns: [/^sweep\//],
    namedAs: [/\bsweep(?:\.dev| ai)\b/i],
  }),

  // Windsurf: the windsurf-bot[bot] review app (189301087) is credited when its suggestions are
  // accepted. The editor itself adds no trailer.
  row({
    id: 'windsurf',
    tool: 'Windsurf',
    logins: ['windsurf-bot[bot]'],
    namedAs: [/\bwindsurf\b/i, /\bcodeium\b/i],
  }),

  // GitLab Duo Agent Platform: a commit-msg hook adds `Co-authored-by: GitLab Duo <duo@gitlab.com>`
  // and `Duo-Session: <instance>/<project>/-/automate/agent-sessions/<id>` (gitlab-org/gitlab);
  // the executor commits as duo.workflow.agent@gitlab.com (ai-assist#1487) and MRs are opened by
  // the duo-developer service account (gitlab-org/gitlab#554163).
  row({
    id: 'gitlab-duo',
    tool: 'GitLab Duo',
    emails: ['duo@gitlab.com', 'duo.workflow.agent@gitlab.com'],
    logins: ['duo-developer'],
    messageMarkers: [/^Duo-Session:\s*https?:\/\/\S+\/-\/automate\/agent-sessions\//i],
    namedAs: [/\bgitlab duo\b/i],
  }),

  // Qwen Code: adds `Co-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>` (QwenLM/qwen-code#2899).
  row({
    id: 'qwen-code',
    tool: 'Qwen Code',
    emails: ['qwen-coder@alibabacloud.com'],
    namedAs: [/\bqwen\b/i],
  }),
];
