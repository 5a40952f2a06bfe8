/**
 * A GitLab SAST report (schema 15.x) as GitLab's Semgrep-based analyzer writes it: `version`, then
 * `vulnerabilities[]`, then `scan` last — so a streaming reader meets the scanner's name after every
 * vulnerability, the order that decides how it must be read.
 */
import { FileWriter } from './writer.js';
import { Random } from './random.js';
import type { GeneratedReport } from './sarif.js';

const SEVERITIES = ['Critical', 'High', 'Medium', 'Low', 'Info', 'Unknown'] as const;

function uuid(r: Random): string {
  const h = r.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function vulnerability(r: Random): object {
  const rule = r.int(0, 250);
  const cwe = r.int(20, 900);
  const start = r.int(1, 3000);
  return {
    id: uuid(r),
    category: 'sast',
    name: r.words(6),
    description: r.words(r.int(20, 120)),
    cve: `semgrep_id:rule-${rule}:${start}:${start}`,
    severity: r.pick(SEVERITIES),
    scanner: { id: 'semgrep', name: 'Semgrep' },
    location: { file: `src/module_${r.int(0, 5000)}/file_${r.hex(4)}.py`, start_line: start, end_line: start + r.int(0, 4) },
    identifiers: [
      { type: 'semgrep_id', name: `bandit.B${rule}`, value: `bandit.B${rule}`, url: `https://semgrep.dev/r/gitlab.bandit.B${rule}` },
      { type: 'cwe', name: `CWE-${cwe}`, value: String(cwe), url: `https://cwe.mitre.org/data/definitions/${cwe}.html` },
    ],
    tracking: { type: 'source', items: [{ file: 'x.py', line_start: start, line_end: start, signatures: [{ algorithm: 'scope_offset', value: `x.py|f[0]:${r.int(1, 40)}` }] }] },
  };
}

export function generateGitlab(path: string, vulnerabilities: number, seed: number): GeneratedReport {
  const r = new Random(seed);
  const out = new FileWriter(path);
  out.write('{\n  "version": "15.1.4",\n  "vulnerabilities": [\n');
  for (let i = 0; i < vulnerabilities; i++) out.write(`    ${JSON.stringify(vulnerability(r))}${i + 1 < vulnerabilities ? ',' : ''}\n`);
  const scan = {
    analyzer: { id: 'semgrep', name: 'Semgrep', version: '4.16.0', vendor: { name: 'GitLab' } },
    scanner: { id: 'semgrep', name: 'Semgrep', version: '1.74.0', vendor: { name: 'GitLab' } },
    type: 'sast',
    start_time: '2024-06-01T10:00:00',
    end_time: '2024-06-01T10:05:00',
    status: 'success',
  };
  out.write(`  ],\n  "dependency_files": [],\n  "scan": ${JSON.stringify(scan)}\n}\n`);
  return { path, bytes: out.close(), results: vulnerabilities };
}
