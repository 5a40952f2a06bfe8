/**
 * Plans under the policy, through the pure core: real plans read from the fixtures, then evaluate()
 * with a policy. What is destroyed and which of it holds state; the plan rules; the risk floor; the
 * sign-off conditions (known from a plan, assumed without one); the summary's sentence and table,
 * escaped; the diff estimate a plan supersedes. Cases marked "constructed" are small documents written
 * from the documented format for shapes no real plan here has (a stateful replace, a create-before-destroy).
 */
import MarkdownIt from 'markdown-it';
import { evaluate, type PlansInput } from '../../src/core/evaluate.js';
import type { Change, ChangedFile, RequestInfo } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import type { LoadedPlan } from '../../src/core/plans/types.js';
import { reasonText } from '../../src/core/plans/reasons.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { planSentenceMarkdown } from '../../src/core/render/plans-section.js';
import { renderText } from '../../src/core/render/text.js';
import { auditRecord } from '../../src/core/render/audit.js';
import { readPlan } from '../../src/gather/plans/read-plan.js';
import { PLANS_DIR, ScratchDir, entry } from './support/fixtures.js';

const HEAD = 'b'.repeat(40);
const NOW = new Date('2026-06-01T12:00:00Z');

function change(files: ChangedFile[], request?: RequestInfo): Change {
  return {
    repository: 'acme/infra',
    base: 'a'.repeat(40),
    baseReason: 'explicit',
    baseDescription: 'given',
    head: HEAD,
    files,
    commits: [{ sha: HEAD, author: { name: 'Dev', email: 'dev@example.com' }, committer: { name: 'Dev', email: 'dev@example.com' }, message: 'Change infra', trailers: [], additions: 3, deletions: 1 }],
    patches: [],
    ...(request ? { request } : {}),
  };
}
const tf = (path = 'infra/main.tf'): ChangedFile => ({ path, status: 'modified', additions: 3, deletions: 1, binary: false });
const docs: ChangedFile = { path: 'README.md', status: 'modified', additions: 1, deletions: 0, binary: false };

function policy(yaml = ''): ReturnType<typeof parsePolicy>['policy'] {
  return parsePolicy(`version: 1\nrisk:\n  fail-at: never\nai:\n  fail-at-risk: never\n${yaml}`, 'test policy').policy;
}

function run(plans: LoadedPlan[] | undefined, files: ChangedFile[], p = policy(), request?: RequestInfo) {
  const input: PlansInput | undefined = plans ? { plans, violations: [] } : undefined;
  return evaluate({ policy: p, policyInfo: { source: 'test', sha256: '0'.repeat(64) }, change: change(files, request), now: NOW, plans: input });
}

const real = (file: string) => readPlan(file, PLANS_DIR);

