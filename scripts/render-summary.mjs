// Renders a Markdown summary the way a reviewer sees it (GitHub-like HTML) and, when Chromium is
// installed, takes a screenshot: node scripts/render-summary.mjs summary.md out.png
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';

const [input, output = 'summary.png'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/render-summary.mjs SUMMARY.md [OUT.png]');
  process.exit(2);
}
const md = new MarkdownIt({ html: true, linkify: true });
const body = md.render(readFileSync(input, 'utf8'));
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;max-width:900px;margin:24px auto;padding:0 16px}
h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}h3{margin-top:24px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d1d9e0;padding:4px 10px;vertical-align:top}
th{background:#f6f8fa}code{background:#eff1f3;border-radius:4px;padding:.1em .3em;font-size:85%}
blockquote{border-left:4px solid #0969da;margin:0;padding:0 12px;color:#1f2328;background:#f6f8fa}
sub{color:#59636e}</style></head><body>${body}</body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'summary-render-'));
const page = join(dir, 'summary.html');
writeFileSync(page, html);
execFileSync('chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--hide-scrollbars',
  '--window-size=1000,1400', `--screenshot=${resolve(output)}`, `file://${page}`,
], { stdio: 'ignore' });
console.log(`${resolve(output)} (HTML: ${page})`);
