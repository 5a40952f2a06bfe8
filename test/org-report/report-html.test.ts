/**
 * The report page as a reader's browser shows it: headless Chromium (Debian's, driven by
 * playwright-core) opens report.html from disk. No console error, no request other than the file
 * itself (the page's Content-Security-Policy would turn any attempt into a console error), every chart
 * of report.json drawn with a labelled table behind it, the headline numbers those of report.json.
 * A full-page screenshot is kept in test-artifacts/ for CI to keep as an artifact.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generateAuditRecords } from '../../bench/generate/audit-records.js';
import { projectRoot } from '../helpers/corpus.js';
import { runReport } from '../helpers/org-report/run-report.js';
import { seedRecords } from '../helpers/org-report/seed-records.js';

/** Debian's Chromium; CHROMIUM_PATH names another build (GitHub's runners have Chrome). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(projectRoot, 'test-artifacts');

let dir: string;
let report: Record<string, any>;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const seeds = await seedRecords();
  dir = mkdtempSync(join(tmpdir(), 'gate-report-html-'));
  generateAuditRecords(seeds, join(dir, 'records.jsonl'), { records: 1200, seed: 21, repositories: 40, end: new Date('2026-06-28T00:00:00Z'), days: 150 });
  const res = await runReport(['records.jsonl', '--out', 'out', '--as-of', '2026-06-30', '--title', 'Acme AI governance'], { cwd: dir, out: 'out' });
  expect(res.code).toBe(0);
  report = res.report!;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('report.html in headless Chromium', () => {
  it('loads with no console error and no request beyond the file, draws every chart with its table, and is kept as a screenshot', async () => {
    const page = await browser!.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    const url = `file://${join(dir, 'out', 'report.html')}`;
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.title()).toBe('Acme AI governance');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);

    const figures = await page.locator('figure.chart').evaluateAll((nodes) =>
      nodes.map((f) => {
        const svg = f.querySelector('.svg svg');
        const box = svg?.getBoundingClientRect();
        return {
          id: f.getAttribute('data-chart'),
          label: f.querySelector('.svg')?.getAttribute('aria-label') ?? '',
          role: f.querySelector('.svg')?.getAttribute('role'),
          marks: svg ? svg.querySelectorAll('path, rect, line, text').length : 0,
          width: box?.width ?? 0,
          table: f.querySelector('details table caption')?.textContent ?? '',
        };
      }),
    );
    expect(figures.map((f) => f.id)).toEqual(report.charts.map((c: { id: string }) => c.id));
    for (const f of figures) {
      expect([f.id, f.role]).toEqual([f.id, 'img']);
      expect(f.label.length).toBeGreaterThan(20);
      expect(f.marks).toBeGreaterThan(10);
      expect(f.width).toBeGreaterThan(300);
      expect(f.table).toMatch(/\.csv\)$/);
    }
    // The headline says what report.json says.
    const headline = Object.fromEntries(await page.locator('.headline div').evaluateAll((nodes) => nodes.map((n) => [n.querySelector('dt')!.textContent, n.querySelector('dd')!.textContent])));
    expect(headline['Audit records']).toBe(report.records.toLocaleString('en-US'));
    expect(headline['Changes']).toBe(report.changes.toLocaleString('en-US'));
    expect(headline['Merged without passing']).toBe(String(report.bypasses.changes));

    // Opening a table shows the numbers behind its chart.
    const first = page.locator('figure.chart').first();
    await first.locator('summary').click();
    const rows = await first.locator('details table tbody tr').count();
    expect(rows).toBe(report.overTime.length);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'org-report.png'), fullPage: true });
    expect(existsSync(join(ARTIFACTS, 'org-report.png'))).toBe(true);
    await page.close();
  }, 120_000);
});
