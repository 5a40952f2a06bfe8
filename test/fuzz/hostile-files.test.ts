/**
 * Files the gate is pointed at, and paths inside reports:
 * - a path inside a report is shown, never opened: a report whose results point at /etc/passwd, at a
 *   path that climbs out of the checkout and at a FIFO runs to the end (opening the FIFO would block
 *   with no writer), and nothing of /etc/passwd reaches any output;
 * - the policy and request files are read up to a limit, so a huge file ends in a clear error instead
 *   of exhausting memory, and only regular files are read: a device such as /dev/zero or a FIFO is
 *   refused at once, naming it (a FIFO would otherwise wait for a writer forever).
 */
import { constants, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { loadPolicyFile } from '../../src/gather/policy.js';
import { MAX_POLICY_BYTES } from '../../src/core/policy/parse.js';
import { MAX_REQUEST_BYTES, readRequestFile } from '../../src/gather/request-file.js';
import { tempRepos } from '../helpers/git-repo.js';
import { cleanEnv, distEntry } from '../helpers/run-dist.js';
import { readAuditRecord } from '../helpers/audit-record.js';
import { leanExecFileSync, leanSpawnSync } from '../helpers/lean-exec.js';

const PASSWD = '/etc/passwd';
const hasPasswd = existsSync(PASSWD);
/** A line of /etc/passwd that could only reach the output if the file were read. */
const passwdLine = hasPasswd ? readFileSync(PASSWD, 'utf8').split('\n').find((l) => l.includes(':x:') || l.split(':').length > 5) : undefined;

function sarifPointingAt(uris: string[]): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Hostile', rules: [{ id: 'hostile/path' }] } },
        originalUriBaseIds: { ETC: { uri: 'file:///etc/' } },
        results: [
          ...uris.map((uri, i) => ({
            ruleId: 'hostile/path',
            level: 'error',
            message: { text: `result ${i}` },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1, endLine: 3 } } }],
          })),
          {
            ruleId: 'hostile/path',
            level: 'error',
            message: { text: 'through a uriBaseId' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'passwd', uriBaseId: 'ETC' }, region: { startLine: 1 } } }],
          },
        ],
      },
    ],
  });
}

/** Runs dist/index.js with a hard time limit; a gate that opened the FIFO would never finish. */
function runGate(args: string[], cwd: string): { code: number | null; timedOut: boolean; stdout: string; stderr: string; audit: string } {
  const r = leanSpawnSync(process.execPath, [distEntry, ...args], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 30_000 });
  const auditPath = join(cwd, 'ai-governance-audit.json');
  return {
    code: r.status,
    timedOut: r.error !== undefined || r.signal !== null,
    stdout: r.stdout,
    stderr: r.stderr,
    audit: existsSync(auditPath) ? readFileSync(auditPath, 'utf8') : '',
  };
}

