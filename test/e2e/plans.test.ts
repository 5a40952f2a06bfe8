/**
 * Plans end to end through dist/index.js: an AI-assisted change to Terraform code with the real plan of
 * a destroy (an S3 bucket among eight resources), judged under the README's five-line sign-off rule and
 * dry-run with --request; the same change without a plan; plans of every tool at once; plans that cannot
 * be read. Expected counts come from the fixtures' manifest, computed independently of the gate.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { load } from 'js-yaml';
import { TempRepo } from '../helpers/git-repo.js';
import { projectRoot } from '../helpers/corpus.js';
import { runDist } from '../helpers/run-dist.js';
import { AUDIT_SCHEMA_VERSION } from '../../src/core/render/audit-version.js';
import { PLANS_DIR, entry } from '../plans/support/fixtures.js';
import { gitlabCiValidator } from '../platform/gitlab/ci-schema.js';

const README = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const section = (heading: string) => {
  const start = README.indexOf(heading);
  return README.slice(start, README.indexOf('\n### ', start + heading.length));
};
const yamlBlocks = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** The rule as the README writes it; only the policy's own risk rules are turned off, so the rule alone decides. */
const README_RULE = yamlBlocks(section('### Sign-off for what a plan destroys'))[0]!;
const POLICY = `version: 1\nrisk:\n  fail-at: never\nai:\n  fail-at-risk: never\n${README_RULE}`;

