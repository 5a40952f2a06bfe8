/**
 * `npm audit --json` from npm 7 on (`auditReportVersion: 2`): `vulnerabilities` maps each vulnerable
 * package to its severity and `via` — advisories (objects) or other vulnerable packages it depends
 * on (names). One finding per vulnerable package, as npm itself counts them.
 */
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { isObject, Obj } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

const TOOL = 'npm audit';

function detect(doc: unknown): boolean {
  return isObject(doc) && typeof doc.auditReportVersion === 'number' && doc.auditReportVersion >= 2 && 'vulnerabilities' in doc;
}

/** The advisory id from its URL (`https://github.com/advisories/GHSA-xxxx` → `GHSA-xxxx`), else npm's number. */
function advisoryId(advisory: Obj): string | undefined {
  const url = advisory.string('url');
  const fromUrl = url?.split('/').filter((s) => s !== '').pop();
  return firstText(fromUrl && /^GHSA-/i.test(fromUrl) ? fromUrl : undefined, advisory.text('source'), fromUrl);
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const root = Obj.root(doc, ctx.report, 'npm audit JSON report');
  const findings = root.requiredEntries('vulnerabilities').map(([key, pkg]) => {
    const name = firstText(pkg.string('name')) ?? key;
    const range = pkg.string('range');
    const advisories: Obj[] = [];
    const dependencies: string[] = [];
    for (const entry of pkg.elements('via')) {
      if (typeof entry.value === 'string') dependencies.push(entry.value);
      else if (isObject(entry.value)) advisories.push(new Obj(entry.value, entry.at));
      else entry.at.fail('an advisory object or a package name', entry.value);
    }
    const first = advisories[0];
    const ids = advisories.map(advisoryId).filter((s): s is string => s !== undefined);
    const native = pkg.string('severity');
    const version = range ? ` ${range}` : '';
    const message = first
      ? `${firstText(first.string('title'), ids[0]) ?? 'Advisory'} in ${name}${version}`
      : `${name}${version} is vulnerable through ${dependencies.join(', ') || 'its dependencies'}`;
    return makeFinding(ctx, {
      tool: TOOL,
      rule: ids[0] ?? name,
      severity: fromWord(native),
      nativeSeverity: native,
      message,
      path: pkg.strings('nodes')[0],
      fingerprint: [name, ...(ids.length > 0 ? ids : dependencies)].join(':'),
    });
  });
  return { tool: TOOL, findings };
}

export const npmAuditReader: ReportReader = { format: 'npm-audit', detect, read };
