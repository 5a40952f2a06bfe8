/**
 * What AI coding tools leave behind in commits and requests: one row per tool. Adding a tool, or a
 * marker of a tool, is one row (or one entry of a row) here plus a case in
 * test/attribution/catalogue.test.ts using the string the tool really writes. Every string below was
 * observed in public commits, pull requests or the tool's own source; the comment on each row says
 * where. The families that need no row (any `Assisted-by:` value, any `<Tool>-Session:` trailer, AI
 * disclosure sections) live in message-markers.ts and read tool names through `namedAs`.
 *
 * Matching rules (see catalogue-match.ts):
 * - emails: exact, case-insensitive, on author, committer and every trailer identity.
 * - domains + mailboxes: an address at one of the tool's domains (or a subdomain) is the tool's when
 *   its mailbox is a generic agent mailbox (noreply, agent, bot ...) or one of `mailboxes`, alone or
 *   followed by `-<suffix>` (openhands-claude@all-hands.dev). Anyone else at the vendor is a person.
 * - logins: the tool's GitHub/GitLab accounts. They match noreply addresses
 *   (`<id>+<login>@users.noreply.github.com`, with or without the id) and request authors; a login
 *   ending in `[bot]` also matches as a name, since no person is called that, and so do the same app
 *   under a release channel (`<app>-staging[bot]`, `-nightly`, `-canary`, `-v0` ...).
 * - agentNames: names that are the agent whatever address they carry ("Claude Code", "Cursor Agent").
 *   A first name a person may have ("Claude", "Devin", "Jules", "Kiro") is never one.
 * - nameSuffixes: appended by the tool to the human's name.
 * - messageMarkers: tested against each readable line of a commit message or request description, so
 *   they are anchored to the start of the line.
 * - sessionLinks: links to the tool's sessions, tasks or threads, anywhere in readable text.
 * - bodyMarkers: searched for anywhere in a request description line.
 * - branchPatterns: tested against a request's source branch and the branch a merge subject names.
 * - namedAs: how a trailer value, a "Generated with" line or a disclosure names the tool. The
 *   longest match in a text wins, so "Claude Code" beats "Claude". Patterns for ordinary words
 *   (Continue, Amp, Warp, Pi) are case-sensitive.
 */

export interface ToolSignature {
  id: string;
  /** Display name, used in evidence and summaries. */
  tool: string;
  emails: string[];
  domains: string[];
  mailboxes: string[];
  logins: string[];
  agentNames: RegExp[];
  nameSuffixes: string[];
  messageMarkers: RegExp[];
  sessionLinks: RegExp[];
  /** Request authors beyond `logins`, as a platform may report them (GraphQL drops "[bot]"). */
  requestAuthors: string[];
  branchPatterns: RegExp[];
  bodyMarkers: RegExp[];
  labels: string[];
  namedAs: RegExp[];
}

/** The tool name used when a signal says "AI" without saying which. */
export const UNSPECIFIED_TOOL = 'unknown AI tool';

/** Request labels that mark a change AI-assisted without naming a tool. */
export const GENERIC_AI_LABELS: readonly string[] = ['ai-assisted', 'ai-generated'];

type Row = Pick<ToolSignature, 'id' | 'tool'> & Partial<ToolSignature>;

