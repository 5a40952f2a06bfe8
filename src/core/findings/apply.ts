/**
 * The findings policy, applied: given the reports read, the change and the policy, decide which findings
 * count and whether they exceed the limits. Pure and deterministic — no clock (`now` is passed in), no
 * file access (paths in reports are compared as text, never opened).
 *
 * Every finding ends in exactly one state, tested in this order: suppressed in the report, absent (the
 * report says it is gone), duplicate of an earlier one, waived, then in or out of scope.
 */
import type { Change, Finding } from '../model.js';
import type { Policy } from '../policy/schema.js';
import type { LoadedReport } from './report.js';
import { classifyNovelty, type Located } from './baseline.js';
import { markDuplicates } from './dedupe.js';
import { applySeverityOverrides } from './overrides.js';
import { OVER_THRESHOLD_CAP, severityRank, zeroCounts, type FindingsResult, type ListedFinding, type Novelty, type NoveltySource } from './result.js';
import { inChange, indexChange, repoPath, type ChangeIndex } from './scope.js';
import { checkThresholds } from './thresholds.js';
import { EXPIRING_SOON_DAYS, expiredViolation, hasMatcher, isExpired, tooBroadViolation, tooLongViolation, unusedViolation, waiverMatches, waiverStatus, waivesEverything } from './waivers.js';

export interface ApplyInput {
  reports: readonly LoadedReport[];
  /** Findings of the base revision (`--baseline` reports); when given they decide what is new. */
  baseline?: readonly Finding[];
  change: Pick<Change, 'files'>;
  policy: Pick<Policy, 'findings'>;
  now: Date;
  /** Absolute directories of the checkout, to make absolute report paths repository-relative. */
  roots?: readonly string[];
}

interface Live extends Located {
  novelty: Novelty;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Most severe first; ties by tool, rule, path, line, then message and fingerprint for a total order.
 * Findings are ordered before they become listed records, so only the few listed are ever made.
 */
function compareLive(a: Live, b: Live): number {
  const x = a.finding;
  const y = b.finding;
  return (
    severityRank(x.severity) - severityRank(y.severity) ||
    compareText(x.tool, y.tool) ||
    compareText(x.rule, y.rule) ||
    compareText(a.path ?? '', b.path ?? '') ||
    (x.location.startLine ?? 0) - (y.location.startLine ?? 0) ||
    compareText(x.message, y.message) ||
    compareText(x.fingerprint ?? '', y.fingerprint ?? '')
  );
}

function listed({ finding: f, path, novelty }: Live): ListedFinding {
  const item: ListedFinding = { tool: f.tool, rule: f.rule, severity: f.severity, message: f.message, state: novelty };
  if (path !== undefined) item.path = path;
  if (f.location.startLine !== undefined) item.line = f.location.startLine;
  if (f.fingerprint !== undefined) item.fingerprint = f.fingerprint;
  if (f.helpUri !== undefined) item.helpUri = f.helpUri;
  return item;
}

/** Findings with their repository paths, new until classifyNovelty says otherwise. */
function locate(findings: readonly Finding[], roots: readonly string[], change: ChangeIndex): Live[] {
  // Thousands of findings name the same few files: each distinct report path is made relative once.
  const paths = new Map<string | undefined, string | undefined>();
  return findings.map((finding) => {
    const raw = finding.location.path;
    let path = paths.get(raw);
    if (path === undefined && !paths.has(raw)) paths.set(raw, (path = repoPath(raw, roots, change)));
    return { finding, path, novelty: 'new' };
  });
}

/**
 * The first `cap` items in `compare` order, as a stable sort would give them, without sorting them all:
 * most items of a large report compare worse than the last one kept and cost one comparison.
 */
function firstSorted<T>(items: readonly T[], cap: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === cap && compare(item, kept[cap - 1]!) >= 0) continue;
    // After every kept item that compares equal: equal items keep their order, as in a stable sort.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(item, kept[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > cap) kept.pop();
  }
  return kept;
}

/** Tools whose reports were read: a waiver for a tool not scanned in this run is not "unused". */
function toolsRead(reports: readonly LoadedReport[]): Set<string> {
  const tools = new Set<string>();
  for (const r of reports) {
    for (const name of r.tool.split(', ')) tools.add(name.toLowerCase());
    for (const f of r.findings) tools.add(f.tool.toLowerCase());
  }
  return tools;
}

/**
 * A suppression written in the source on a line this change added (the finding's own lines, or the
 * line above, where `nosemgrep`-style comments go): the change suppressed its own finding.
 */
function addedByChange(l: Located, change: ChangeIndex): boolean {
  const f = l.finding;
  if (!f.suppressedInSource) return false;
  const start = f.location.startLine;
  return inChange('changed-lines', l.path, start === undefined ? undefined : Math.max(1, start - 1), f.location.endLine ?? start, change);
}

