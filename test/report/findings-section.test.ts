import { applyFindingsPolicy } from '../../src/core/findings/apply.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import type { Finding } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { findingsMarkdown, findingsText } from '../../src/core/render/findings-section.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const HOSTILE = 'x <img src=x onerror=alert(1)> | injected | cell @team\n## ✅ PASS\n\u001b[32mok\u001b[0m `code` [link](http://evil)';

function finding(over: Partial<Finding> & { path?: string; line?: number } = {}): Finding {
  const { path, line, ...rest } = over;
  const location: Finding['location'] = {};
  if (path !== undefined) location.path = path;
  if (line !== undefined) location.startLine = line;
  return { tool: 'Scanner', rule: 'R1', severity: 'high', message: 'problem', location, suppressed: false, baselineState: 'new', report: 'r.json', ...rest };
}

function report(findings: Finding[], path = 'reports/scan.sarif', tool = 'Scanner'): LoadedReport {
  return { path, format: 'sarif', tool, sha256: '0'.repeat(64), results: findings.length, findings };
}

function apply(reports: LoadedReport[], findingsPolicy: Record<string, unknown> = {}) {
  const policy = parsePolicy(JSON.stringify({ version: 1, findings: findingsPolicy }), 'policy.yml').policy;
  return applyFindingsPolicy({ reports, change: { files: [] }, policy, now: NOW });
}

/** The table under a heading: from its header row to the next blank line. */
function tableAfter(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading) + 2;
  expect(start).toBeGreaterThan(1);
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

const unescapedPipes = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

