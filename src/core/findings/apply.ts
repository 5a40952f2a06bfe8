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
import { classifyNovelty, EXISTING } from './baseline.js';
import { markDuplicates } from './dedupe.js';
import { applySeverityOverrides } from './overrides.js';
import { place, type PlacedFindings } from './placed.js';
import { OVER_THRESHOLD_CAP, severityRank, zeroCounts, type FindingsResult, type ListedFinding, type Novelty, type NoveltySource } from './result.js';
import { inChange, indexChange, type ChangeIndex } from './scope.js';
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

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Most severe first; ties by tool, rule, path, line, then message and fingerprint for a total order.
 * Findings are ordered before they become listed records, so only the few listed are ever made.
 */
function listOrder({ findings, paths }: PlacedFindings): (a: number, b: number) => number {
  return (a, b) => {
    const x = findings[a]!;
    const y = findings[b]!;
    return (
      severityRank(x.severity) - severityRank(y.severity) ||
      compareText(x.tool, y.tool) ||
      compareText(x.rule, y.rule) ||
      compareText(paths[a] ?? '', paths[b] ?? '') ||
      (x.location.startLine ?? 0) - (y.location.startLine ?? 0) ||
      compareText(x.message, y.message) ||
      compareText(x.fingerprint ?? '', y.fingerprint ?? '')
    );
  };
}

function listed({ findings, paths }: PlacedFindings, i: number, novelty: Novelty): ListedFinding {
  const f = findings[i]!;
  const item: ListedFinding = { tool: f.tool, rule: f.rule, severity: f.severity, message: f.message, state: novelty };
  if (paths[i] !== undefined) item.path = paths[i];
  if (f.location.startLine !== undefined) item.line = f.location.startLine;
  if (f.fingerprint !== undefined) item.fingerprint = f.fingerprint;
  if (f.helpUri !== undefined) item.helpUri = f.helpUri;
  return item;
}

/**
 * The first `cap` items in `compare` order, as a stable sort would give them, without sorting them all:
 * most items of a large report compare worse than the last one kept and cost one comparison.
 */