export function applyFindingsPolicy(input: ApplyInput): FindingsResult {
  const policy = input.policy.findings;
  const { scope, waivers } = policy;
  const roots = input.roots ?? [];
  const change = indexChange(input.change.files);

  // One report's findings are taken as they are: a copy of a million references is memory the largest
  // reports cannot spare.
  const read = input.reports.length === 1 ? input.reports[0]!.findings : input.reports.flatMap((r) => r.findings);
  const all = locate(applySeverityOverrides(read, policy.tools), roots, change);

  const counts = zeroCounts();
  const suppressedBySeverity = zeroCounts();
  let suppressed = 0;
  let absent = 0;
  const active: Live[] = [];
  const honourAll = policy.suppressions === 'all';
  const notHonoured: Live[] = [];
  for (const l of all) {
    if (l.finding.suppressed && !honourAll && addedByChange(l, change)) {
      // The change wrote the suppression itself: it does not get to silence its own finding.
      notHonoured.push(l);
      counts[l.finding.severity] += 1;
      active.push(l);
    } else if (l.finding.suppressed) {
      suppressed += 1;
      suppressedBySeverity[l.finding.severity] += 1;
    } else if (l.finding.baselineState === 'absent') {
      absent += 1;
    } else {
      counts[l.finding.severity] += 1;
      active.push(l);
    }
  }

  const isDuplicate = markDuplicates(active);
  const distinct = active.filter((_, i) => !isDuplicate[i]);
  const duplicates = active.length - distinct.length;

  const baseline = input.baseline === undefined ? undefined : locate(input.baseline, roots, change);
  const novelty = classifyNovelty(distinct, baseline);
  // Set in place, not copied: these records are this function's own, one per finding.
  distinct.forEach((l, i) => (l.novelty = novelty[i]!));
  const live = distinct;
  const noveltySource: NoveltySource = baseline !== undefined ? 'baseline' : all.some((l) => l.finding.baselineState !== undefined && l.finding.baselineState !== 'unknown') ? 'report' : 'none';

  const expired = waivers.map((w) => isExpired(w, input.now));
  const matched = waivers.map(() => 0);
  const excused: Live[][] = waivers.map(() => []);
  const waivedBySeverity = zeroCounts();
  const inScope = zeroCounts();
  const outOfScope = zeroCounts();
  let waived = 0;
  const counted: Live[] = [];
  for (const l of live) {
    let waivedHere = false;
    waivers.forEach((w, i) => {
      if (!waiverMatches(w, l.finding, l.path)) return;
      matched[i]! += 1;
      if (expired[i]) return;
      waivedHere = true;
      excused[i]!.push(l);
    });
    if (waivedHere) {
      waived += 1;
      waivedBySeverity[l.finding.severity] += 1;
      continue;
    }
    const within =
      scope === 'all' ||
      (scope === 'new' ? l.novelty === 'new' : inChange(scope, l.path, l.finding.location.startLine, l.finding.location.endLine, change));
    if (within) {
      inScope[l.finding.severity] += 1;
      counted.push(l);
    } else {
      outOfScope[l.finding.severity] += 1;
    }
  }

  const limits = { ...policy.max };
  const thresholds = checkThresholds(
    counted.map((l) => l.finding),
    limits,
    policy.tools,
    scope,
    noveltySource,
  );
  // Capped before it is listed: a report of a million findings over the limits lists a hundred.
  const over = counted.filter((l) => thresholds.isOver(l.finding));
  const overListed = firstSorted(over, OVER_THRESHOLD_CAP, compareLive).map(listed);

  const statuses = waivers.map((w, i) => waiverStatus(w, i, input.now, matched[i]!));
  const tools = toolsRead(input.reports);
  const expiredList = statuses.filter((_, i) => expired[i]);
  const unused = statuses.filter((s, i) => {
    if (expired[i] || s.matched > 0) return false;
    if (!hasMatcher(waivers[i]!)) return true;
    return input.reports.length > 0 && (s.tool === undefined || tools.has(s.tool.toLowerCase()));
  });
  const expiringSoon = statuses.filter((s, i) => !expired[i] && s.daysLeft <= EXPIRING_SOON_DAYS);
  const horizon = policy['waiver-horizon-days'];
  const tooBroad = statuses.filter((_, i) => !expired[i] && waivesEverything(waivers[i]!));
  const tooLong = statuses.filter((s, i) => !expired[i] && s.daysLeft > horizon);
  const invalidLevels = all.filter((l) => l.finding.severity === 'unknown' && l.finding.nativeSeverity?.includes('not a SARIF level')).length;
  const notes = invalidLevels
    ? [`${invalidLevels} SARIF result${invalidLevels === 1 ? ' has' : 's have'} a level SARIF does not define (only error, warning, note and none): read as severity unknown. Fix the scanner's output, or map the word with findings.tools.<tool>.severity.`]
    : [];

  return {
    reports: input.reports.map(({ path, format, tool, sha256, results }) => ({ path, format, tool, sha256, results })),
    counts,
    suppressed,
    absent,
    waived,
    duplicates,
    inScope,
    outOfScope,
    waivedBySeverity,
    suppressedBySeverity,
    overThreshold: overListed,
    overThresholdTotal: over.length,
    limits,
    waivers: { expired: expiredList, unused, expiringSoon, tooBroad, tooLong },
    suppressionsNotHonoured: [...notHonoured].sort(compareLive).map((l) => listed({ ...l, novelty: 'new' })),
    notes,
    scope,
    novelty: noveltySource,
    applied: statuses.map((s, i) => ({
      ...s,
      expired: expired[i]!,
      excused: firstSorted(excused[i]!, OVER_THRESHOLD_CAP, compareLive).map(listed),
      excusedTotal: excused[i]!.length,
    })),
    violations: [
      ...thresholds.violations,
      ...expiredList.map(expiredViolation),
      ...unused.map(unusedViolation),
      ...tooBroad.map(tooBroadViolation),
      ...tooLong.map((w) => tooLongViolation(w, horizon)),
    ],
  };
}