const SNYK = entry('terraform/snyk-tf-plan-destroy.plan.json');
const AI_AUTHOR = { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' };
const SENIORS = ['acme/platform-seniors'];

describe('plans through dist/index.js', () => {
  let r: TempRepo;
  let head: string;
  beforeAll(() => {
    r = new TempRepo();
    r.write('infra/main.tf', 'resource "aws_s3_bucket" "terra_ci" {\n  bucket = "terra-ci"\n}\n').write('.ai-governance.yml', POLICY);
    r.commit('base');
    r.write('infra/main.tf', '# the CI runner moved elsewhere\n');
    head = r.commit({ message: 'Tear down the CI runner\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>\n', author: AI_AUTHOR });
    mkdirSync(join(r.dir, 'plans'));
    copyFileSync(join(PLANS_DIR, SNYK.file), join(r.dir, 'plans/tfplan.json'));
  });
  afterAll(() => r.cleanup());

  const request = (approvals: object[]) =>
    writeFileSync(join(r.dir, 'request.json'), JSON.stringify({ number: 7, author: 'Copilot', authorIsBot: true, sourceBranch: 'copilot/teardown', assignees: ['octocat'], approvals }));

  it('the README\'s rule is five lines', () => {
    expect(README_RULE.trim().split('\n')).toHaveLength(5);
    expect(README_RULE).toContain('destroys-stateful: true');
  });

  it('names what the plan destroys on the first screen, records it, and asks two seniors to sign the stateful destroy off', () => {
    request([{ login: 'alice', commitSha: head, teams: SENIORS }]);
    const res = runDist(['--plans', 'plans/*.json', '--request', 'request.json', '--format', 'markdown', '--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    const a = res.audit!;
    expect(a.schemaVersion).toBe(AUDIT_SCHEMA_VERSION);
    expect(a.blastRadiusFrom).toBe('plans');
    expect(a.plans).toEqual([
      {
        path: 'plans/tfplan.json',
        sha256: SNYK.sha256,
        tool: 'terraform',
        toolVersion: SNYK.toolVersion,
        formatVersion: SNYK.formatVersion,
        counts: { ...SNYK.counts, forget: 0 },
        deleted: SNYK.deleted,
        replaced: SNYK.replaced,
        stateful: ['aws_s3_bucket.terra_ci'],
        drift: SNYK.driftEntries,
        notes: [],
      },
    ]);
    expect(a.risk.level).toBe('critical');
    expect(a.risk.destructive.filter((d: { source?: string }) => d.source === 'plan').map((d) => d.address).sort()).toEqual([...SNYK.deleted].sort());
    const required = a.oversight.required;
    expect(required).toHaveLength(1);
    expect(required[0]).toMatchObject({ rules: ['ai-stateful-destroy'], needed: 2, missing: 1 });
    expect(a.violations.map((v: { rule: string; level: string }) => [v.rule, v.level])).toEqual([
      ['plans.stateful-destroy', 'warning'],
      ['approvals.required', 'error'],
    ]);
    // The sentence is the first reason, with the advice its cause needs, before the next action and the evidence.
    const sentence = `- This change will destroy ${SNYK.deleted.length} resources (1 stateful), including \`aws_s3_bucket.terra_ci\` (stateful: object storage bucket) — make sure a backup or snapshot exists`;
    expect(res.stdout).toContain(sentence);
    const html = new MarkdownIt({ html: true }).render(res.stdout);
    const order = ['FAIL — needs sign-off', 'This change will destroy', 'Next:</strong>', 'Sign-off: 1 approval missing', 'AI attribution'].map((t) => html.indexOf(t));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
  });

  it('passes once two seniors other than the requester approved the head', () => {
    request([
      { login: 'alice', commitSha: head, teams: SENIORS },
      { login: 'dave', commitSha: head, teams: SENIORS },
    ]);
    const res = runDist(['--plans', 'plans/tfplan.json', '--request', 'request.json', '--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(res.audit!.oversight.satisfied).toBe(true);
    expect(res.audit!.decision).toBe('warn');
    expect(res.stdout).toContain('This change will destroy 8 resources (1 stateful)');
  });

  it('without a plan, says the blast radius is estimated from the diff and applies the rule anyway, saying why', () => {
    request([]);
    const res = runDist(['--request', 'request.json', '--format', 'markdown', '--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.audit!.plans).toEqual([]);
    expect(res.audit!.blastRadiusFrom).toBe('diff');
    expect(res.stdout).toContain('No plan was given for this change to infrastructure code (`infra/main.tf`): its blast radius is estimated from the diff');
    expect(res.audit!.risk.questions.blastRadius).toMatch(/^Estimated from the diff/);
    expect(res.audit!.oversight.required[0]!.rules).toEqual(['ai-stateful-destroy']);
    expect(res.audit!.notes).toContainEqual(expect.stringMatching(/^Approval rule "ai-stateful-destroy" applies because no plan was given/));
  });

  it('reads plans of every tool at once, each counted as its manifest says', () => {
    const files = ['opentofu/tofu-equiv-local-provider-update.plan.json', 'pulumi/stratify-preview-deletes.json', 'cloudformation/localstack-stack-deletion-order-3-removes.changeset.json'];
    mkdirSync(join(r.dir, 'more'), { recursive: true });
    files.forEach((f, i) => copyFileSync(join(PLANS_DIR, f), join(r.dir, `more/${i}-${f.split('/')[1]}`)));
    const res = runDist(['--plans', 'more/*.json', '--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    const plans = res.audit!.plans as Array<{ tool: string; counts: Record<string, number>; deleted: string[]; replaced: string[]; sha256: string }>;
    expect(plans.map((p) => p.tool)).toEqual(['opentofu', 'pulumi', 'cloudformation']);
    plans.forEach((p, i) => {
      const m = entry(files[i]!);
      const { forget, ...six } = p.counts;
      expect([files[i], six, forget, p.deleted, p.replaced, p.sha256]).toEqual([files[i], m.counts, 0, m.deleted, m.replaced, m.sha256]);
    });
  });

  it('fails closed on a plan it cannot read or cannot find, naming the file and what it is', () => {
    copyFileSync(join(PLANS_DIR, 'not-a-plan/tfplan2md-azuredevops-terraform.tfstate.json'), join(r.dir, 'state.json'));
    const res = runDist(['--plans', 'state.json', '--plans', 'missing/*.json', '--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.code).toBe(1);
    const v = res.audit!.violations.filter((x: { rule: string }) => x.rule.startsWith('plans.plan-'));
    expect(v).toEqual([
      expect.objectContaining({ rule: 'plans.plan-unreadable', level: 'error', message: 'The plan state.json could not be read: this is a Terraform state file (terraform.tfstate), not a plan.' }),
      expect.objectContaining({ rule: 'plans.plan-missing', level: 'error', message: expect.stringContaining('"missing/*.json"') }),
    ]);
    expect(res.audit!.blastRadiusFrom).toBe('diff');
    // Asked for and not read is not the same as never given.
    expect(res.stdout).toContain('No plan could be read for this change to infrastructure code (`infra/main.tf`): its blast radius is estimated from the diff');
  });
});

describe('the README on producing plans in CI', () => {
  const ci = section('### Producing the plan in CI');
  const [github, gitlab] = yamlBlocks(ci).map((b) => load(b) as Record<string, any>);

  it('hands the plan artifact to the gate on GitHub, by the input the action declares', () => {
    const action = load(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as Record<string, any>;
    const upload = github!.jobs.plan.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'));
    const download = github!.jobs.gate.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/download-artifact'));
    const gate = github!.jobs.gate.steps.find((s: { uses?: string }) => s.uses?.includes('ai-governance-gate'));
    expect(download.with.name).toBe(upload.with.name);
    expect(Object.keys(gate.with).every((k) => k in action.inputs)).toBe(true);
    expect(gate.with.plans).toBe(upload.with.path);
    const template = load(readFileSync(join(projectRoot, 'templates/github/ai-governance-with-plan.yml'), 'utf8')) as Record<string, any>;
    expect(template.jobs.gate.needs).toBe('plan');
    expect(template.jobs.gate.steps.find((s: { uses?: string }) => s.uses?.includes('ai-governance-gate')).with.plans).toBe('plan.json');
    expect(template.jobs.plan.steps.find((s: { uses?: string }) => s.uses?.startsWith('hashicorp/setup-terraform')).with.terraform_wrapper).toBe(false);
  });

  it('is valid GitLab CI on GitLab, the plan an artifact of an earlier stage', () => {
    expect(gitlabCiValidator()(gitlab)).toEqual([]);
    expect(gitlab!.stages.indexOf(gitlab!.plan.stage)).toBeLessThan(gitlab!.stages.indexOf('test'));
    expect(gitlab!.plan.artifacts.paths).toEqual([gitlab!.include[0].inputs.plans]);
  });
});
