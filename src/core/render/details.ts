/**
 * A collapsed section: GitHub and GitLab both render `<details>` with a `<summary>` line, and read the
 * Markdown between the blank lines inside it. The summary line is raw HTML, so its text goes through
 * htmlText; the body is Markdown the sections escaped already.
 */
import { htmlText } from './escape.js';

export function details(summary: string, body: string): string {
  return `<details><summary>${htmlText(summary)}</summary>\n\n${body.trim()}\n\n</details>\n`;
}