function row(r: Row): ToolSignature {
  return {
    emails: [],
    domains: [],
    mailboxes: [],
    logins: [],
    agentNames: [],
    nameSuffixes: [],
    messageMarkers: [],
    sessionLinks: [],
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
  // as copilot-swe-agent[bot]) with the requester as co-author (copilot-coding-agent/user-feedback#76,
  // bytedance/deer-flow), branches `copilot/<slug>`. Copilot CLI adds
  // `Co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>` and `Copilot-Session: <uuid>`
  // (github/copilot-cli#1455, ghostty-org/ghostty); accepted review suggestions and Autofix credit
  // `<175728472+Copilot@users.noreply.github.com>` or "Copilot Autofix powered by AI"
  // `<223894421+github-code-quality[bot]@users.noreply.github.com>` (erigontech/erigon, elastic/eui);
  // VS Code's AI co-author setting writes `Copilot <copilot@github.com>` (microsoft/vscode#296435);
  // Copilot Workspace linked `copilot-workspace.githubnext.com` sessions (cline/cline).
  row({
    id: 'github-copilot',
    tool: 'GitHub Copilot',
    emails: ['copilot@github.com'],
    logins: ['Copilot', 'copilot-swe-agent[bot]', 'github-code-quality[bot]'],
    agentNames: [/^(?:github )?copilot(?: autofix(?: powered by ai)?| agent| cli| coding agent)?$/i],
    sessionLinks: [/\bcopilot-workspace\.githubnext\.com\//i],
    requestAuthors: ['copilot-swe-agent'],
    branchPatterns: [/^copilot\//],
    labels: ['copilot'],
    namedAs: [/\b(?:github )?copilot(?: autofix| workspace| cli| coding agent| agent)?\b/i],
  }),

  // Claude Code: `Co-Authored-By: Claude <noreply@anthropic.com>` (the name often carries the model,
  // "Claude Opus 4.5") and `🤖 Generated with [Claude Code](https://claude.com/claude-code)`
  // (anthropics/claude-code#19925); Claude Code on the web commits as `Claude <noreply@anthropic.com>`
  // (anthropics/claude-code#18715) with `Claude-Session: https://claude.ai/code/session_<id>`, or the
  // bare link as last line (google-gemini/gemini-cli); the Claude GitHub app is claude[bot] (209825114),
  // the agent on GitHub commits as anthropic-code-agent[bot] `<242468646+Claude@users.noreply.github.com>`
  // (bytedance/deer-flow); claude-code-action names branches `claude/...` (its action.yml).
  row({
    id: 'claude-code',
    tool: 'Claude Code',
    emails: ['noreply@anthropic.com'],
    logins: ['claude[bot]', 'Claude', 'anthropic-code-agent[bot]'],
    agentNames: [/^claude[ -]code$/i],
    messageMarkers: [/^(?:🤖\s*)?Generated with \[?Claude Code\b/i],
    sessionLinks: [/\bclaude\.ai\/code\/session_/i],
    branchPatterns: [/^claude\//],
    namedAs: [/\bclaude[ -]code\b/i],
  }),

  // Claude without a client named: kernel `Assisted-by: Claude:claude-opus-4-6` (Documentation/process/
  // coding-assistants.rst; btrfs, net patches), OpenStack `Assisted-By: Claude Opus 4.6`, and
  // `Co-authored-by: Claude <claude@anthropic.com>` (fedora-infra, rust-lang) — an Anthropic mailbox
  // that is not Claude Code's noreply address.
  row({
    id: 'claude',
    tool: 'Claude',
    domains: ['anthropic.com', 'claude.ai', 'claude.com'],
    mailboxes: ['claude'],
    namedAs: [/\bclaude\b/i],
  }),

  // Cursor: agent commits and co-author `Cursor Agent <cursoragent@cursor.com>`, the
  // `Made-with: Cursor` trailer (added with `git commit --trailer`), the cursor[bot] app (206951365).
  // Cloud agent PRs say "This pull request contains changes generated by a Cursor Cloud Agent" and
  // link `https://cursor.com/agents/bc-<uuid>` and `https://cursor.com/background-agent?bcId=bc-<uuid>`
  // (gitbutlerapp/grit#345, sanity-io/sanity#14270); editor PRs end `Made with [Cursor](https://cursor.com)`
  // (getsentry/sentry-docs#16597); background agents commit "Changes from background agent bc-<uuid>"
  // (google-gemini/gemini-cli). Agent branches are `cursor/<slug>-<4 hex of the agent id>`; a bare
  // `cursor/` prefix is not enough, people name branches after the text cursor.
  row({
    id: 'cursor',
    tool: 'Cursor',
    emails: ['cursoragent@cursor.com'],
    domains: ['cursor.com', 'cursor.sh', 'anysphere.co'],
    mailboxes: ['cursoragent', 'cursor'],
    logins: ['cursor[bot]'],
    agentNames: [/^cursor(?: agent| ai| cloud agent)$/i],
    messageMarkers: [/^Made-with:\s*Cursor\s*$/i],
    sessionLinks: [/\bcursor\.com\/agents(?:\/|\?id=)bc-/i, /\bcursor\.com\/background-agent\?bcId=bc-/i],
    branchPatterns: [/^cursor\/[A-Za-z0-9._-]+-[0-9a-f]{4}$/],
    bodyMarkers: [
      /\bchanges generated by a Cursor Cloud Agent\b/i,
      /^Made with \[Cursor\]\(https:\/\/cursor\.com\/?\)/i,
      /\bChanges from background agent bc-[0-9a-f]{8}-[0-9a-f-]{27}\b/i,
    ],
    namedAs: [/\bcursor(?: agent| ai| ide)?\b/i],
  }),

  // Aider: appends " (aider)" to the author and committer names and, with --attribute-co-authored-by,
  // adds `Co-authored-by: aider (<model>) <aider@aider.chat>` (Aider-AI/aider aider/repo.py); other
  // builds write `<noreply@aider.chat>` or `<noreply@aider.dev>` (ei-grad). --attribute-commit-message-author
  // prefixes the subject with "aider: ".
  row({
    id: 'aider',
    tool: 'Aider',
    emails: ['aider@aider.chat', 'noreply@aider.chat', 'noreply@aider.dev'],
    domains: ['aider.chat', 'aider.dev'],
    mailboxes: ['aider'],
    agentNames: [/^aider(?: \([^()]+\))?$/i],
    nameSuffixes: [' (aider)'],
    messageMarkers: [/^aider: \S/],
    namedAs: [/\baider\b/i],
  }),

  // OpenAI Codex: the CLI's prepare-commit-msg hook adds `Co-authored-by: Codex <noreply@openai.com>`
  // (openai/codex codex-rs/core/src/command_attribution.rs); agents configured by hand commit as
  // `Codex <codex@openai.com>` or `Codex <codex@local>` (openai/codex forks); Codex cloud opens branches
  // `codex/<slug>` and links `https://chatgpt.com/codex/tasks/task_e_<hex>`; its GitHub app is
  // chatgpt-codex-connector[bot] (199175422). The kernel form is `Assisted-by: Codex:GPT-5`.
  row({
    id: 'openai-codex',
    tool: 'OpenAI Codex',
    emails: ['noreply@openai.com'],
    domains: ['openai.com'],
    mailboxes: ['codex'],
    logins: ['chatgpt-codex-connector[bot]'],
    agentNames: [/^(?:openai )?codex(?: cli| agent| cloud)?$/i],
    sessionLinks: [/\bchatgpt\.com\/codex\/tasks\/task_/i],
    branchPatterns: [/^codex\//],
    namedAs: [/\b(?:openai )?codex(?: cli| cloud)?\b/i],
  }),

  // ChatGPT named as the assistant: kernel-style `Assisted-by: ChatGPT:gpt-5.5` (Linux netdev patches).
  row({
    id: 'chatgpt',
    tool: 'ChatGPT',
    domains: ['chatgpt.com'],
    mailboxes: ['chatgpt'],
    namedAs: [/\bchatgpt\b/i],
  }),

  // Devin: commits and PRs by devin-ai-integration[bot] (158243242), shown as "Devin AI"; PR bodies
  // with `Link to Devin run: https://app.devin.ai/sessions/<32 hex>` and `Requested by: ...`
  // (digitaldemocracy2030/idobata, calcom/cal.diy#26683), branches `devin/<unix time>-<slug>`.
  // "Open with Devin" review badges (app.devin.ai/review/...) appear on human PRs and do not count.
  row({
    id: 'devin',
    tool: 'Devin',
    domains: ['devin.ai', 'cognition.ai'],
    mailboxes: ['devin'],
    logins: ['devin-ai-integration[bot]'],
    agentNames: [/^devin ai$/i],
    sessionLinks: [/\bapp\.devin\.ai\/sessions\/[0-9a-f]{32}\b/i],
    requestAuthors: ['devin-ai-integration'],
    branchPatterns: [/^devin\/\d{10}-/],
    namedAs: [/\bdevin(?: ai)?\b/i],
  }),

  // Google Jules: google-labs-jules[bot] (161369871) authors commits and PRs; the PR body ends
  // `*PR created automatically by Jules for task [<id>](https://jules.google.com/task/<id>) started by @<user>*`;
  // its branches are `jules/<slug>-<task id>` (Aider-AI/aider forks).
  row({
    id: 'google-jules',
    tool: 'Google Jules',
    logins: ['google-labs-jules[bot]'],
    branchPatterns: [/^jules\/[\w.-]+-\d{12,}$/],
    requestAuthors: ['google-labs-jules'],
    sessionLinks: [/\bjules\.google\.com\/task\/\d+/i],
    namedAs: [/\b(?:google )?jules\b/i],
  }),

  // Gemini Code Assist: accepting one of its review suggestions credits
  // `gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>` (sgl-project/sglang).
  row({
    id: 'gemini-code-assist',
    tool: 'Gemini Code Assist',
    logins: ['gemini-code-assist[bot]'],
    namedAs: [/\bgemini code assist\b/i],
  }),

  // Gemini CLI writes no trailer of its own; the identities its users configure are the gemini-cli
  // account `<218195315+gemini-cli@users.noreply.github.com>` and `Gemini CLI <gemini-cli@google.com>`;
  // run-gemini-cli commits as gemini-cli[bot] (google-gemini/gemini-cli). gemini-cli-robot@google.com
  // is the project's release automation, not the agent.
  row({
    id: 'gemini-cli',
    tool: 'Gemini CLI',
    emails: ['gemini-cli@google.com'],
    logins: ['gemini-cli', 'gemini-cli[bot]'],
    agentNames: [/^gemini[ -]cli$/i],
    namedAs: [/\bgemini[ -]cli\b/i],
  }),

  // Gemini named as the assistant: `Assisted-by: Gemini:gemini-3.1-pro-preview` (linux perf tools),
  // and co-authors `Gemini`, `Gemini <gemini@google.com>`, `Google Gemini <noreply@google.com>`
  // (google-gemini/gemini-cli).
  row({
    id: 'gemini',
    tool: 'Gemini',
    agentNames: [/^(?:google )?gemini$/i],
    namedAs: [/\bgemini\b/i],
  }),

  // Google Antigravity, named in Apache template answers: "`Gemini 3 Pro (High)` on `Antigravity`" (apache/spark).
  row({
    id: 'google-antigravity',
    tool: 'Google Antigravity',
    namedAs: [/\b(?:google )?antigravity\b/i],
  }),

  // Amazon Q Developer: amazon-q-developer[bot] (208079219); its agent pushes branches
  // `Q-DEV-issue-<issue>-<unix time>`; its documentation job ends commits "Auto-generated by Q"
  // (aws/amazon-q-developer-cli).
  row({
    id: 'amazon-q',
    tool: 'Amazon Q Developer',
    logins: ['amazon-q-developer[bot]'],
    requestAuthors: ['amazon-q-developer'],
    messageMarkers: [/^Auto-generated by (?:Amazon )?Q(?: Developer)?\s*$/],
    branchPatterns: [/^Q-DEV-issue-\d+-\d+$/],
    namedAs: [/\bamazon q(?: developer)?\b/i, /\bQ Developer\b/],
  }),

  // Kiro (the successor of the Amazon Q Developer CLI): the kiro-agent[bot] app (245459735) and
  // the kiro-agent account (244629292), shown as "Kiro Agent" (kirodotdev repositories).
  row({
    id: 'kiro',
    tool: 'Kiro',
    domains: ['kiro.dev'],
    mailboxes: ['kiro'],
    logins: ['kiro-agent[bot]', 'kiro-agent'],
    agentNames: [/^kiro agent$/i],
    namedAs: [/\bkiro\b/i],
  }),

  // Amp: intercepts `git commit` and appends `Co-authored-by: Amp <amp@ampcode.com>` and
  // `Amp-Thread-ID: https://ampcode.com/threads/T-<uuid>` (ghostty-org/ghostty, wevm/viem).
  row({
    id: 'amp',
    tool: 'Amp',
    emails: ['amp@ampcode.com'],
    domains: ['ampcode.com'],
    mailboxes: ['amp'],
    sessionLinks: [/\bampcode\.com\/threads\/T-/i],
    namedAs: [/\bAmp\b/, /\bampcode\b/i],
  }),

  // OpenHands: its system prompt commits as, or co-authors with, `openhands <openhands@all-hands.dev>`,
  // with the model in the name or mailbox (`OpenHands-GPT-5`, `openhands-claude@all-hands.dev`); before
  // the rename it was `OpenDevin <opendevin@opendevin.ai>` (All-Hands-AI/OpenHands history). The
  // resolver pushes `openhands-fix-issue-<n>` branches and opens PRs as openhands-agent.
  row({
    id: 'openhands',
    tool: 'OpenHands',
    emails: ['openhands@all-hands.dev'],
    domains: ['all-hands.dev', 'opendevin.ai'],
    mailboxes: ['openhands', 'opendevin'],
    logins: ['openhands-agent', 'openhands-ai[bot]'],
    agentNames: [/^(?:openhands|opendevin)(?:[- ][\w.() -]+)?$/i],
    branchPatterns: [/^openhands-fix-(?:issue|pr)-\d+/],
    namedAs: [/\bopenhands\b/i, /\bopendevin\b/i],
  }),

  // Sweep: the sweep-ai[bot] app (and its sweep-nightly / sweep-canary builds) opens PRs from
  // `sweep/<slug>` branches ending "This is an automated message generated by [Sweep AI](https://sweep.dev)"
  // (sweepai/sweep).
  row({
    id: 'sweep',
    tool: 'Sweep',
    logins: ['sweep-ai[bot]', 'sweep-nightly[bot]', 'sweep-canary[bot]'],
    branchPatterns: [/^sweep\//],
    bodyMarkers: [/\bautomated message generated by \[?Sweep AI\b/i],
    namedAs: [/\bsweep(?:\.dev| ai)\b/i, /\bSweep\b/],
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
    agentNames: [/^gitlab duo$/i],
    messageMarkers: [/^Duo-Session:\s*https?:\/\/\S+\/-\/automate\/agent-sessions\//i],
    namedAs: [/\bgitlab duo\b/i, /\bDuo\b/],
  }),

  // Qwen Code: adds `Co-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>` (QwenLM/qwen-code#2899).
  row({
    id: 'qwen-code',
    tool: 'Qwen Code',
    emails: ['qwen-coder@alibabacloud.com'],
    agentNames: [/^qwen[ -]code(?:r)?$/i],
    namedAs: [/\bqwen(?:[ -]code(?:r)?)?\b/i],
  }),

  // Crush (Charm): "💘 Generated with Crush" (also 🤖, 💖, 🐰) and `Assisted-by: <model> via Crush
  // <crush@charm.land>`; earlier releases co-authored as `Crush <noreply@crush.charm.land>` and
  // "Charm Crush", and as `<model> via Crush <charmcrush@users.noreply.github.com>` (charmbracelet/crush).
  row({
    id: 'crush',
    tool: 'Crush',
    emails: ['crush@charm.land', 'noreply@crush.charm.land'],
    domains: ['charm.land', 'charm.sh'],
    mailboxes: ['crush'],
    logins: ['charmcrush'],
    agentNames: [/^(?:charm )?crush$/i],
    namedAs: [/\b(?:charm )?Crush\b/],
  }),

  // opencode: "🤖 Generated with [opencode](https://opencode.ai)" and
  // `Co-Authored-By: opencode <noreply@opencode.ai>`; agents set up by hand commit as
  // `OpenCode Agent <agent@opencode.local>`; the GitHub app is opencode-agent[bot] (sst/opencode).
  row({
    id: 'opencode',
    tool: 'opencode',
    emails: ['noreply@opencode.ai'],
    domains: ['opencode.ai', 'opencode.local'],
    mailboxes: ['opencode'],
    logins: ['opencode-agent[bot]'],
    agentNames: [/^opencode(?: agent)?$/i],
    namedAs: [/\bopencode\b/i],
  }),

  // Continue: "Generated with [Continue](https://continue.dev)" and
  // `Co-Authored-By: Continue <noreply@continue.dev>`; its agents commit as continue[bot] (230936708),
  // continue-staging[bot] (230944351) or `Continue Agent <noreply@continue.dev>` (continuedev/continue).
  row({
    id: 'continue',
    tool: 'Continue',
    emails: ['noreply@continue.dev'],
    domains: ['continue.dev'],
    mailboxes: ['continue'],
    logins: ['continue[bot]'],
    agentNames: [/^continue agent$/i],
    namedAs: [/\bContinue(?= ?(?:\]|\(|agent\b|Agent\b|CLI\b|\.dev\b))/, /\bcontinue\.dev\b/i],
  }),

  // Kimi Code (Moonshot AI): `Co-Authored-By: Kimi K2.7 Code <noreply@kimi.com>`.
  row({
    id: 'kimi-code',
    tool: 'Kimi Code',
    emails: ['noreply@kimi.com'],
    domains: ['kimi.com', 'moonshot.ai', 'moonshot.cn'],
    mailboxes: ['kimi'],
    agentNames: [/^kimi(?: k\d[\w.]*)?(?: code| cli)$/i],
    namedAs: [/\bkimi(?: code| cli)\b/i],
  }),

  // Roo Code: the Roomote cloud agent commits as `Roo Code <roomote@roocode.com>` and roomote[bot]
  // (219738659, earlier roomote-v0[bot]) (RooCodeInc/Roo-Code).
  row({
    id: 'roo-code',
    tool: 'Roo Code',
    emails: ['roomote@roocode.com'],
    domains: ['roocode.com'],
    mailboxes: ['roomote', 'roo'],
    logins: ['roomote[bot]'],
    agentNames: [/^roo ?code$/i, /^roomote$/i],
    namedAs: [/\broo ?code\b/i, /\broomote\b/i],
  }),

  // Cline: its agent account `Cline Agent <cline-agent@users.noreply.github.com>` authors and co-authors
  // commits (cline/cline). A person surnamed Cline is not the agent.
  row({
    id: 'cline',
    tool: 'Cline',
    domains: ['cline.bot'],
    mailboxes: ['cline'],
    logins: ['cline-agent'],
    agentNames: [/^cline agent$/i],
    namedAs: [/\bcline\b/i],
  }),

  // Factory's Droid: `Co-authored-by: factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>`
  // (bytedance/deer-flow).
  row({
    id: 'factory-droid',
    tool: 'Factory Droid',
    domains: ['factory.ai'],
    mailboxes: ['droid'],
    logins: ['factory-droid[bot]'],
    agentNames: [/^(?:factory )?droid$/i],
    namedAs: [/\bfactory(?:[- ]ai)?[- ]droid\b/i, /\bDroid\b/],
  }),

  // Warp's agent: `Co-Authored-By: Warp <agent@warp.dev>` (massenz repositories); its cloud agent Oz
  // writes `Oz <oz-agent@warp.dev>`.
  row({
    id: 'warp',
    tool: 'Warp',
    emails: ['agent@warp.dev'],
    domains: ['warp.dev'],
    mailboxes: ['oz', 'warp'],
    namedAs: [/\bWarp(?: AI| Agent)?\b/],
  }),

  // Augment: its agent app commits as augment-app-staging[bot] (182802480) with itself and the
  // requester as co-authors (augmentcode repositories).
  row({
    id: 'augment',
    tool: 'Augment',
    domains: ['augmentcode.com'],
    mailboxes: ['augment', 'auggie'],
    logins: ['augment-app[bot]'],
    namedAs: [/\bAugment(?: Code| Agent)?\b/, /\bauggie\b/i],
  }),

  // Ellipsis: ellipsis-dev[bot] (65095814) authors "[Ellipsis] fix: ..." commits (RooCodeInc/Roo-Code).
  row({
    id: 'ellipsis',
    tool: 'Ellipsis',
    logins: ['ellipsis-dev[bot]'],
    namedAs: [/\bellipsis\.dev\b/i],
  }),

  // ForgeCode: `Co-Authored-By: ForgeCode <noreply@forgecode.dev>` (tailcallhq/forgecode).
  row({
    id: 'forgecode',
    tool: 'ForgeCode',
    emails: ['noreply@forgecode.dev'],
    domains: ['forgecode.dev'],
    mailboxes: ['forge'],
    agentNames: [/^forge ?code$/i],
    namedAs: [/\bforge ?code\b/i],
  }),

  // claude-flow, an agent orchestrator: `Co-Authored-By: claude-flow <ruv@ruv.net>` (ruvnet/claude-flow users).
  row({
    id: 'claude-flow',
    tool: 'claude-flow',
    agentNames: [/^claude-flow$/i],
    namedAs: [/\bclaude-flow\b/i],
  }),

  // Pi, the coding agent: named in disclosures, "I used Pi with GPT-5.6 ..." (ghostty-org/ghostty).
  row({
    id: 'pi',
    tool: 'Pi',
    namedAs: [/(?<!Raspberry\s)\bPi\b(?!\s?\d)/],
  }),

  // JetBrains Junie: instructions ask it to add `Co-authored-by: Junie <junie@jetbrains.com>`; its
  // GitHub account is junie-agent (247260674) (T45K/github-diary).
  row({
    id: 'junie',
    tool: 'Junie',
    emails: ['junie@jetbrains.com'],
    logins: ['junie-agent'],
    namedAs: [/\bJunie\b/],
  }),

  // Block's goose: `Co-Authored-By: goose <goose@block.xyz>` or `<goose-agent@block.xyz>`, and the
  // aaif-goose account (271095942).
  row({
    id: 'goose',
    tool: 'goose',
    emails: ['goose@block.xyz', 'goose-agent@block.xyz'],
    logins: ['aaif-goose'],
    namedAs: [/\bgoose(?= ?(?:\]|agent|by block))/i, /\bGoose\b/],
  }),

  // Replit Agent: checkpoint commits carry `Replit-Commit-Author: Agent` with
  // `Replit-Commit-Session-Id:` and `Replit-Commit-Checkpoint-Type:` trailers.
  row({
    id: 'replit',
    tool: 'Replit Agent',
    messageMarkers: [/^Replit-Commit-Author:\s*(?:Agent|Assistant)\s*$/i],
    namedAs: [/\breplit(?: agent| ai)?\b/i],
  }),

  // Lovable: the project's agent commits as gpt-engineer-app[bot], GitHub login lovable-dev[bot] (159125892).
  row({
    id: 'lovable',
    tool: 'Lovable',
    logins: ['gpt-engineer-app[bot]', 'lovable-dev[bot]'],
    namedAs: [/\bLovable\b/],
  }),

  // Cosine's agent co-authors as `Cosine <agent@cosine.sh>` (Aider-AI/aider).
  row({
    id: 'cosine',
    tool: 'Cosine',
    emails: ['agent@cosine.sh'],
    domains: ['cosine.sh'],
    mailboxes: ['genie'],
    namedAs: [/\bcosine\.sh\b/i, /\bCosine Genie\b/],
  }),

  // Mistral Vibe: "Generated by Mistral Vibe." and `Co-Authored-By: Mistral Vibe <vibe@mistral.ai>`
  // (modelcontextprotocol/python-sdk).
  row({
    id: 'mistral-vibe',
    tool: 'Mistral Vibe',
    emails: ['vibe@mistral.ai'],
    domains: ['mistral.ai'],
    mailboxes: ['vibe'],
    namedAs: [/\bmistral vibe\b/i],
  }),

  // Codegen: codegen-sh[bot] opens and commits to pull requests.
  row({
    id: 'codegen',
    tool: 'Codegen',
    logins: ['codegen-sh[bot]'],
  }),

  // Tembo: tembo[bot] opens agent pull requests.
  row({
    id: 'tembo',
    tool: 'Tembo',
    logins: ['tembo[bot]'],
  }),

  // Kilo Code: kilo-code-bot[bot].
  row({
    id: 'kilo-code',
    tool: 'Kilo Code',
    logins: ['kilo-code-bot[bot]'],
    namedAs: [/\bkilo ?code\b/i],
  }),

  // AI reviewers whose suggestions, once accepted, credit the app as co-author:
  // `coderabbitai[bot] <136622811+...>`, `greptile-apps[bot] <165735046+...>`, `cubic-dev-ai[bot] <191113872+...>`.
  row({ id: 'coderabbit', tool: 'CodeRabbit', logins: ['coderabbitai[bot]'], namedAs: [/\bcoderabbit\b/i] }),
  row({ id: 'greptile', tool: 'Greptile', logins: ['greptile-apps[bot]'], namedAs: [/\bgreptile\b/i] }),
  row({ id: 'cubic', tool: 'cubic', logins: ['cubic-dev-ai[bot]'] }),
];
