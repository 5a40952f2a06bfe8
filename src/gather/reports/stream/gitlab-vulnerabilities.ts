/**
 * GitLab security report vulnerabilities met one at a time. GitLab writes `scan` — the scanner's name
 * and the report type — after the vulnerabilities, so each is read on its own and the report-wide facts
 * are settled at the end, in the order the whole-document reader checks them.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult } from '../reader.js';
import { isObject, type JsonObject } from '../readers/json-path.js';
import {
  GitlabFormatClues,
  gitlabRoot,
  isGitlabSecurityReport,
  readVulnerability,
  reportWide,
  settleVulnerability,
  vulnerabilityAt,
  type VulnerabilityRead,
} from '../readers/gitlab-security.js';
import type { PathStep } from './json-splitter.js';

export class GitlabVulnerabilities {
  /** The (last) `vulnerabilities` array was streamed. */
  streamed = false;
  private reads: VulnerabilityRead[] = [];
  private clues = new GitlabFormatClues();
  private first: { value: unknown } | undefined;
  /** An element that is not an object: the whole-document reader checks that before anything else. */
  /** What a failed read threw, kept to be rethrown in the whole-document reader's order. */
  private notObject?: { caught: unknown };
  private error?: { caught: unknown };

  constructor(private readonly ctx: ReadContext) {}

  key(path: readonly PathStep[], key: string): void {
    // A repeated key replaces the earlier value, as in JSON.parse.
    if (path.length === 0 && key === 'vulnerabilities') this.reset(false);
  }

  arrayOpens(path: readonly PathStep[]): boolean {
    if (path.length !== 1 || path[0] !== 'vulnerabilities') return false;
    this.reset(true);
    return true;
  }

  element(index: number, value: unknown): void {
    this.clues.see(value);
    if (index === 0) this.first = { value };
    if (this.notObject !== undefined) return;
    if (!isObject(value)) {
      try {
        vulnerabilityAt(value, index, this.ctx);
      } catch (e) {
        this.notObject = { caught: e };
      }
      return;
    }
    if (this.error !== undefined) return;
    try {
      this.reads.push(readVulnerability(vulnerabilityAt(value, index, this.ctx), this.ctx));
    } catch (e) {
      this.error = { caught: e };
    }
  }

  /** The document as the detector sees it: the skeleton with the first vulnerability put back. */
  isReport(skeleton: JsonObject): boolean {
    return this.streamed && isGitlabSecurityReport({ ...skeleton, vulnerabilities: this.first ? [this.first.value] : [] });
  }

  /** The format id, as gitlabFormatOf decides it for the whole document. */
  format(skeleton: JsonObject): string {
    return this.clues.formatWith(skeleton.scan);
  }

  /** The read, in the whole-document reader's order: element types, then `scan`, then each vulnerability. */
  finish(skeleton: JsonObject, format: string): ReadResult {
    const root = gitlabRoot(skeleton, this.ctx);
    root.requiredObjects('vulnerabilities');
    if (this.notObject !== undefined) throw this.notObject.caught;
    const first = this.first === undefined ? undefined : vulnerabilityAt(this.first.value, 0, this.ctx);
    const wide = reportWide(root, first, format);
    if (this.error !== undefined) throw this.error.caught;
    const findings = new Array<Finding>(this.reads.length);
    for (let i = 0; i < this.reads.length; i++) findings[i] = settleVulnerability(this.reads[i]!, wide, this.ctx);
    this.reads = [];
    return { tool: wide.tool, findings };
  }

  private reset(streamed: boolean): void {
    this.streamed = streamed;
    this.reads = [];
    this.clues = new GitlabFormatClues();
    this.first = undefined;
    this.notObject = undefined;
    this.error = undefined;
  }
}
