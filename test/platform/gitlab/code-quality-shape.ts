/**
 * The Code Quality report format as GitLab documents it ("Code Quality report format"): a JSON array
 * of CodeClimate issues, each with description, check_name, fingerprint, a severity of info, minor,
 * major, critical or blocker, location.path and location.lines.begin (an integer). Returns the
 * problems found, so a test shows all of them at once.
 */
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

export function codeQualityProblems(json: unknown): string[] {
  if (!Array.isArray(json)) return ['the report is not a JSON array'];
  const problems: string[] = [];
  const seen = new Set<string>();
  json.forEach((issue: any, i) => {
    const at = `[${i}]`;
    if (typeof issue !== 'object' || issue === null) return problems.push(`${at} is not an object`);
    for (const key of ['description', 'check_name', 'fingerprint']) {
      if (typeof issue[key] !== 'string' || issue[key] === '') problems.push(`${at}.${key} is not a non-empty string`);
    }
    if (!SEVERITIES.includes(issue.severity)) problems.push(`${at}.severity "${issue.severity}" is not one of ${SEVERITIES.join(', ')}`);
    if (typeof issue.location?.path !== 'string' || issue.location.path === '') problems.push(`${at}.location.path is missing`);
    if (issue.location?.path?.startsWith('/')) problems.push(`${at}.location.path is absolute; GitLab expects a repository path`);
    if (!Number.isInteger(issue.location?.lines?.begin) || issue.location.lines.begin < 1) problems.push(`${at}.location.lines.begin is not a positive integer`);
    if (seen.has(issue.fingerprint)) problems.push(`${at}.fingerprint repeats an earlier issue's`);
    seen.add(issue.fingerprint);
    return undefined;
  });
  return problems;
}