describe('plans under the policy', () => {
  let snyk: LoadedPlan;
  let azdo: LoadedPlan;
  let creates: LoadedPlan;
  beforeAll(async () => {
    snyk = await real('terraform/snyk-tf-plan-destroy.plan.json');
    azdo = await real('terraform/tfplan2md-azuredevops-plan2.plan.json');
    creates = await real('terraform/borchero-7-create-hundreds.plan.json');
  });

  it('names every resource a real plan destroys, and the stateful one', () => {
    const e = run([snyk], [tf()]);
    const m = entry('terraform/snyk-tf-plan-destroy.plan.json');
    expect(e.plans!.destroyed.map((d) => d.resource.address).sort()).toEqual([...m.deleted, ...m.replaced].sort());
    expect(e.plans!.statefulDestroyed.map((d) => d.resource.address)).toEqual(['aws_s3_bucket.terra_ci']);
    expect(e.plans!.summaries[0]).toEqual(
      expect.objectContaining({ path: m.file, sha256: m.sha256, tool: 'terraform', toolVersion: '0.15.0', deleted: m.deleted, replaced: m.replaced, stateful: ['aws_s3_bucket.terra_ci'] }),
    );
  });

  it('makes a stateful destroy critical by default, explained, and a warning unless the policy says fail or ignore', () => {
    const e = run([snyk], [tf()]);
    expect(e.risk.level).toBe('critical');
    const plan = e.risk.destructive.filter((d) => d.source === 'plan');
    expect(plan).toHaveLength(8);
    expect(plan[0]).toEqual(expect.objectContaining({ address: 'aws_s3_bucket.terra_ci', action: 'delete', stateful: true, reversible: false, kind: 'plan-delete' }));
    expect(plan.slice(1).every((d) => d.stateful === false && d.reversible)).toBe(true);
    expect(e.risk.questions.blastRadius).toMatch(/^From 1 plan: 8 resources destroyed \(1 stateful resource\)\./);
    expect(e.violations.map((v) => [v.rule, v.level])).toEqual([['plans.stateful-destroy', 'warning']]);
    expect(e.decision).toBe('warn');
    expect(run([snyk], [tf()], policy('plans:\n  stateful-destroy: fail\n')).decision).toBe('fail');
    expect(run([snyk], [tf()], policy('plans:\n  stateful-destroy: ignore\n')).violations).toEqual([]);
    // The floor can be lowered: the points of the destroys alone then decide.
    const lowered = run([snyk], [tf()], policy('plans:\n  stateful-risk: low\n'));
    expect(lowered.risk.factors.map((f) => f.id)).not.toContain('plan:stateful-destroy');
  });

  it('bounds deletes and replaces', () => {
    const e = run([azdo, snyk], [tf()], policy('plans:\n  max-deletes: 8\n  max-replaces: 0\n'));
    const rules = e.violations.filter((v) => v.level === 'error').map((v) => v.rule);
    expect(rules).toEqual(['plans.max-deletes', 'plans.max-replaces']);
    expect(e.violations.find((v) => v.rule === 'plans.max-deletes')!.message).toMatch(/^The plans delete 9 resources \(.*\); the policy allows at most 8\.$/);
    expect(e.violations.find((v) => v.rule === 'plans.max-replaces')!.message).toContain('azuredevops_variable_group');
    expect(run([azdo, snyk], [tf()], policy('plans:\n  max-deletes: 9\n  max-replaces: 1\n')).violations.filter((v) => v.level === 'error')).toEqual([]);
  });

  it('says what a plan that destroys nothing does, and adds no risk for it', () => {
    const e = run([creates], [tf()]);
    expect(e.plans!.destroyed).toEqual([]);
    expect(e.risk.destructive).toEqual([]);
    expect(renderMarkdown({ evaluation: e, change: change([tf()]), policyInfo: { source: 't', sha256: '0'.repeat(64) }, version: 'test' })).toContain(
      'The plan destroys nothing: 300 to create, 0 to update, 0 to replace, 0 to delete.',
    );
  });

  it('without a plan, says the blast radius of infrastructure code is estimated from the diff; nothing when no infrastructure changed', () => {
    const e = run(undefined, [tf('modules/db/main.tf'), docs]);
    expect(e.plans!.estimatedFromDiff).toBe(true);
    expect(e.plans!.infrastructureFiles).toEqual(['modules/db/main.tf']);
    expect(e.risk.questions.blastRadius).toMatch(/^Estimated from the diff: no plan was given for the infrastructure code this change touches\./);
    const md = renderMarkdown({ evaluation: e, change: change([tf('modules/db/main.tf')]), policyInfo: { source: 't', sha256: '0'.repeat(64) }, version: 'test' });
    expect(md).toContain('No plan was given for this change to infrastructure code (`modules/db/main.tf`): its blast radius is estimated from the diff');
    expect(auditRecord({ evaluation: e, change: change([tf()]), policyInfo: { source: 't', sha256: '0'.repeat(64) }, platform: 'local', version: 't', timestamp: NOW, policyText: 'version: 1\n' })).toEqual(
      expect.objectContaining({ plans: [], blastRadiusFrom: 'diff' }),
    );
    const plain = run(undefined, [docs]);
    expect(plain.plans).toBeUndefined();
    expect(renderMarkdown({ evaluation: plain, change: change([docs]), policyInfo: { source: 't', sha256: '0'.repeat(64) }, version: 'test' })).not.toContain('### Plans');
  });

  describe('sign-off conditions', () => {
    const RULES = `approvals:
  rules:
    - name: stateful-destroy
      when: { ai-assisted: false, destroys-stateful: true }
      require: { count: 2, teams: [acme/seniors] }
    - name: many-destroys
      when: { destroys-at-least: 5 }
      require: { count: 1, users: [lead] }
    - name: safe-infra
      when: { destroys-stateful: false, paths: ['**/*.tf'] }
      require: { count: 1, users: [peer] }
`;
    const request: RequestInfo = { author: 'dev', labels: [], assignees: [], requestedReviewers: [], approvals: [] };
    const rulesOf = (e: ReturnType<typeof run>) => e.oversight.required.flatMap((r) => r.rules).sort();

    it('apply from what the plan says', () => {
      expect(rulesOf(run([snyk], [tf()], policy(RULES), request))).toEqual(['many-destroys', 'stateful-destroy']);
      expect(rulesOf(run([azdo], [tf()], policy(RULES), request))).toEqual(['safe-infra']);
      expect(rulesOf(run([creates], [tf()], policy(RULES), request))).toEqual(['safe-infra']);
    });

    it('apply as if the worst were true when infrastructure changed without a plan, and say why', () => {
      const e = run(undefined, [tf()], policy(RULES), request);
      expect(rulesOf(e)).toEqual(['many-destroys', 'stateful-destroy']);
      expect(e.notes).toEqual([
        expect.stringMatching(/^Approval rule "stateful-destroy" applies because no plan was given/),
        expect.stringMatching(/^Approval rule "many-destroys" applies because no plan was given/),
      ]);
      // No infrastructure, no plan: nothing is destroyed.
      expect(rulesOf(run(undefined, [docs], policy(RULES), request))).toEqual([]);
    });
  });

  describe('constructed from the documented format: a stateful replace, created before destroyed', () => {
    let scratch: ScratchDir;
    let replace: LoadedPlan;
    beforeAll(async () => {
      scratch = new ScratchDir();
      const resource = (address: string, type: string, actions: string[], extra: object = {}) => ({ address, mode: 'managed', type, name: 'x', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions, before: {}, after: {}, ...extra }, action_reason: 'replace_because_cannot_update' });
      scratch.write('constructed.json', {
        format_version: '1.2',
        terraform_version: '1.9.0',
        planned_values: {},
        resource_changes: [
          resource('aws_db_instance.main', 'aws_db_instance', ['delete', 'create'], { replace_paths: [['engine']] }),
          resource('aws_security_group.db', 'aws_security_group', ['create', 'delete'], { replace_paths: [['name']] }),
        ],
      });
      replace = await readPlan('constructed.json', scratch.dir);
    });
    afterAll(() => scratch.cleanup());

    it('puts the issue\'s sentence on the first screen, escaped, with the table of what is destroyed', () => {
      const e = run([replace], [tf()]);
      const md = renderMarkdown({ evaluation: e, change: change([tf()]), policyInfo: { source: 't', sha256: '0'.repeat(64) }, version: 'test' });
      const sentence = 'This change will destroy 2 resources (1 stateful), including `aws_db_instance.main` (stateful: relational database; replaced because `engine` changed).';
      // The one sentence a summary can put first, and the section that carries it.
      expect(planSentenceMarkdown(e.plans!)).toBe(sentence);
      // On the first screen it is the first reason, followed by the advice for a stateful destroy.
      expect(md).toContain(`\n- ${sentence.slice(0, -1)} — make sure a backup or snapshot exists`);
      expect(md.indexOf(sentence.slice(0, -1))).toBeLessThan(md.indexOf('<details>'));
      expect(md).toContain('| `aws_security_group.db` | replace | no | replaced because `name` changed (the new one is created first) | `constructed.json` |');
      // The plan section comes before the evidence sections.
      expect(md.indexOf('<details><summary>Plans: 2 resources destroyed (1 stateful), from 1 plan</summary>')).toBeLessThan(md.indexOf('<details><summary>AI attribution'));
      const text = renderText({ evaluation: e, change: change([tf()]), policyInfo: { source: 't', sha256: '0'.repeat(64) }, version: 'test' }, false);
      expect(text).toContain('This change will destroy 2 resources (1 stateful), including `aws_db_instance.main` (stateful: relational database; replaced because `engine` changed).');
    });
  });

  it('lets a plan replace the diff\'s estimate of the same resource, and keeps the estimates it does not name', () => {
    const patch = { path: 'infra/main.tf', added: [], removed: ['resource "aws_s3_bucket" "terra_ci" {', 'resource "aws_s3_bucket" "other" {'], addedRanges: [] };
    const withPatch = (plans: LoadedPlan[] | undefined) =>
      evaluate({ policy: policy(), policyInfo: { source: 'test', sha256: '0'.repeat(64) }, change: { ...change([tf()]), patches: [patch] }, now: NOW, plans: plans ? { plans, violations: [] } : undefined });
    const diffOnly = withPatch(undefined).risk.destructive.map((d) => [d.kind, d.address]);
    expect(diffOnly).toEqual([['terraform-resource-removed', 'aws_s3_bucket.terra_ci'], ['terraform-resource-removed', 'aws_s3_bucket.other']]);
    const both = withPatch([snyk]).risk.destructive;
    expect(both.filter((d) => d.source !== 'plan').map((d) => d.address)).toEqual(['aws_s3_bucket.other']);
    expect(both.filter((d) => d.source === 'plan')).toHaveLength(8);
  });

  it('words every Terraform reason code, and keeps an unknown one as written', () => {
    const codes = [
      'replace_because_cannot_update', 'replace_because_tainted', 'replace_by_request', 'replace_by_triggers', 'delete_because_no_resource_config',
      'delete_because_wrong_repetition', 'delete_because_count_index', 'delete_because_each_key', 'delete_because_no_module',
      'delete_because_no_move_target', 'delete_because_enabled_false', 'read_because_config_unknown', 'read_because_dependency_pending', 'read_because_check_nested',
    ];
    for (const code of codes) {
      const action = code.startsWith('read') ? 'read' : code.startsWith('delete') ? 'delete' : 'replace';
      const words = reasonText({ address: 'a.b', type: 'a', action, reasonCode: code });
      expect([code, words]).toEqual([code, expect.stringMatching(/^(replaced|deleted|read during apply) because [a-z]/)]);
      expect(words).not.toContain(code);
    }
    expect(reasonText({ address: 'a.b', type: 'a', action: 'delete', reasonCode: 'delete_because_new_thing' })).toBe('deleted because `delete_because_new_thing`');
    expect(reasonText({ address: 'a.b', type: 'a', action: 'replace', replacePaths: ['a', 'b', 'c', 'd', 'e'] })).toBe('replaced because `a`, `b`, `c` and 2 more changed');
  });

  it('escapes what a plan says before it reaches Markdown', () => {
    const hostile: LoadedPlan = {
      path: 'plan.json',
      sha256: '0'.repeat(64),
      tool: 'terraform',
      toolVersion: '<img src=x onerror=alert(1)>',
      formatVersion: '1.2',
      drift: 0,
      notes: [],
      resources: [{ address: 'aws_s3_bucket.x<script>alert(1)</script>|@admin #1', type: 'aws_s3_bucket', action: 'replace', replacePaths: ['`</code><b>x</b>'], reasonCode: 'x' }],
    };
    const e = run([hostile], [tf()]);
    const html = new MarkdownIt({ html: true }).render(renderMarkdown({ evaluation: e, change: change([tf()]), policyInfo: { source: 't', sha256: '0'.repeat(64) }, version: 'test' }));
    expect(html).not.toMatch(/<script|<img|<b>x/);
    // A mention notifies outside code only; in code spans the platforms show it as written.
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@admin/);
    expect(html).toContain('<code>aws_s3_bucket.x&lt;script&gt;alert(1)&lt;/script&gt;|@admin #1</code>');
  });
});
