import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAgentTrace } from '../../../src/core/attribution/line-level/agent-trace.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/agent-trace');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('parseAgentTrace', () => {
  it('reads one record, resolving each range\'s contributor', () => {
    const { records, problems } = parseAgentTrace(fixture('single-record.json'), 'single-record.json');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    const [rec] = records;
    expect(rec!.version).toBe('0.1.0');
    expect(rec!.vcs).toEqual({ type: 'git', revision: '9c4e1f7a2b3d5e6f708192a3b4c5d6e7f8091a2b' });
    expect(rec!.tool).toEqual({ name: 'cursor', version: '2.4.1' });
    expect(rec!.origin).toBe('single-record.json');

    const invoice = rec!.files[0]!.conversations[0]!;
    expect(invoice.url).toBe('https://api.cursor.com/v1/conversations/8812');
    expect(invoice.ranges).toEqual([
      {
        start_line: 12,
        end_line: 30,
        content_hash: 'murmur3:4be1a07c',
        contributor: { type: 'ai', model_id: 'anthropic/claude-sonnet-4-20250514' },
      },
      { start_line: 41, end_line: 44, contributor: { type: 'ai', model_id: 'anthropic/claude-sonnet-4-20250514' } },
      // The range's own contributor overrides the conversation's.
      { start_line: 45, end_line: 47, contributor: { type: 'human' } },
    ]);
    expect(rec!.files[1]!.conversations[0]!.ranges[0]!.contributor).toEqual({ type: 'mixed', model_id: 'openai/gpt-4o' });
  });

  it('reads an array, skipping an invalid record with the JSON path of its fault', () => {
    const { records, problems } = parseAgentTrace(fixture('array.json'), 'array.json');
    expect(records.map((r) => r.id)).toEqual(['0b9d7c52-4a1e-4f3b-8d26-91e4c3a5f7b0']);
    expect(records[0]!.tool).toEqual({ name: 'claude-code' });
    expect(problems).toEqual([
      'array.json[1]: files[0].conversations[0].contributor.type must be one of human, ai, mixed, unknown; record skipped',
    ]);
  });

  it('reads JSON Lines, reporting bad lines by number and keeping the rest', () => {
    const { records, problems } = parseAgentTrace(fixture('traces.jsonl'), '.agent-trace/traces.jsonl');
    // Lines 1 and 2 are whole records; 3 is cut short; 4 has no id; 5 is blank; 6 has end_line < start_line.
    expect(records.map((r) => r.origin)).toEqual(['.agent-trace/traces.jsonl:1', '.agent-trace/traces.jsonl:2']);
    expect(records.map((r) => r.tool?.name)).toEqual(['claude-code', 'cursor']);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^\.agent-trace\/traces\.jsonl:3: not valid JSON \(.+\); line skipped$/);
    expect(problems[1]).toBe('.agent-trace/traces.jsonl:4: id must be a non-empty string; record skipped');
    expect(problems[2]).toBe(
      '.agent-trace/traces.jsonl:6: files[0].conversations[0].ranges[0].end_line must be an integer ≥ start_line; record skipped',
    );
  });

  it('reports a broken pretty-printed document once, not line by line', () => {
    const broken = fixture('single-record.json').replace('"files": [', '"files": [[');
    const { records, problems } = parseAgentTrace(broken, 'trace.json');
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^trace\.json: not valid JSON or JSON Lines .*; file skipped$/);
  });

  it('treats an empty file as no records', () => {
    expect(parseAgentTrace('\n', 'x.jsonl')).toEqual({ records: [], problems: [] });
  });

  it('rejects wrong types at any depth', () => {
    const problems = (extra: Record<string, unknown>) =>
      parseAgentTrace(JSON.stringify({ version: '0.1.0', id: 'x', timestamp: 't', files: [], ...extra }), 'a.json')
        .problems;
    expect(problems({ files: 'nope' })).toEqual(['a.json: files must be an array; record skipped']);
    const zero = [{ path: 'a', conversations: [{ ranges: [{ start_line: 0, end_line: 1 }] }] }];
    expect(problems({ files: zero })).toEqual([
      'a.json: files[0].conversations[0].ranges[0].start_line must be an integer ≥ 1; record skipped',
    ]);
    expect(problems({ vcs: { type: 'git' } })).toEqual(['a.json: vcs.revision must be a non-empty string; record skipped']);
  });
});
