/**
 * `verify` through dist/index.js: a record the gate wrote replays to itself byte for byte (and its
 * statement is about it, plain or inside a signed bundle's envelope); an edited decision, violation,
 * policy or input is named with its path and exit 1; a record that cannot be read, an older schema, or
 * another gate version whose replay differs is exit 2.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFile } from '../helpers/corpus.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import type { AuditRecord } from '../../src/core/render/audit-schema.js';
import { statementShapeProblems } from '../helpers/in-toto.js';

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

type Json = Record<string, any>;

describe('verify RECORD through dist/index.js', () => {
  let r: TempRepo;
  let recordText: string;
  let record: Json;

  beforeAll(() => {
    r = new TempRepo();
    r.write('README.md', '# service\n');
    r.commit('base');
    r.write('db/migrations/002_drop.sql', 'DROP TABLE legacy_sessions;\n');
    r.write('src/app.js', 'export const ok = 1;\n');
    r.commit({ message: 'Drop the legacy sessions\n\nCo-authored-by: Claude <noreply@anthropic.com>\n', author: { name: 'Dev One', email: 'dev1@example.com' } });
    copyFileSync(corpusFile('sarif/trivy-image-alpine-310.sarif'), join(r.dir, 'trivy.sarif'));
    writeFileSync(
      join(r.dir, 'policy.yml'),
      [
        'version: 1',
        'findings:',
        '  scope: all',
        '  max: { medium: 0 }',
        '  waivers:',
        `    - { rule: CVE-2019-1549, reason: "not reachable from the service", owner: security-team, expires: ${day(30)} }`,
        'approvals:',
        '  rules:',
        '    - name: ai-changes',
        '      when: { ai-assisted: true }',
        '      require: { count: 1, users: [alice] }',
        '',
      ].join('\n'),
    );
    writeFileSync(join(r.dir, 'request.json'), JSON.stringify({ number: 42, author: 'dev1', title: 'Drop legacy sessions', approvals: [{ login: 'alice', at: '2026-06-01T10:00:00Z' }, { login: 'bob' }] }));
    const res = runDist(['--policy', 'policy.yml', '--reports', 'trivy.sarif', '--request', 'request.json', '--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    recordText = readFileSync(join(r.dir, 'ai-governance-audit.json'), 'utf8');
    record = JSON.parse(recordText) as Json;
    // Kept under other names: every run of dist/index.js here starts by removing the default files.
    writeFileSync(join(r.dir, 'record.json'), recordText);
    copyFileSync(join(r.dir, 'ai-governance-statement.intoto.json'), join(r.dir, 'statement.json'));
  });
  afterAll(() => r.cleanup());

  const write = (name: string, doc: unknown) => writeFileSync(join(r.dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2) + '\n');
  const edited = (edit: (x: Json) => void): Json => {
    const copy = JSON.parse(recordText) as Json;
    edit(copy);
    return copy;
  };
  const verify = (...args: string[]) => runDist(['verify', ...args], { cwd: r.dir });

  it('keeps what an auditor asks for: the commits with their people and dates, the files, the policy text, the waivers with what they excused, the approvers and how they counted', () => {
    const a = record as AuditRecord;
    const head = r.git('rev-parse', 'HEAD').trim();
    expect(a.commits).toEqual([{ sha: head, author: { name: 'Dev One', email: 'dev1@example.com' }, authorDate: r.git('log', '-1', '--format=%aI').trim(), committer: expect.any(Object), committerDate: r.git('log', '-1', '--format=%cI').trim() }]);
    expect(a.files).toEqual({ total: 2, listed: expect.arrayContaining([expect.objectContaining({ path: 'db/migrations/002_drop.sql', status: 'added', additions: 1, deletions: 0, previousPath: null })]) });
    expect(a.policy.text).toBe(readFileSync(join(r.dir, 'policy.yml'), 'utf8'));
    expect(a.policy.sha256).toBe(createHash('sha256').update(a.policy.text).digest('hex'));
    const trivy = JSON.parse(readFileSync(join(r.dir, 'trivy.sarif'), 'utf8')) as Json;
    const waivedCount = (trivy.runs[0].results as Json[]).filter((x) => x.ruleId === 'CVE-2019-1549').length;
    expect(a.waivers).toEqual([expect.objectContaining({ rule: 'CVE-2019-1549', owner: 'security-team', reason: 'not reachable from the service', matched: waivedCount, excusedTotal: waivedCount, expired: false })]);
    expect(a.waivers[0]!.excused.map((f) => f.rule)).toEqual(Array(waivedCount).fill('CVE-2019-1549'));
    expect(a.approvers).toEqual([
      { login: 'alice', at: '2026-06-01T10:00:00Z', commitSha: null, counted: true, membership: [{ kind: 'declared-in-policy', via: 'user', detail: 'named in the policy' }] },
      { login: 'bob', at: null, commitSha: null, counted: false, membership: [] },
    ]);
    expect(a.run).toEqual(expect.objectContaining({ id: null, url: null }));
    expect(a.inputs).toEqual(expect.objectContaining({ complete: true, capped: [], now: a.timestamp }));
    expect(a.inputs!.change.patches.map((p) => p.path)).toContain('db/migrations/002_drop.sql');
  });

  it('replays the record it wrote: same decision, same violations, every field, and its statement is about it', () => {
    expect(record.decision).toBe('fail');
    const res = verify('record.json', '--statement', 'statement.json');
    expect([res.code, res.stderr]).toEqual([0, '']);
    const n = record.violations.length as number;
    expect(res.stdout).toContain(`Replayed: the decision fail, its ${n} violation${n === 1 ? '' : 's'} and every other field match`);
    expect(res.stdout).toContain('its subject is this record file and the head commit');
  });

  it('names an edited decision', () => {
    write('decision.json', edited((x) => (x.decision = 'pass')));
    const res = verify('decision.json');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('- decision: recorded "pass", replayed "fail"');
  });

  it('names an edited or removed violation', () => {
    write('message.json', edited((x) => (x.violations[0].message = 'Nothing to see.')));
    const changed = verify('message.json');
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('- violations[0].message: recorded "Nothing to see."');
    const last = record.violations.length - 1;
    write('dropped.json', edited((x) => x.violations.pop()));
    const dropped = verify('dropped.json');
    expect(dropped.code).toBe(1);
    expect(dropped.stdout).toContain(`- violations[${last}]: recorded (absent), replayed {"rule":"${record.violations[last].rule}"`);
  });

  it('names a changed policy: a text that no longer matches its digest, and the decision it would have made', () => {
    write('policy.json', edited((x) => (x.policy.text = x.policy.text.replace('max: { medium: 0 }', 'max: { medium: 10 }'))));
    const res = verify('policy.json');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('- policy.sha256: recorded');
    expect(res.stdout).toMatch(/- decision: recorded "fail", replayed "(pass|warn)"|- violations\[/);
  });

  it('names an edited input: an approval taken away is a different sign-off', () => {
    write('input.json', edited((x) => (x.inputs.change.request.approvals = x.inputs.change.request.approvals.filter((a: Json) => a.login !== 'alice'))));
    const res = verify('input.json');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('oversight.satisfied: recorded true, replayed false');
  });

  it('is exit 2, with what to do, for a record it cannot read, one that is not a record of this schema, or an older schema', () => {
    write('broken.json', recordText.slice(0, 200));
    const broken = verify('broken.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('The audit record broken.json is not JSON');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    write('extra.json', edited((x) => (x.reviewedBy = 'someone')));
    const extra = verify('extra.json');
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('does not match the audit record schema');
    expect(extra.stderr).toContain('reviewedBy');
    write('old.json', edited((x) => (x.schemaVersion = 4)));
    const old = verify('old.json');
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('keep no inputs and cannot be replayed');
    expect(verify('missing.json').stderr).toContain('The audit record missing.json could not be read (ENOENT)');
  });

  it('says when another gate version wrote a record whose replay differs (exit 2), and accepts one whose replay matches', () => {
    write('other-same.json', edited((x) => (x.tool.version = '0.0.1')));
    const same = verify('other-same.json');
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('(Written by 0.0.1, replayed by');
    write('other-differs.json', edited((x) => ((x.tool.version = '0.0.1'), (x.risk.score = x.risk.score + 1))));
    const differs = verify('other-differs.json');
    expect(differs.code).toBe(2);
    expect(differs.stdout).toContain('- risk.score:');
    expect(differs.stdout).toContain('It was written by ai-governance-gate 0.0.1');
  });

  it('checks a statement: its subject digest is the record file and its gitCommit the head; inside a signed bundle too; another record\'s is rejected', () => {
    const statement = JSON.parse(readFileSync(join(r.dir, 'statement.json'), 'utf8')) as Json;
    const head = r.git('rev-parse', 'HEAD').trim();
    expect(statementShapeProblems(statement)).toEqual([]);
    // The shape is really checked: a statement without a subject, or with a digest that is not hex, is refused.
    expect(statementShapeProblems({ ...statement, subject: [] })).not.toEqual([]);
    expect(statementShapeProblems({ ...statement, subject: [{ name: 'x', digest: { sha256: 'XYZ' } }] })).not.toEqual([]);
    expect(statement.subject).toEqual([
      { name: expect.stringMatching(new RegExp(`@${head}$`)), digest: { gitCommit: head } },
      { name: 'ai-governance-audit.json', digest: { sha256: createHash('sha256').update(recordText).digest('hex') } },
    ]);
    // As `gh attestation download` writes it: one Sigstore bundle a line, the statement base64 in a DSSE envelope.
    const bundle = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement)).toString('base64'), signatures: [{ sig: 'MEUC' }] } };
    write('bundle.jsonl', JSON.stringify(bundle) + '\n');
    expect(verify('record.json', '--statement', 'bundle.jsonl').code).toBe(0);
    // The statement of an edited record: the record file no longer has the attested digest.
    write('tampered-text.json', recordText.replace('"decision": "fail"', '"decision":  "fail"'));
    const res = verify('tampered-text.json', '--statement', 'statement.json');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("no subject has the record file's SHA-256");
    write('other-head.json', { ...statement, subject: [{ name: 'x', digest: { gitCommit: '0'.repeat(40) } }, statement.subject[1]] });
    const otherHead = verify('record.json', '--statement', 'other-head.json');
    expect(otherHead.code).toBe(1);
    expect(otherHead.stdout).toContain(`is not the record's head ${head}`);
  });
});
