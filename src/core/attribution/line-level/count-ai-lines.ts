/**
 * The arithmetic of line-level attribution, free of I/O: given who each commit's attribution data says wrote
 * which lines, and which lines each commit really added, how many of the change's added lines are AI's.
 *
 * - A line counts as AI only when the commit that added it claims it for AI. Claims for lines the commit did not
 *   add (context, older lines, a note that lists the whole file) are ignored.
 * - Within one commit and file, a later claim wins over an earlier one for the same line, as git-ai reads its
 *   notes; so a human claim after an AI claim takes the line back, and the last AI tool named gets the credit.
 * - Per file the total is clamped to the change's own added lines: a line added by one commit and removed by a
 *   later one is in a commit's claim but not in the change.
 */
import type { AddedLines } from './added-lines.js';
import { countLines, intersectRanges, subtractRanges, unionRanges, type LineRange } from './line-ranges.js';

export interface LineClaim {
  commit: string;
  /** The file's path at that commit. */
  path: string;
  kind: 'ai' | 'human';
  ranges: LineRange[];
  tool?: string;
  model?: string;
}

interface LineLevelFile {
  path: string;
  aiLines: number;
  tools: string[];
}

export interface LineLevelCount {
  aiLines: number;
  totalAddedLines: number;
  /** aiLines / totalAddedLines; absent when nothing was added. */
  share?: number;
  files: LineLevelFile[];
  tools: string[];
  models: string[];
}

/**
 * @param claims in the order their source wrote them (later wins)
 * @param addedByCommit lines each commit added; a commit missing from it (its diff could not be read) has its
 *   claims taken as they are, still clamped per file
 */
export function countAiLines(
  claims: readonly LineClaim[],
  addedLinesByFile: ReadonlyMap<string, number>,
  addedByCommit?: AddedLines,
): LineLevelCount {
  const groups = new Map<string, LineClaim[]>();
  for (const c of claims) {
    const key = `${c.commit}\0${c.path}`;
    const group = groups.get(key) ?? [];
    group.push(c);
    groups.set(key, group);
  }

  const perFile = new Map<string, { lines: number; tools: Set<string>; models: Set<string> }>();
  for (const group of groups.values()) {
    const { commit, path } = group[0]!;
    const commitAdded = addedByCommit?.get(commit);
    const added = commitAdded ? (commitAdded.get(path) ?? []) : undefined;
    let claimed: LineRange[] = [];
    let ai: LineRange[] = [];
    const credits: { tool?: string; model?: string; owned: LineRange[] }[] = [];
    for (let i = group.length - 1; i >= 0; i--) {
      const claim = group[i]!;
      const owned = subtractRanges(claim.ranges, claimed);
      claimed = unionRanges(claimed, claim.ranges);
      if (claim.kind !== 'ai') continue;
      const counted = added ? intersectRanges(owned, added) : owned;
      ai = unionRanges(ai, counted);
      credits.push({ tool: claim.tool, model: claim.model, owned: counted });
    }
    const lines = countLines(ai);
    if (lines === 0) continue;
    const file = perFile.get(path) ?? { lines: 0, tools: new Set<string>(), models: new Set<string>() };
    file.lines += lines;
    for (const c of credits) {
      if (c.owned.length === 0) continue;
      if (c.tool) file.tools.add(c.tool);
      if (c.model) file.models.add(c.model);
    }
    perFile.set(path, file);
  }

  const files: LineLevelFile[] = [];
  const tools = new Set<string>();
  const models = new Set<string>();
  for (const [path, f] of [...perFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const aiLines = Math.min(f.lines, addedLinesByFile.get(path) ?? 0);
    if (aiLines === 0) continue;
    files.push({ path, aiLines, tools: [...f.tools].sort() });
    f.tools.forEach((t) => tools.add(t));
    f.models.forEach((m) => models.add(m));
  }
  const aiLines = files.reduce((n, f) => n + f.aiLines, 0);
  const totalAddedLines = [...addedLinesByFile.values()].reduce((n, v) => n + v, 0);
  const result: LineLevelCount = {
    aiLines,
    totalAddedLines,
    files,
    tools: [...tools].sort(),
    models: [...models].sort(),
  };
  if (totalAddedLines > 0) result.share = aiLines / totalAddedLines;
  return result;
}

export type LineLevelMethod = 'git-ai' | 'agent-trace' | 'none';

/** The count of countAiLines, with the method that produced it and what had to be skipped. */
export interface LineLevelResult extends LineLevelCount {
  method: LineLevelMethod;
  /** e.g. "note for abc1234: malformed range '5-' in src/a.ts (line 2); skipped". */
  problems: string[];
}