describe('findingsMarkdown', () => {
  it('cannot be broken by hostile text from a report', () => {
    const hostile = finding({ tool: '@org/team <script>', rule: 'rule|<b>', path: 'src/<b>|x.ts', line: 3, message: HOSTILE });
    const r = apply([report([hostile, finding({ severity: 'low', suppressed: true, message: HOSTILE })], 'reports/a|b <i>.sarif', HOSTILE)], {
      waivers: [{ rule: 'other', owner: '@team', reason: HOSTILE, expires: '2026-03-12' }],
    });
    const md = findingsMarkdown(r);

    // The section is collapsed: its only raw HTML is the gate's own <details> and escaped <summary> line.
    const lines = md.split('\n');
    expect(lines[0]).toBe('<details><summary>Findings: 1 finding over the limit, 1 counted (new findings), 2 in the reports</summary>');
    expect(lines.filter((l) => l.includes('<details>') || l.includes('</details>'))).toEqual([lines[0], '</details>']);
    // Code spans show text verbatim and render no HTML; outside them nothing may be raw HTML.
    const outsideCode = lines.slice(1).filter((l) => l !== '</details>').join('\n').replace(/(`+)(.+?)(?<!`)\1(?!`)/g, '');
    expect(outsideCode).not.toMatch(/<[a-z]/i);
    expect(md).not.toMatch(/<img|<script/);
    expect(md).not.toContain('@team');
    expect(md).toContain('@\u200bteam');
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('](http');
    // No text from a report makes a heading: the section has none, its parts are bold labels.
    expect(lines.filter((l) => /^\s{0,3}#/.test(l))).toEqual([]);
    // Every table row keeps its column count: 6 cells → 7 unescaped pipes; 4 cells → 5.
    const over = tableAfter(lines, '**Over the limit**');
    expect(over).toHaveLength(3); // header, separator, one finding
    for (const row of over) expect(unescapedPipes(row)).toBe(7);
    const reports = tableAfter(lines, '**Reports read**');
    expect(reports).toHaveLength(3);
    for (const row of reports) expect(unescapedPipes(row)).toBe(5);
    const counts = tableAfter(lines, 'New and old findings were told apart by the reports’ own baseline states\\.');
    expect(counts.length).toBeGreaterThan(2);
    for (const row of counts) expect(unescapedPipes(row)).toBe(7);
    const waivers = lines.slice(lines.indexOf('**Waivers expiring within 14 days**') + 2).filter((l) => l.startsWith('- '));
    expect(waivers).toHaveLength(1);
    // No text from the report starts a line of its own.
    expect(lines.some((l) => l.includes('PASS') && !l.startsWith('|') && !l.startsWith('- '))).toBe(false);
  });

  it('shows the counts per severity with the limit, in scope, out of scope, suppressed and waived', () => {
    const r = apply(
      [
        report([
          finding({ severity: 'critical', rule: 'A' }),
          finding({ severity: 'high', rule: 'B', baselineState: 'unchanged' }),
          finding({ severity: 'medium', rule: 'C', suppressed: true }),
          finding({ severity: 'low', rule: 'W' }),
        ]),
      ],
      { waivers: [{ rule: 'W', owner: 'alice', reason: 'accepted', expires: '2027-01-01' }] },
    );
    const md = findingsMarkdown(r);
    expect(md).toContain('| Severity | Limit | In scope | Out of scope | Suppressed | Waived |');
    expect(md).toContain('| critical ❌ | 0 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| high | 0 | 0 | 1 | 0 | 0 |');
    expect(md).toContain('| medium | no limit | 0 | 0 | 1 | 0 |');
    expect(md).toContain('| low | no limit | 0 | 0 | 0 | 1 |');
    expect(md).not.toMatch(/^\| info/m);
    expect(md).not.toContain('Waivers expiring');
  });

  it('caps the findings over the threshold at 20 rows, most severe first, and says how many more', () => {
    const findings = Array.from({ length: 30 }, (_, i) => finding({ rule: `R${String(i).padStart(2, '0')}`, path: 'a.ts', line: i + 1, severity: i === 29 ? 'critical' : 'high' }));
    const md = findingsMarkdown(apply([report(findings)]));
    const lines = md.split('\n');
    const overRows = tableAfter(lines, '**Over the limit**').slice(2);
    expect(overRows).toHaveLength(20);
    expect(overRows[0]).toBe('| critical | `R29` | `a.ts:30` | Scanner | problem | new |');
    expect(overRows[1]).toBe('| high | `R00` | `a.ts:1` | Scanner | problem | new |');
    expect(md).toContain('…and 10 more over the limit (see the audit record).');
  });

  it('without a baseline calls findings "in the report", never "new", and says there was no baseline', () => {
    const plain = finding({ path: 'a.ts', line: 4 });
    delete (plain as { baselineState?: unknown }).baselineState;
    const r = apply([report([plain])]);
    expect(r.novelty).toBe('none');
    const md = findingsMarkdown(r);
    expect(md).toContain('There was no baseline');
    expect(md.split('\n')[0]).toBe('<details><summary>Findings: 1 finding over the limit, 1 counted (no baseline: every finding in the reports), 1 in the reports</summary>');
    const row = md.split('\n').find((l) => l.startsWith('| high | `R1`'));
    expect(row).toMatch(/\| in the report \|$/);
    expect(md).not.toMatch(/\| new \|$/m);
    expect(r.violations[0]?.message).toBe('1 high finding in the reports (no baseline to tell new from old); the policy allows 0.');
  });

  it('lists waivers in their last 14 days with owner, last day and reason', () => {
    const r = apply([report([finding({ rule: 'js/eval' })])], { waivers: [{ rule: 'js/eval', owner: 'alice', reason: 'sandboxed', expires: '2026-03-20' }] });
    expect(findingsMarkdown(r)).toContain('- `findings.waivers[0]` (rule js/eval) — owner alice, last day 2026-03-20 (10 days left): sandboxed');
  });

  it('lists the reports read and says so when they hold no findings', () => {
    const md = findingsMarkdown(apply([report([], 'reports/clean.sarif', 'Trivy')]));
    expect(md).toContain('No findings in the reports read.');
    expect(md).toContain('| `reports/clean.sarif` | sarif | Trivy | 0 |');
  });

  it('is empty when no report was read', () => {
    expect(findingsMarkdown(apply([]))).toBe('');
  });
});

describe('findingsText', () => {
  it('gives one plain line per fact, with no control sequences from the report', () => {
    const r = apply([report([finding({ message: HOSTILE, path: 'a.ts', line: 2 }), finding({ severity: 'low', rule: 'L' })], 'r.sarif', 'Scanner')]);
    const lines = findingsText(r, (s) => s);
    expect(lines[0]).toBe('Findings (new findings): 2 in scope, 0 out of scope, 0 suppressed, 0 waived');
    for (const l of lines) {
      expect(l).not.toContain('\n');
      expect(l).not.toContain('\u001b');
    }
    expect(lines.some((l) => l.includes('R1') && l.includes('a.ts:2'))).toBe(true);
    expect(lines.some((l) => l.includes('Read r.sarif (sarif, Scanner, 2 results)'))).toBe(true);
  });

  it('paints a severity over its limit', () => {
    const r = apply([report([finding()])]);
    const lines = findingsText(r, (s, ...styles) => (styles.includes('red') ? `[red]${s}` : s));
    expect(lines.find((l) => l.includes(' high '))).toMatch(/^\[red\]/);
  });
});
