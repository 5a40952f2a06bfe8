/**
 * The summary as a reviewer sees it: its Markdown rendered to HTML the way GitHub renders a comment or
 * a job summary (markdown-it with raw HTML, GitHub-like styles), opened in a real headless Chromium,
 * screenshotted, and measured. Chromium comes from the system (Debian's `chromium`, installed by
 * `.ci/run`); `CHROMIUM_PATH` names another binary.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium, type BrowserContext } from 'playwright-core';
import { projectRoot } from './corpus.js';

export const VIEWPORT = { width: 1000, height: 720 } as const;

/** Where screenshots are kept: git-ignored, and uploaded by CI as an artifact. */
const ARTIFACTS = join(projectRoot, 'test-artifacts');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function chromiumPath(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Styles close to GitHub's Markdown rendering (github-markdown-css, light theme), enough for layout. */
const GITHUB_CSS = `
body { margin: 0; background: #fff; color: #1f2328; }
.markdown-body { box-sizing: border-box; max-width: 1012px; margin: 0 auto; padding: 24px 32px;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 16px; line-height: 1.5; word-wrap: break-word; }
.markdown-body h2 { margin: 0 0 16px; padding-bottom: .3em; font-size: 1.5em; font-weight: 600; line-height: 1.25; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body blockquote, .markdown-body details { margin-top: 0; margin-bottom: 16px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: .25em; }
.markdown-body code { padding: .2em .4em; margin: 0; font-size: 85%; white-space: break-spaces; background-color: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body a { color: #0969da; text-decoration: underline; text-underline-offset: .2rem; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body table th, .markdown-body table td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body table th { font-weight: 600; }
.markdown-body table tr:nth-child(2n) { background-color: #f6f8fa; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; margin-left: 0; }
.markdown-body summary { cursor: pointer; display: list-item; }
.markdown-body sub { font-size: 75%; }
`;

const md = new MarkdownIt({ html: true });

function githubHtml(markdown: string, title = 'summary'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${GITHUB_CSS}</style></head><body><article class="markdown-body">${md.render(markdown)}</article></body></html>`;
}

interface Box {
  top: number;
  bottom: number;
  text: string;
}

/** Where the first screen's parts are drawn: the verdict, each reason, the next action, the first collapsed section. */
export interface FirstScreen {
  verdict: Box | null;
  facts: Box | null;
  reasons: Box[];
  next: Box | null;
  firstDetails: Box | null;
  pageHeight: number;
}

/** Runs in the page (a string, so the project's Node types need no DOM library). */
const MEASURE = `(() => {
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, text: el.innerText };
  };
  const body = document.querySelector('.markdown-body');
  const verdict = body.querySelector('h2');
  const facts = verdict ? verdict.nextElementSibling : null;
  const list = facts && facts.nextElementSibling && facts.nextElementSibling.tagName === 'UL' ? facts.nextElementSibling : null;
  const next = [...body.querySelectorAll(':scope > p')].find((p) => /^(Next|In a pull or merge request|Signed off)\\b/.test(p.innerText)) || null;
  return {
    verdict: box(verdict),
    facts: box(facts),
    reasons: list ? [...list.children].map(box) : [],
    next: box(next),
    firstDetails: box(body.querySelector(':scope > details')),
    pageHeight: document.documentElement.scrollHeight,
  };
})()`;

export class SummaryBrowser {
  private context?: BrowserContext;
  private profile?: string;

  async start(): Promise<this> {
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH.');
    this.profile = mkdtempSync(join(tmpdir(), 'gate-chromium-'));
    // A fresh profile each run (Playwright passes it as --user-data-dir).
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath,
      headless: true,
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    return this;
  }

  async stop(): Promise<void> {
    await this.context?.close();
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }

  /** Renders `markdown`, saves the first screen and the whole page under `name`, and measures the first screen. */
  async look(markdown: string, name: string): Promise<FirstScreen> {
    const page = await this.context!.newPage();
    try {
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(githubHtml(markdown, name), { waitUntil: 'load' });
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${name}.png`);
      mkdirSync(dirname(file), { recursive: true });
      await page.screenshot({ path: file });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-full.png`), fullPage: true });
      return await page.evaluate<FirstScreen>(MEASURE);
    } finally {
      await page.close();
    }
  }
}