function firstSorted<T>(items: Iterable<T>, cap: number, compare: (a: T, b: T) => number): T[] {
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

/**
 * The items that pass `test`, in order, moved to the front of `items` itself: each stage of the
 * evaluation narrows the last one's list, and a report of a million findings cannot spare a copy a stage.
 */
function keepWhere(items: Uint32Array, test: (item: number, position: number) => boolean): Uint32Array {
  let kept = 0;
  for (let k = 0; k < items.length; k++) if (test(items[k]!, k)) items[kept++] = items[k]!;
  return items.subarray(0, kept);
}

function* findingsAt(findings: readonly Finding[], items: Uint32Array): Generator<Finding> {
  for (const i of items) yield findings[i]!;
}

/** Tools whose reports were read: a waiver for a tool not scanned in this run is not "unused". */
function toolsRead(reports: readonly LoadedReport[]): Set<string> {
  const names = new Set<string>();
  for (const r of reports) {
    for (const name of r.tool.split(', ')) names.add(name);
    for (const f of r.findings) names.add(f.tool);
  }
  // Lower-cased once per name, not once per finding.
  return new Set([...names].map((name) => name.toLowerCase()));
}

/**
 * A suppression written in the source on a line this change added (the finding's own lines, or the
 * line above, where `nosemgrep`-style comments go): the change suppressed its own finding.
 */
function addedByChange({ findings, paths }: PlacedFindings, i: number, change: ChangeIndex): boolean {
  const f = findings[i]!;
  if (!f.suppressedInSource) return false;
  const start = f.location.startLine;
  return inChange('changed-lines', paths[i], start === undefined ? undefined : Math.max(1, start - 1), f.location.endLine ?? start, change);
}

export function applyFindingsPolicy(input: ApplyInput): FindingsResult {
  const policy = input.policy.findings;
  const { scope, waivers } = policy;
  const roots = input.roots ?? [];
  const change = indexChange(input.change.files);

  // One report's findings are taken as they are: a copy of a million references is memory the largest
  // reports cannot spare.
  const read = input.reports.length === 1 ? input.reports[0]!.findings : input.reports.flatMap((r) => r.findings);
  const placed = place(applySeverityOverrides(read, policy.tools), roots, change);
  const { findings, paths } = placed;
  const order = listOrder(placed);

  // From here on a finding is its index: each stage's list holds indices in a typed array, four bytes a
  // finding, where a record per finding cost about fifty.
  const counts = zeroCounts();
  const suppressedBySeverity = zeroCounts();
  let suppressed = 0;
  let absent = 0;
  let activeCount = 0;
  const active = new Uint32Array(findings.length);
  const honourAll = policy.suppressions === 'all';
  const notHonoured: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.suppressed && !honourAll && addedByChange(placed, i, change)) {
      // The change wrote the suppression itself: it does not get to silence its own finding.
      notHonoured.push(i);
      counts[f.severity] += 1;
      active[activeCount++] = i;
    } else if (f.suppressed) {
      suppressed += 1;
      suppressedBySeverity[f.severity] += 1;
    } else if (f.baselineState === 'absent') {
      absent += 1;
    } else {
      counts[f.severity] += 1;
      active[activeCount++] = i;
    }
  }

  const activeItems = active.subarray(0, activeCount);
  const isDuplicate = markDuplicates(placed, activeItems);
  const distinct = keepWhere(activeItems, (_, k) => isDuplicate[k] === 0);
  const duplicates = activeCount - distinct.length;

  const baseline = input.baseline === undefined ? undefined : place(input.baseline, roots, change);
  const existing = classifyNovelty(placed, distinct, baseline);
  const noveltyOf = (i: number): Novelty => (existing[i] === EXISTING ? 'existing' : 'new');
  const noveltySource: NoveltySource = baseline !== undefined ? 'baseline' : findings.some((f) => f.baselineState !== undefined && f.baselineState !== 'unknown') ? 'report' : 'none';

  const expired = waivers.map((w) => isExpired(w, input.now));
  const matched = waivers.map(() => 0);
  const excused: number[][] = waivers.map(() => []);
  const waivedBySeverity = zeroCounts();
  const inScope = zeroCounts();
  const outOfScope = zeroCounts();
  let waived = 0;
  const counted = new Uint32Array(distinct.length);
  let countedCount = 0;
  for (const i of distinct) {
    const f = findings[i]!;
    let waivedHere = false;
    waivers.forEach((w, wi) => {
      if (!waiverMatches(w, f, paths[i])) return;
      matched[wi]! += 1;
      if (expired[wi]) return;
      waivedHere = true;
      excused[wi]!.push(i);
    });
    if (waivedHere) {
      waived += 1;
      waivedBySeverity[f.severity] += 1;
      continue;
    }
    const within = scope === 'all' || (scope === 'new' ? existing[i] !== EXISTING : inChange(scope, paths[i], f.location.startLine, f.location.endLine, change));
    if (within) {
      inScope[f.severity] += 1;
      counted[countedCount++] = i;
    } else {
      outOfScope[f.severity] += 1;
    }
  }

  const limits = { ...policy.max };
  const inScopeItems = counted.subarray(0, countedCount);
  const thresholds = checkThresholds(findingsAt(findings, inScopeItems), limits, policy.tools, scope, noveltySource);
  // Capped before it is listed: a report of a million findings over the limits lists a hundred.
  const over = keepWhere(inScopeItems, (i) => thresholds.isOver(findings[i]!));
  const overListed = firstSorted(over, OVER_THRESHOLD_CAP, order).map((i) => listed(placed, i, noveltyOf(i)));

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
  let invalidLevels = 0;
  for (const f of findings) if (f.severity === 'unknown' && f.nativeSeverity?.includes('not a SARIF level')) invalidLevels += 1;
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
    suppressionsNotHonoured: notHonoured.sort(order).map((i) => listed(placed, i, 'new')),
    notes,
    scope,
    novelty: noveltySource,
    applied: statuses.map((s, i) => ({
      ...s,
      expired: expired[i]!,
      excused: firstSorted(excused[i]!, OVER_THRESHOLD_CAP, order).map((j) => listed(placed, j, noveltyOf(j))),
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
