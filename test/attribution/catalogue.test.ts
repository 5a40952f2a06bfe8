/**
 * One case per catalogue row, built from strings the tools really write (the catalogue comments say
 * where each was observed). Adding a row without a case here fails the coverage test below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AI_TOOLS } from '../../src/core/attribution/catalogue.js';
import { projectRoot } from '../helpers/corpus.js';
import { attributeCommit } from '../../src/core/attribution/detect-commit.js';
import { attributeRequest } from '../../src/core/attribution/detect-request.js';
import type { EvidenceSignal } from '../../src/core/attribution/types.js';
import type { Commit, RequestInfo } from '../../src/core/model.js';
import { GITHUB_WEB, HUMAN, NO_OPTIONS, commit, request } from './build.js';

interface CommitCase {
  row: string;
  name: string;
  commit: Commit;
  signals: EvidenceSignal[];
}

interface RequestCase {
  row: string;
  name: string;
  request: RequestInfo;
  signals: EvidenceSignal[];
}

const COMMIT_CASES: CommitCase[] = [
  {
    row: 'github-copilot',
    name: 'coding agent commit: agent author, logs link, requester co-author',
    commit: commit(
      'Add AI-optimized vault structure\n\nAgent-Logs-Url: https://github.com/octo-org/vault/sessions/31474705-fbd9-4eed-bbb9-f011558ccd5e\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>\n',
      { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
      GITHUB_WEB,
    ),
    // Agent-Logs-Url names no tool of its own (the Claude agent on GitHub writes it too); the author does.
    signals: ['author-email', 'trailer'],
  },
  {
    row: 'github-copilot',
    name: 'Copilot CLI co-author and session trailer (ghostty-org/ghostty)',
    commit: commit(
      'terminal: report modifyOtherKeys state via XTQMODKEYS\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\nCopilot-Session: 9b663367-2ceb-4a1d-b634-28f22ef0a653\nSigned-off-by: Ayman Bagabas <ayman.bagabas@gmail.com>\n',
    ),
    signals: ['co-author-trailer', 'trailer'],
  },
  {
    row: 'github-copilot',
    name: 'Copilot Autofix through the code quality app (simply-ministry)',
    commit: commit('Apply suggested fix from Copilot Autofix\n\nCo-authored-by: Copilot Autofix powered by AI <223894421+github-code-quality[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'github-copilot',
    name: 'Copilot Workspace session link (cline/cline)',
    commit: commit('Split the cline.ts file into meaningful pieces\n\n---\n\nFor more details, open the [Copilot Workspace session](https://copilot-workspace.githubnext.com/cline/cline?shareId=XXXX-XXXX-XXXX-XXXX).\n'),
    signals: ['session-link'],
  },
  {
    row: 'github-copilot',
    name: 'Copilot CLI co-author',
    commit: commit('feat(jobs): add retry queue\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'github-copilot',
    name: 'squash merge crediting the coding agent and a review suggestion',
    commit: commit(
      'Fix nil info.Length panic (#15460)\n\n* first\n\n---------\n\nCo-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>\nCo-authored-by: Copilot Autofix powered by AI <175728472+Copilot@users.noreply.github.com>\n',
      HUMAN,
      GITHUB_WEB,
    ),
    signals: ['co-author-trailer', 'co-author-trailer'],
  },
  {
    row: 'github-copilot',
    name: 'VS Code AI co-author',
    commit: commit('Refactor parser\n\nCo-authored-by: Copilot <copilot@github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'claude-code',
    name: 'Claude Code footer and model-named co-author',
    commit: commit(
      'Add retry to the uploader\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
    ),
    // Evidence lists identities, then trailers, then message lines.
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'claude-code',
    name: 'Claude Code on the web: Claude as author, session trailer',
    commit: commit(
      'fix: verify dependencies at startup\n\nCo-Authored-By: Claude Opus 5 (1M context) <noreply@anthropic.com>\nClaude-Session: https://claude.ai/code/session_01MgNYH1A9cGSt3nU71SJKyc\n',
      { name: 'Claude', email: 'noreply@anthropic.com' },
    ),
    signals: ['author-email', 'committer-email', 'co-author-trailer', 'trailer'],
  },
  {
    row: 'claude-code',
    name: 'bare session link as the last line (google-gemini/gemini-cli)',
    commit: commit('Add YouTube URL support to read_file tool\n\nWhen a YouTube URL is passed as file_path, the tool now returns a\nfileData part.\n\nhttps://claude.ai/code/session_01Se6zXc5iRYA89XjMo9stxe\n'),
    signals: ['session-link'],
  },
  {
    row: 'claude-code',
    name: 'the Claude agent on GitHub (bytedance/deer-flow)',
    commit: commit('Fix lint', { name: 'anthropic-code-agent[bot]', email: '242468646+Claude@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'claude-code',
    name: 'agent name on a personal address',
    commit: commit('Add config', { name: 'Claude Code', email: 'ghadimhawej@outlook.com' }),
    signals: ['author-name', 'committer-name'],
  },
  {
    row: 'claude',
    name: 'kernel Assisted-by AGENT:MODEL (btrfs)',
    commit: commit('btrfs: fix a race\n\nAssisted-by: Claude:claude-opus-4-6\n\nSigned-off-by: Josef Bacik <josef@toxicpanda.com>\n'),
    signals: ['trailer'],
  },
  {
    row: 'claude',
    name: 'an Anthropic mailbox that is not Claude Code\'s (fedora-infra)',
    commit: commit('Fix spec\n\nCo-authored-by: Claude <claude@anthropic.com>\nSigned-off-by: Gordon Messmer <gmessmer@redhat.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'claude-code',
    name: 'Claude GitHub app as author',
    commit: commit('fix: deflake login test', { name: 'claude[bot]', email: '209825114+claude[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'cursor',
    name: 'Cursor agent author and co-author',
    commit: commit(
      'Fix copy/paste column alignment\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n',
      { name: 'Cursor Agent', email: 'cursoragent@cursor.com' },
    ),
    signals: ['author-email', 'committer-email', 'co-author-trailer'],
  },
  {
    row: 'cursor',
    name: 'Made-with trailer',
    commit: commit('complete fix: liquidity rows\n\nMade-with: Cursor\n'),
    signals: ['message-marker'],
  },
  {
    row: 'cursor',
    name: 'cursor[bot] as co-author',
    commit: commit('Tidy handlers\n\nCo-authored-by: cursor[bot] <206951365+cursor[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'aider',
    name: 'author and committer name suffix',
    commit: commit('Add input validation', { name: 'Jane Dev (aider)', email: 'jane@example.com' }),
    signals: ['author-name-suffix', 'committer-name-suffix'],
  },
  {
    row: 'aider',
    name: 'co-author with the model in parentheses',
    commit: commit('Aider edit\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'aider',
    name: 'co-author at the noreply address',
    commit: commit('Fix bug\n\nCo-authored-by: aider (openai/gpt-4o) <noreply@aider.chat>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'aider',
    name: 'subject prefix',
    commit: commit('aider: Added a --verbose flag to the CLI'),
    signals: ['message-marker'],
  },
  {
    row: 'openai-codex',
    name: 'Codex CLI hook trailer',
    commit: commit('Use prompt-based co-author attribution\n\nCo-authored-by: Codex <noreply@openai.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'devin',
    name: 'Devin as author',
    commit: commit(
      'Implement endpoint',
      { name: 'devin-ai-integration[bot]', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    ),
    signals: ['author-email', 'committer-email'],
  },
  {
    row: 'google-jules',
    name: 'Jules co-author on a squash merge',
    commit: commit(
      'perf: eliminate N+1 queries\n\nCo-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>\nCo-authored-by: gabrielima7 <230595838+gabrielima7@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'gemini-code-assist',
    name: 'accepted review suggestion',
    commit: commit(
      'feat: add gc_threshold arg (#21481)\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'gemini-cli',
    name: 'Gemini CLI identity as co-author',
    commit: commit('docs: refresh setup\n\nCo-Authored-By: gemini-cli <218195315+gemini-cli@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'amazon-q',
    name: 'Amazon Q Developer as co-author',
    commit: commit(
      'Add OASIS integration\n\nCo-authored-by: amazon-q-developer[bot] <208079219+amazon-q-developer[bot]@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'kiro',
    name: 'Kiro agent as author',
    commit: commit('Implement spec tasks', { name: 'kiro-agent[bot]', email: '245459735+kiro-agent[bot]@users.noreply.github.com' }, HUMAN),
    signals: ['author-email'],
  },
  {
    row: 'amp',
    name: 'Amp trailers',
    commit: commit(
      'Update log4j to 2.15.1\n\nCo-authored-by: Amp <amp@ampcode.com>\nAmp-Thread-ID: https://ampcode.com/threads/T-652c6d27-8ae1-4e61-923d-a4d40071cb4b\n',
    ),
    signals: ['co-author-trailer', 'trailer'],
  },
  {
    row: 'openhands',
    name: 'OpenHands as author and co-author',
    commit: commit(
      'fix: add requirements-lock check\n\nCo-authored-by: openhands <openhands@all-hands.dev>\n',
      { name: 'openhands', email: 'openhands@all-hands.dev' },
      HUMAN,
    ),
    signals: ['author-email', 'co-author-trailer'],
  },
  {
    row: 'sweep',
    name: 'Sweep app as author (id-less noreply address)',
    commit: commit('Add changelog', { name: 'sweep-ai[bot]', email: 'sweep-ai[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'windsurf',
    name: 'accepted Windsurf review suggestion',
    commit: commit(
      'Apply suggestion\n\nCo-authored-by: windsurf-bot[bot] <189301087+windsurf-bot[bot]@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'gitlab-duo',
    name: 'Duo Agent Platform hook trailers',
    commit: commit(
      'Add pagination\n\nCo-authored-by: GitLab Duo <duo@gitlab.com>\nDuo-Session: https://gitlab.example.com/group/project/-/automate/agent-sessions/abc-123\n',
    ),
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'gitlab-duo',
    name: 'Duo executor as author',
    commit: commit('Add pagination', { name: 'Duo Developer', email: 'duo.workflow.agent@gitlab.com' }, HUMAN),
    signals: ['author-email'],
  },
  {
    row: 'qwen-code',
    name: 'Qwen Code co-author',
    commit: commit('chore: bump deps\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'openai-codex',
    name: 'kernel Assisted-by naming Codex (libbpf)',
    commit: commit('selftests/bpf: fix uprobe test\n\nAssisted-by: Codex:GPT-5.4\nSigned-off-by: Jiri Olsa <jolsa@kernel.org>\n'),
    signals: ['trailer'],
  },
  {
    row: 'openai-codex',
    name: 'hand-configured Codex identity (openai/codex forks)',
    commit: commit('Fix', { name: 'Codex', email: 'codex@local' }),
    signals: ['author-name', 'committer-name'],
  },
  {
    row: 'chatgpt',
    name: 'kernel Assisted-by naming ChatGPT (libbpf/bpftool)',
    commit: commit('bpftool: Use libbpf error code\n\nLink: https://lore.kernel.org/bpf/x\n\nAssisted-by: ChatGPT:gpt-5.5\n'),
    signals: ['trailer'],
  },
  {
    row: 'gemini',
    name: 'kernel Assisted-by naming Gemini (linux perf via libbpf/bpftool)',
    commit: commit('perf: fix map\n\nAssisted-by: Gemini:gemini-3.1-pro-preview\nSigned-off-by: Ian Rogers <irogers@google.com>\n'),
    signals: ['trailer'],
  },
  {
    row: 'google-antigravity',
    name: 'Apache template answer (apache/spark-kubernetes-operator)',
    commit: commit(
      '[SPARK-1] Bump\n\n### Was this patch authored or co-authored using generative AI tooling?\n\nGenerated-by: `Gemini 3.1 Pro (High)` on `Antigravity`\n\nCloses #580 from dongjoon-hyun/SPARK-56162.\n\nAuthored-by: Dongjoon Hyun <dongjoon@apache.org>\nSigned-off-by: Dongjoon Hyun <dongjoon@apache.org>\n',
    ),
    signals: ['trailer', 'disclosure'],
  },
  {
    row: 'crush',
    name: 'Crush footer and Assisted-by (charmbracelet/crush)',
    commit: commit('fix(ui): wrap\n\n💘 Generated with Crush\n\nAssisted-by: Kimi K2.5 via Crush <crush@charm.land>\n'),
    signals: ['trailer', 'message-marker'],
  },
  {
    row: 'crush',
    name: 'older Crush co-author address',
    commit: commit('feat: tools\n\n💖 Generated with Crush\nCo-Authored-By: Crush <noreply@crush.charm.land>\n'),
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'opencode',
    name: 'opencode footer and co-author (charmbracelet/crush)',
    commit: commit('fix: lsp\n\n🤖 Generated with [opencode](https://opencode.ai)\n\nCo-Authored-By: opencode <noreply@opencode.ai>\n'),
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'opencode',
    name: 'hand-configured agent identity (bytedance/deer-flow)',
    commit: commit('Add docs', { name: 'OpenCode Agent', email: 'agent@opencode.local' }),
    signals: ['author-email', 'committer-email'],
  },
  {
    row: 'continue',
    name: 'Continue footer and co-author (continuedev/continue)',
    commit: commit('Add emojis to README\n\nGenerated with [Continue](https://continue.dev)\n\nCo-Authored-By: Continue <noreply@continue.dev>\n', { name: 'continue[bot]', email: 'continue[bot]@users.noreply.github.com' }),
    signals: ['author-email', 'committer-email', 'co-author-trailer', 'message-marker'],
  },
  {
    row: 'continue',
    name: 'the staging app',
    commit: commit('Fix', { name: 'continue-staging[bot]', email: '230944351+continue-staging[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'kimi-code',
    name: 'Kimi Code co-author (MoonshotAI/kimi-cli)',
    commit: commit('test: snapshot\n\nCo-Authored-By: Kimi K2.7 Code <noreply@kimi.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'roo-code',
    name: 'Roomote identity (RooCodeInc/Roo-Code)',
    commit: commit('fix: route codex models', { name: 'Roo Code', email: 'roomote@roocode.com' }),
    signals: ['author-email', 'committer-email'],
  },
  {
    row: 'roo-code',
    name: 'the older app name',
    commit: commit('Fix', { name: 'roomote-v0[bot]', email: '219738659+roomote-v0[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'cline',
    name: 'Cline agent account (cline/cline)',
    commit: commit('refactor\n\nCo-authored-by: Cline Agent <cline-agent@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'factory-droid',
    name: 'Droid co-author (bytedance/deer-flow)',
    commit: commit('fix tsconfig\n\nCo-authored-by: factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'warp',
    name: 'Warp co-author (massenz/go-statemachine)',
    commit: commit('Use zerolog directly\n\nCo-Authored-By: Warp <agent@warp.dev>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'augment',
    name: 'Augment agent app (augmentcode/auggie)',
    commit: commit('Update changelog', { name: 'augment-app-staging[bot]', email: '182802480+augment-app-staging[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'ellipsis',
    name: 'Ellipsis app (RooCodeInc/Roo-Code)',
    commit: commit('[Ellipsis] fix: exclude logins\n\nCo-authored-by: ellipsis-dev[bot] <65095814+ellipsis-dev[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'forgecode',
    name: 'ForgeCode co-author (tailcallhq/forgecode)',
    commit: commit('feat: provider\n\nCo-Authored-By: ForgeCode <noreply@forgecode.dev>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'claude-flow',
    name: 'claude-flow co-author (ghostty-org/ghostty)',
    commit: commit('fix\n\nCo-Authored-By: claude-flow <ruv@ruv.net>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'pi',
    name: 'disclosure naming Pi (ghostty-org/ghostty)',
    commit: commit('Trim trailing spaces\n\nAI disclosure: Pi using GPT-5.6 Terra High was used to investigate and write this change.\n'),
    signals: ['disclosure'],
  },
  {
    row: 'junie',
    name: 'Junie co-author (T45K/github-diary)',
    commit: commit('Add GitHub Actions test workflow\n\nCo-authored-by: Junie <junie@jetbrains.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'junie',
    name: 'Junie account',
    commit: commit('refactor\n\nCo-authored-by: junie-agent <247260674+junie-agent@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'goose',
    name: 'goose co-author',
    commit: commit('Add Gemini provider\n\nCo-Authored-By: goose <goose@block.xyz>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'replit',
    name: 'Replit Agent checkpoint',
    commit: commit(
      'Update design theme\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: eab79a91-6ab5-47a2-b8a8-1c4ca71638af\nReplit-Commit-Checkpoint-Type: full_checkpoint\n',
    ),
    signals: ['message-marker'],
  },
  {
    row: 'lovable',
    name: 'Lovable agent',
    commit: commit('Changes', { name: 'gpt-engineer-app[bot]', email: '159125892+gpt-engineer-app[bot]@users.noreply.github.com' }),
    signals: ['author-email', 'committer-email'],
  },
  {
    row: 'cosine',
    name: 'Cosine co-author (Aider-AI/aider)',
    commit: commit('Fix the repo map\n\nCo-authored-by: Cosine <agent@cosine.sh>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'gemini',
    name: 'Gemini co-author without an address (google-gemini/gemini-cli)',
    commit: commit('fix: tool output\n\nCo-authored-by: Gemini\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'crush',
    name: 'model via Crush on the charmcrush account (charmbracelet/crush)',
    commit: commit('fix: lsp restart\n\nCo-authored-by: claude-sonnet-4-6 via Crush <charmcrush@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'mistral-vibe',
    name: 'Mistral Vibe footer and co-author (modelcontextprotocol/python-sdk)',
    commit: commit('fix: bump opentelemetry-api minimum\n\nGenerated by Mistral Vibe.\nCo-Authored-By: Mistral Vibe <vibe@mistral.ai>\n'),
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'codegen',
    name: 'Codegen app',
    commit: commit('Fix', { name: 'codegen-sh[bot]', email: 'codegen-sh[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'tembo',
    name: 'Tembo app',
    commit: commit('Fix', { name: 'tembo[bot]', email: 'tembo[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'kilo-code',
    name: 'Kilo Code app',
    commit: commit('Fix', { name: 'kilo-code-bot[bot]', email: 'kilo-code-bot[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'coderabbit',
    name: 'accepted CodeRabbit suggestion (bhklab/med-imagetools)',
    commit: commit('fix: Update src/imgtools/logging/__init__.py\n\nCo-authored-by: coderabbitai[bot] <136622811+coderabbitai[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'greptile',
    name: 'accepted Greptile suggestion',
    commit: commit('Update skills/SKILL.md\n\nCo-authored-by: greptile-apps[bot] <165735046+greptile-apps[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'cubic',
    name: 'accepted cubic suggestion',
    commit: commit('Update docs\n\nCo-authored-by: cubic-dev-ai[bot] <191113872+cubic-dev-ai[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'amazon-q',
    name: 'documentation job footer (aws/amazon-q-developer-cli)',
    commit: commit('Update docs based on PR #2533\n\nAuto-generated by Q\n', { name: 'docs-generator[bot]', email: 'docs-generator[bot]@amazon.com' }),
    signals: ['message-marker'],
  },
];

const REQUEST_CASES: RequestCase[] = [
  {
    row: 'github-copilot',
    name: 'coding agent pull request',
    request: request({ author: 'Copilot', authorIsBot: true, sourceBranch: 'copilot/fix-123', labels: ['copilot'] }),
    signals: ['request-author', 'branch-prefix', 'label'],
  },
  {
    row: 'claude-code',
    name: 'claude-code-action branch, app author and footer',
    request: request({
      author: 'claude[bot]',
      sourceBranch: 'claude/issue-12-20250601-1200',
      body: 'Retries uploads.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)',
    }),
    signals: ['request-author', 'branch-prefix', 'body-marker'],
  },
  {
    row: 'cursor',
    name: 'background agent branch and agent link',
    request: request({
      author: 'jane',
      sourceBranch: 'cursor/fix-login-redirect-3f2a',
      body: 'Fixes the redirect.\n\n[Open in Cursor](https://cursor.com/agents?id=bc-d68dcb7c-9938-45e3-afb4-3551a92a052e)',
    }),
    signals: ['branch-prefix', 'body-marker'],
  },
  {
    row: 'cursor',
    name: 'Cloud Agent PR footer with its branch',
    request: request({
      author: 'jordanl17',
      sourceBranch: 'cursor/sapp-1234-branch-names-8a1e',
      body: 'Include the Linear issue id in branch names.\n\n---\n\nThis pull request contains changes generated by a Cursor Cloud Agent\n\n<div><a href="https://cursor.com/agents/bc-a5c58b11-6f95-4565-9ebb-bff792a7f054?cursor_ref=pr_footer&cursor_cta=open_in_web"><picture><img alt="Open in Web" src="https://cursor.com/assets/images/open-in-web-dark.png"></picture></a>&nbsp;<a href="https://cursor.com/background-agent?bcId=bc-a5c58b11-6f95-4565-9ebb-bff792a7f054&cursor_ref=pr_footer&cursor_cta=open_in_cursor">Open in Cursor</a></div>',
    }),
    // The sentence and the one line holding both links are two body lines.
    signals: ['branch-prefix', 'body-marker', 'body-marker'],
  },
  {
    row: 'openai-codex',
    name: 'Codex cloud task',
    request: request({
      author: 'jane',
      sourceBranch: 'codex/add-retry-queue',
      body: '## Summary\n- add retry\n\n------\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_694400e34efc8325807c70c531c15e20)',
    }),
    signals: ['branch-prefix', 'body-marker'],
  },
  {
    row: 'devin',
    name: 'Devin pull request',
    request: request({
      author: 'devin-ai-integration[bot]',
      sourceBranch: 'devin/1712345678-add-endpoint',
      body: 'Adds the endpoint.\n\nLink to Devin run: https://app.devin.ai/sessions/a14c168d0f11439db44860592bd04eb1\nRequested by: @anikdhabal',
    }),
    signals: ['request-author', 'branch-prefix', 'body-marker'],
  },
  {
    row: 'google-jules',
    name: 'Jules pull request',
    request: request({
      author: 'google-labs-jules[bot]',
      body: 'Adds a plan generator.\n\n---\n*PR created automatically by Jules for task [9534672763496798450](https://jules.google.com/task/9534672763496798450) started by @arii*',
    }),
    signals: ['request-author', 'body-marker'],
  },
  {
    row: 'amazon-q',
    name: 'Amazon Q Developer agent branch',
    request: request({ author: 'amazon-q-developer[bot]', sourceBranch: 'Q-DEV-issue-10-1751593521' }),
    signals: ['request-author', 'branch-prefix'],
  },
  {
    row: 'openhands',
    name: 'OpenHands resolver',
    request: request({ author: 'openhands-agent', sourceBranch: 'openhands-fix-issue-42' }),
    signals: ['request-author', 'branch-prefix'],
  },
  {
    row: 'sweep',
    name: 'Sweep pull request',
    request: request({ author: 'sweep-ai[bot]', sourceBranch: 'sweep/add-changelog' }),
    signals: ['request-author', 'branch-prefix'],
  },
  {
    row: 'amp',
    name: 'single-commit request repeating the Amp trailers',
    request: request({
      author: 'jane',
      body: 'Update log4j\n\nCo-authored-by: Amp <amp@ampcode.com>\nAmp-Thread-ID: https://ampcode.com/threads/T-652c6d27-8ae1-4e61-923d-a4d40071cb4b',
    }),
    // The co-author line and the thread line are two separate lines of evidence.
    signals: ['body-marker', 'body-marker'],
  },
  {
    row: 'gitlab-duo',
    name: 'merge request opened by the Duo service account',
    request: request({ author: 'duo-developer', url: 'https://gitlab.example.com/group/project/-/merge_requests/7' }),
    signals: ['request-author'],
  },
];

function toolOf(rowId: string): string {
  const row = AI_TOOLS.find((t) => t.id === rowId);
  if (!row) throw new Error(`no catalogue row ${rowId}`);
  return row.tool;
}

describe('every catalogue row has a real-world case', () => {
  it('covers each row with at least one commit or request case', () => {
    const covered = new Set([...COMMIT_CASES, ...REQUEST_CASES].map((c) => c.row));
    expect(AI_TOOLS.map((t) => t.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('the README lists every row, and only rows', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('| Tool | Identities | Lines and links | Branches |'));
    const lines = section.split('\n').slice(2);
    const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith('| '))).map((l) => l.split(' | ')[0]!.slice(2));
    expect(rows).toEqual(AI_TOOLS.map((t) => t.tool));
  });

  it('row ids and tool names are unique', () => {
    expect(new Set(AI_TOOLS.map((t) => t.id)).size).toBe(AI_TOOLS.length);
    expect(new Set(AI_TOOLS.map((t) => t.tool)).size).toBe(AI_TOOLS.length);
  });
});

describe('commit signatures', () => {
  it.each(COMMIT_CASES.map((c) => [`${c.row}: ${c.name}`, c] as const))('%s', (_n, c) => {
    const result = attributeCommit(c.commit, NO_OPTIONS);
    expect(result.aiAssisted).toBe(true);
    expect(result.tools).toEqual([toolOf(c.row)]);
    expect(result.evidence.map((e) => e.signal)).toEqual(c.signals);
  });
});

describe('request signatures', () => {
  it.each(REQUEST_CASES.map((c) => [`${c.row}: ${c.name}`, c] as const))('%s', (_n, c) => {
    const evidence = attributeRequest(c.request, NO_OPTIONS);
    expect(evidence.map((e) => e.signal)).toEqual(c.signals);
    expect(new Set(evidence.map((e) => e.tool))).toEqual(new Set([toolOf(c.row)]));
  });
});