describe('paths inside reports are displayed, never opened', () => {
  const fresh = tempRepos();

  it.each(['new', 'all', 'changed-files', 'changed-lines'])('scope %s: the gate finishes and shows the paths, and reads none of them', (scope) => {
    const r = fresh();
    r.write('src/app.js', 'export const a = 1;\n');
    r.commit('base');
    r.write('src/app.js', 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n');
    r.commit('change app');
    const fifo = join(r.dir, 'src', 'pipe');
    leanExecFileSync('mkfifo', [fifo]);
    const uris = ['file:///etc/passwd', PASSWD, '../../../../../../../../etc/passwd', fifo, 'src/pipe', `file://${fifo}`, 'src/app.js'];
    writeFileSync(join(r.dir, 'hostile.sarif'), sarifPointingAt(uris));
    writeFileSync(join(r.dir, 'leaks.json'), JSON.stringify([{ RuleID: 'generic', File: fifo, StartLine: 2, Fingerprint: 'x' }, { RuleID: 'generic', File: PASSWD, StartLine: 1, Fingerprint: 'y' }]));
    writeFileSync(join(r.dir, 'policy.yml'), `version: 1\nfindings:\n  scope: ${scope}\n`);

    const res = runGate(
      ['--policy', 'policy.yml', '--reports', 'hostile.sarif', '--reports', 'leaks.json', '--baseline', 'leaks.json', '--format', 'markdown', '--summary-file', 'summary.md'],
      r.dir,
    );
    expect(res.timedOut).toBe(false);
    expect(res.stderr).toBe('');
    expect([0, 1]).toContain(res.code);

    const audit = readAuditRecord(res.audit, 'of the hostile reports run');
    expect(audit.findings!.reports.map((x) => x.path)).toEqual(['hostile.sarif', 'leaks.json']);
    // Every result was read (and counted) without touching the file it names.
    expect(audit.findings!.reports[0]!.results).toBe(uris.length + 1);
    const summary = readFileSync(join(r.dir, 'summary.md'), 'utf8');
    for (const out of [res.stdout, summary, res.audit]) {
      if (passwdLine) expect(out).not.toContain(passwdLine);
    }
    if (scope === 'all') expect(summary).toContain(PASSWD);

    // Nobody holds the FIFO open for reading now: opening it to write without blocking finds no reader.
    expect(() => openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)).toThrow(expect.objectContaining({ code: 'ENXIO' }));
  });
});

describe('the policy and request files are read up to a limit', () => {
  const fresh = tempRepos();

  async function rejectsQuickly(read: () => Promise<unknown>): Promise<InputError> {
    const started = performance.now();
    const e = await read().then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }

  it('a policy that is a device (/dev/zero) is refused at once, naming it', async () => {
    const e = await rejectsQuickly(() => loadPolicyFile('/dev/zero', '/'));
    expect(e.message).toBe('/dev/zero is a device, not a regular file; only regular files are read.');
  });

  it('a policy one byte over the limit is refused; one at the limit is read', async () => {
    const r = fresh();
    const head = 'version: 1\n#';
    writeFileSync(join(r.dir, 'at.yml'), head + 'x'.repeat(MAX_POLICY_BYTES - head.length - 1) + '\n');
    writeFileSync(join(r.dir, 'over.yml'), head + 'x'.repeat(MAX_POLICY_BYTES - head.length) + '\n');
    expect((await loadPolicyFile('at.yml', r.dir)).policy.version).toBe(1);
    const e = await rejectsQuickly(() => loadPolicyFile('over.yml', r.dir));
    expect(e.message).toContain('larger than the limit');
  });

  it('a request file that is a device (/dev/zero) is refused at once, naming it', async () => {
    const e = await rejectsQuickly(() => readRequestFile('/dev/zero', '/'));
    expect(e.message).toContain('/dev/zero is a device, not a regular file');
  });

  it('a request file one byte over the limit is refused; one at the limit is read', async () => {
    const r = fresh();
    const json = JSON.stringify({ number: 7, title: 'x', labels: ['a'] });
    // JSON allows any amount of whitespace after the value, so size is the only difference.
    writeFileSync(join(r.dir, 'at.json'), json + ' '.repeat(MAX_REQUEST_BYTES - json.length));
    writeFileSync(join(r.dir, 'over.json'), json + ' '.repeat(MAX_REQUEST_BYTES - json.length + 1));
    expect((await readRequestFile('at.json', r.dir)).number).toBe(7);
    await rejectsQuickly(() => readRequestFile('over.json', r.dir));
  });

  it('a request file given as a FIFO is refused at once, even with no writer on the other end', async () => {
    const r = fresh();
    const fifo = join(r.dir, 'request.pipe');
    leanExecFileSync('mkfifo', [fifo]);
    const e = await rejectsQuickly(() => readRequestFile(fifo, r.dir));
    expect(e.message).toBe(`${fifo} is a FIFO (named pipe), not a regular file; only regular files are read.`);
  });
});
