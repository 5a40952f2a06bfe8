/**
 * What differs between GitHub Actions, GitLab CI and a laptop lives behind this interface and nowhere
 * else: how options arrive, which change and request to judge, where the policy comes from, and how
 * results are published.
 */
import type { Change } from '../model.js';
import type { Evaluation } from '../evaluation.js';
import type { Platform as PlatformName } from '../report/audit.js';
import type { Range } from '../git/range.js';

export interface Published {
  evaluation: Evaluation;
  change: Change;
  markdown: string;
  audit: Record<string, unknown>;
  exitCode: number;
}

export interface PlatformAdapter {
  name: PlatformName;
  /** The range to judge: explicit options first, then what the platform's event says. */
  range(): Promise<Range>;
  /** Publishes results where this platform's users look. */
  publish(result: Published): Promise<void>;
}
