/**
 * Reading records from disk: zip archives made by the `zip` tool (deflated and stored entries, nested
 * folders) and by another library (fflate's own writer), archives that are not zips, entries too large
 * to be records; paths, directories and globs expanded once each.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readZip } from '../../src/gather/org-report/zip.js';
import { addArchive } from '../../src/gather/org-report/archive.js';
import { expandInputs } from '../../src/gather/org-report/inputs.js';
import type { RecordSink } from '../../src/gather/org-report/documents.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-gather-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function collect(): RecordSink & { added: string[]; problems: string[]; others: number } {
  const sink = {
    added: [] as string[],
    problems: [] as string[],
    others: 0,
    add: (_v: unknown, source: string) => void sink.added.push(source),
    problem: (source: string, reason: string) => void sink.problems.push(`${source}: ${reason}`),
    other: () => void sink.others++,
  };
  return sink;
}

describe('zip archives', () => {
  it('reads the JSON entries of a zip made by the zip tool, deflated or stored, in folders', () => {
    const src = join(dir, 'zip-src');
    mkdirSync(join(src, 'nested'), { recursive: true });
    const record = JSON.stringify({ schemaVersion: 1, tool: { name: 'ai-governance-gate' }, timestamp: '2026-01-01T00:00:00Z', repository: 'a/b', padding: 'x'.repeat(5000) });
    writeFileSync(join(src, 'ai-governance-audit.json'), record);
    writeFileSync(join(src, 'nested', 'more.jsonl'), `${record}\n${record}\n`);
    writeFileSync(join(src, 'summary.md'), '# not JSON\n');
    execFileSync('zip', ['-q', '-r', join(dir, 'deflated.zip'), '.'], { cwd: src });
    execFileSync('zip', ['-q', '-r', '-0', join(dir, 'stored.zip'), '.'], { cwd: src });
    for (const name of ['deflated.zip', 'stored.zip']) {
      const zip = readZip(readFileSync(join(dir, name)));
      expect(zip.entries.map((e) => e.name)).toEqual(['ai-governance-audit.json', 'nested/more.jsonl']);
      expect(zip.entries[0]!.text).toBe(record);
      const sink = collect();
      addArchive(readFileSync(join(dir, name)), name, sink);
      expect(sink.added).toEqual([`${name}!ai-governance-audit.json`, `${name}!nested/more.jsonl:1`, `${name}!nested/more.jsonl:2`]);
    }
  });

  it('reads a zip another writer made, and says when bytes are not a zip', () => {
    const made = zipSync({ 'a.json': strToU8('{"schemaVersion":1,"timestamp":"2026-01-01T00:00:00Z","repository":"r"}'), 'b.txt': strToU8('x') });
    expect(readZip(made).entries.map((e) => e.name)).toEqual(['a.json']);
    const sink = collect();
    addArchive(strToU8('this is not a zip file'), 'broken.zip', sink);
    expect(sink.problems).toEqual([expect.stringMatching(/^broken\.zip: not a readable zip file/)]);
  });
});

describe('JSON Lines', () => {
  it('reads CRLF line ends and skips blank lines, and names the line of a broken one', async () => {
    const { readRecordFile } = await import('../../src/gather/org-report/read-files.js');
    const record = '{"schemaVersion":1,"timestamp":"2026-01-01T00:00:00Z","repository":"r"}';
    const path = join(dir, 'crlf.jsonl');
    writeFileSync(path, `${record}\r\n\r\n   \n${record}\r\n{"broken": \r\n`);
    const sink = collect();
    await readRecordFile(path, sink, true);
    expect(sink.added).toEqual([`${path}:1`, `${path}:4`]);
    expect(sink.problems).toEqual([expect.stringMatching(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: invalid JSON`))]);
  });
});

describe('inputs', () => {
  it('walks directories for record files, expands globs itself, and reads each file once', () => {
    const root = join(dir, 'inputs');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    for (const f of ['a/one.json', 'a/b/two.jsonl', 'a/b/three.jsonl.gz', 'a/b/four.zip', 'a/notes.md', 'node_modules/x.json']) writeFileSync(join(root, f), '{}');
    symlinkSync(join(root, 'a', 'one.json'), join(root, 'link.json'));
    const files = expandInputs(['a', 'a/one.json', 'link.json', '**/*.jsonl'], root);
    expect(files.map((f) => [relative(root, f.path), f.named])).toEqual([
      ['a/b/four.zip', false],
      ['a/b/three.jsonl.gz', false],
      ['a/b/two.jsonl', false],
      ['a/one.json', false],
    ]);
  });
});
