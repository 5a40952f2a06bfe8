/**
 * Attribution measured on real commit messages from public repositories (test/fixtures/attribution:
 * one JSON record per commit with its author, committer, message and a label read by hand; where each
 * came from is in PROVENANCE.md). The expected labels come from the corpus, never from the detector.
 * The detector runs as the gate runs it, with the built-in policy. A table of precision and recall per
 * tool is printed; the test fails below precision 0.99 or recall 0.95, overall and for every tool
 * with at least 10 examples.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { attributeCommit } from '../../src/core/attribution/detect-commit.js';
import { parseTrailers } from '../../src/core/git-text/trailers.js';
import { builtInPolicy } from '../../src/gather/policy.js';
import type { Commit } from '../../src/core/model.js';
import { projectRoot } from '../helpers/corpus.js';

interface Entry {
  id: string;
  repo: string;
  sha: string;
  url: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
  message: string;
  label: 'ai' | 'human';
  tool: string | null;
  model: string | null;
  category: string;
  why: string;
}

const DIR = join(projectRoot, 'test/fixtures/attribution');
const ENTRIES: Entry[] = readFileSync(join(DIR, 'commits.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Entry);

const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.95;
const MIN_EXAMPLES = 10;

interface Outcome {
  entry: Entry;
  detected: boolean;
  tools: string[];
}

function commitOf(e: Entry): Commit {
  const message = e.message.replace(/\n+$/, '');
  return { sha: e.sha, author: e.author, committer: e.committer, message, trailers: parseTrailers(message), additions: 1, deletions: 0 };
}

interface Row {
  tool: string;
  examples: number;
  detected: number;
  named: number;
  /** Commits the detector attributed to this tool, and how many of them are labelled AI. */
  claimed: number;
  claimedAi: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const fmt = (n: number): string => n.toFixed(3);

describe('attribution on the labelled corpus of real commits', () => {
  let outcomes: Outcome[];

  beforeAll(() => {
    const { policy } = builtInPolicy();
    outcomes = ENTRIES.map((entry) => {
      const r = attributeCommit(commitOf(entry), policy.attribution);
      return { entry, detected: r.aiAssisted, tools: r.tools };
    });
  });

  it('is a corpus of real, labelled commits from many repositories, half of them AI-assisted', () => {
    expect(existsSync(join(DIR, 'PROVENANCE.md'))).toBe(true);
    expect(ENTRIES.length).toBeGreaterThanOrEqual(400);
    expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
    for (const e of ENTRIES) {
      expect(e.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(e.url).toBe(`https://github.com/${e.repo}/commit/${e.sha}`);
      expect(['ai', 'human']).toContain(e.label);
      expect(e.why.length).toBeGreaterThan(0);
      if (e.label === 'ai') expect(e.tool).toBeTruthy();
      else expect(e.tool).toBeNull();
    }
    const ai = ENTRIES.filter((e) => e.label === 'ai');
    expect(ai.length / ENTRIES.length).toBeGreaterThan(0.35);
    expect(ai.length / ENTRIES.length).toBeLessThan(0.65);
    expect(new Set(ai.map((e) => e.tool)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(ENTRIES.map((e) => e.repo)).size).toBeGreaterThanOrEqual(20);
  });

  it('is described in the README with its real counts', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const ai = ENTRIES.filter((e) => e.label === 'ai');
    expect(readme).toContain(`holds ${ENTRIES.length} commit messages from ${new Set(ENTRIES.map((e) => e.repo)).size} public repositories`);
    expect(readme).toContain(`(${ai.length} AI-assisted across ${new Set(ai.map((e) => e.tool)).size} tools, ${ENTRIES.length - ai.length} human`);
  });

  it(`holds precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}, overall and per tool with ${MIN_EXAMPLES}+ examples`, () => {
    const rows = new Map<string, Row>();
    const rowOf = (tool: string): Row => {
      let r = rows.get(tool);
      if (!r) rows.set(tool, (r = { tool, examples: 0, detected: 0, named: 0, claimed: 0, claimedAi: 0 }));
      return r;
    };
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const o of outcomes) {
      const ai = o.entry.label === 'ai';
      if (ai) {
        const row = rowOf(o.entry.tool!);
        row.examples++;
        if (o.detected) {
          tp++;
          row.detected++;
          if (o.tools.includes(o.entry.tool!)) row.named++;
        } else {
          fn++;
          misses.push(`missed   ${o.entry.id} (${o.entry.tool}, ${o.entry.category}): ${o.entry.why}`);
        }
      } else if (o.detected) {
        fp++;
        misses.push(`false AI ${o.entry.id} (${o.entry.category}) → ${o.tools.join(', ')}: ${o.entry.why}`);
      }
      if (o.detected) {
        for (const t of o.tools) {
          const row = rowOf(t);
          row.claimed++;
          if (ai) row.claimedAi++;
        }
      }
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);

    const table = [...rows.values()]
      .filter((r) => r.examples > 0)
      .sort((a, b) => b.examples - a.examples || a.tool.localeCompare(b.tool))
      .map((r) => `| ${r.tool} | ${r.examples} | ${fmt(ratio(r.claimedAi, r.claimed))} | ${fmt(ratio(r.detected, r.examples))} | ${fmt(ratio(r.named, r.examples))} |`);
    const humans = outcomes.filter((o) => o.entry.label === 'human').length;
    console.log(
      [
        `Attribution on ${outcomes.length} real commits (${tp + fn} AI-assisted, ${humans} human):`,
        `precision ${fmt(precision)}, recall ${fmt(recall)}`,
        '',
        '| Tool (label) | Examples | Precision | Recall | Tool named |',
        '|---|---:|---:|---:|---:|',
        ...table,
        ...(misses.length ? ['', ...misses] : []),
      ].join('\n'),
    );

    expect({ precision: precision >= MIN_PRECISION, recall: recall >= MIN_RECALL }).toEqual({ precision: true, recall: true });
    const weak = [...rows.values()]
      .filter((r) => r.examples >= MIN_EXAMPLES)
      .filter((r) => ratio(r.claimedAi, r.claimed) < MIN_PRECISION || ratio(r.detected, r.examples) < MIN_RECALL)
      .map((r) => r.tool);
    expect(weak).toEqual([]);
  });

  it('names the labelled tool for nearly every AI-assisted commit it finds', () => {
    const found = outcomes.filter((o) => o.entry.label === 'ai' && o.detected);
    const named = found.filter((o) => o.tools.includes(o.entry.tool!));
    expect(named.length / found.length).toBeGreaterThanOrEqual(0.95);
  });
});
