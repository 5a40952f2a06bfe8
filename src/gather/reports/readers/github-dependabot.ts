/**
 * Dependabot alerts as GitHub's GraphQL API returns them: `data.repository.vulnerabilityAlerts.nodes`,
 * or a repository search (`data.search.nodes[].vulnerabilityAlerts.nodes`). Dismissed alerts are read
 * as suppressed; fixed ones are no longer findings.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { firstObject, isObject, Obj } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

const TOOL = 'Dependabot';

function detect(doc: unknown): boolean {
  if (!isObject(doc) || !isObject(doc.data)) return false;
  const { repository, search } = doc.data;
  if (isObject(repository) && 'vulnerabilityAlerts' in repository) return true;
  const first = isObject(search) ? firstObject(search.nodes) : undefined;
  return first !== undefined && 'vulnerabilityAlerts' in first;
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const data = Obj.root(doc, ctx.report, 'GitHub Dependabot alerts (GraphQL)').requiredObject('data');
  const repository = data.object('repository');
  const repositories = repository ? [repository] : data.requiredObject('search').requiredObjects('nodes');
  const findings = repositories.flatMap((repo) =>
    repo
      .requiredObject('vulnerabilityAlerts')
      .requiredObjects('nodes')
      .filter((alert) => alert.string('state') !== 'FIXED' && alert.string('fixedAt') === undefined)
      .map((alert) => readAlert(alert, ctx)),
  );
  return { tool: TOOL, findings };
}

function readAlert(alert: Obj, ctx: ReadContext): Finding {
  const vulnerability = alert.requiredObject('securityVulnerability');
  const advisory = vulnerability.object('advisory');
  const identifiers = advisory?.objects('identifiers') ?? [];
  const ghsa = identifiers.find((i) => i.string('type') === 'GHSA');
  const rule = firstText(ghsa?.string('value'), advisory?.string('ghsaId'), identifiers[0]?.string('value')) ?? 'unknown';
  const pkg = vulnerability.object('package')?.string('name');
  const native = vulnerability.string('severity');
  const state = alert.string('state');
  return makeFinding(ctx, {
    tool: TOOL,
    rule,
    severity: fromWord(native),
    nativeSeverity: native,
    message: `${firstText(advisory?.string('summary'), rule)}${pkg ? ` (${pkg})` : ''}`,
    path: alert.string('vulnerableManifestPath'),
    fingerprint: alert.string('id'),
    suppressed: state === 'DISMISSED' || state === 'AUTO_DISMISSED' || alert.string('dismissedAt') !== undefined,
  });
}

export const githubDependabotReader: ReportReader = { format: 'github-dependabot', detect, read };
