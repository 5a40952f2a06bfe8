/**
 * Destructive operations found in real git history: temporary repositories whose commits carry real
 * migration and Terraform files (test/fixtures/risk, provenance in its README), read by the git reader
 * as the gate reads them, then scored and put into words.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChange } from '../../src/gather/git/read-change.js';
import { resolveRange } from '../../src/gather/git/range.js';
import { loadSqlParser } from '../../src/gather/sql-parser.js';
import { defaultPolicy } from '../../src/core/policy/parse.js';
import { assessRisk } from '../../src/core/risk/score.js';
import { needsContent } from '../../src/core/risk/destructive.js';
import { sensitiveGroupsOf } from '../../src/core/risk/sensitive.js';
import { describeRisk } from '../../src/core/render/risk-words.js';
import type { SqlStatementParser } from '../../src/core/risk/destructive/sql-ast.js';
import { projectRoot } from '../helpers/corpus.js';
import { type TempRepo, tempRepos } from '../helpers/git-repo.js';

const fixture = (path: string) => readFileSync(join(projectRoot, 'test/fixtures/risk', path), 'utf8');
const policy = defaultPolicy();
let parser: SqlStatementParser;
beforeAll(async () => {
  parser = await loadSqlParser();
});

/** The destructive operations of the last commit, as the gate reads and words them. */
async function operationsOf(r: TempRepo) {
  const range = await resolveRange(r.dir, { base: 'HEAD~1', head: 'HEAD' });
  const groupsOf = sensitiveGroupsOf(policy);
  const change = await readChange(r.dir, range, (f) => needsContent(f, (p) => groupsOf(p).length > 0), 'repo');
  const risk = describeRisk(assessRisk({ policy, files: change.files, patches: change.patches, aiShare: 0, sqlParser: parser }), '');
  return risk.destructive;
}

const brief = (ops: Awaited<ReturnType<typeof operationsOf>>) => ops.map((o) => `${o.kind} ${o.objectType} ${o.object}`);

describe('migrations in real repositories', () => {
  const repo = tempRepos();

  it('golang-migrate: a DROP in a .down.sql is the way back, not a destruction; the up file names its down step', async () => {
    const r = repo();
    r.write('README.md', '# app\n').commit('base');
    r.write('db/migrations/1485949617_create_movies_table.up.sql', fixture('golang-migrate/1485949617_create_movies_table.up.sql'));
    r.write('db/migrations/1485949617_create_movies_table.down.sql', fixture('golang-migrate/1485949617_create_movies_table.down.sql'));
    r.write('db/migrations/3_customers_rename_column_created_time.up.sql', fixture('golang-migrate/3_customers_rename_column_created_time.up.sql'));
    r.commit('add migrations');
    const ops = await operationsOf(r);
    expect(brief(ops)).toEqual(['sql-rename column customers.created_time → created_at']);
    const rename = ops[0]!;
    expect(rename).toEqual(expect.objectContaining({ path: 'db/migrations/3_customers_rename_column_created_time.up.sql', line: 1, downStep: false, reversible: false, readBy: 'sql-parser' }));
    expect(rename.detail).toBe('RENAME COLUMN customers.created_time → created_at in db/migrations/3_customers_rename_column_created_time.up.sql:1 (no down step in this change)');
  });

  it('golang-migrate: a destructive up migration with its down file in the same change has a down step', async () => {
    const r = repo();
    r.write('README.md', '# app\n').commit('base');
    // The real down file, used as an up migration: it drops; the pair's down file restores.
    r.write('db/migrations/2_drop_movies.up.sql', fixture('golang-migrate/1485949617_create_movies_table.down.sql'));
    r.write('db/migrations/2_drop_movies.down.sql', fixture('golang-migrate/1485949617_create_movies_table.up.sql'));
    r.commit('drop movies');
    const ops = await operationsOf(r);
    expect(brief(ops)).toEqual(['sql-drop table movies', 'sql-drop type award']);
    expect(ops.map((o) => [o.line, o.downStep, o.reversible])).toEqual([
      [1, true, false],
      [2, true, true],
    ]);
  });

  it('Rails (Mastodon): four drop_table and a remove_column in `up`; a down that raises IrreversibleMigration is no way back', async () => {
    const r = repo();
    r.write('Gemfile', "source 'https://rubygems.org'\n").commit('base');
    r.write('db/post_migrate/20240720140205_drop_end_to_end_message_tables.rb', fixture('mastodon/20240720140205_drop_end_to_end_message_tables.rb'));
    r.commit('drop e2e tables');
    const ops = await operationsOf(r);
    expect(brief(ops)).toEqual([
      'orm-drop table system_keys',
      'orm-drop table one_time_keys',
      'orm-drop table encrypted_messages',
      'orm-drop table devices',
      'orm-drop column accounts.devices_url',
    ]);
    expect(ops.map((o) => o.line)).toEqual([5, 6, 7, 8, 9]);
    expect(ops.every((o) => o.downStep === false && !o.reversible)).toBe(true);
  });

  it('Rails (Mastodon): remove_column inside `change` with a safety_assured block', async () => {
    const r = repo();
    r.write('Gemfile', "source 'https://rubygems.org'\n").commit('base');
    r.write('db/post_migrate/20220118183123_remove_rememberable_from_users.rb', fixture('mastodon/20220118183123_remove_rememberable_from_users.rb'));
    r.commit('remove rememberable');
    expect(brief(await operationsOf(r))).toEqual(['orm-drop column users.remember_token', 'orm-drop column users.remember_created_at']);
  });

  it('Rails: a remove_column in `def down` undoes an add_column and is not flagged', async () => {
    const r = repo();
    r.write('Gemfile', "source 'https://rubygems.org'\n").commit('base');
    r.write('db/migrate/20240101000000_add_reminder.rb', 'class AddReminder < ActiveRecord::Migration[7.1]\n  def up\n    add_column :users, :reminder, :integer\n  end\n\n  def down\n    remove_column :users, :reminder\n  end\nend\n');
    r.commit('add reminder');
    expect(await operationsOf(r)).toEqual([]);
  });

  it('Django: a multi-line RemoveField, reversed by the framework (the data is still lost)', async () => {
    const r = repo();
    r.write('manage.py', '').commit('base');
    r.write('contenttypes/migrations/0002_remove_content_type_name.py', fixture('django/0002_remove_content_type_name.py'));
    r.commit('remove name');
    const ops = await operationsOf(r);
    expect(brief(ops)).toEqual(['orm-drop field contenttype.name']);
    expect(ops[0]).toEqual(expect.objectContaining({ downStep: true, reversible: false, line: 38 }));
  });

  it('Alembic: drops in downgrade() are ignored, drops and raw SQL in upgrade() are found', async () => {
    const r = repo();
    r.write('alembic.ini', '').commit('base');
    const migration = [
      '"""drop legacy tables"""',
      'from alembic import op',
      '',
      'def upgrade():',
      "    op.drop_column('accounts', 'legacy_token')",
      '    op.execute("DELETE FROM sessions")',
      '',
      'def downgrade():',
      "    op.drop_table('accounts_archive')",
      '',
    ].join('\n');
    r.write('alembic/versions/0042_drop_legacy.py', migration).commit('drop legacy');
    const ops = await operationsOf(r);
    expect(brief(ops)).toEqual(['orm-drop column accounts.legacy_token', 'sql-delete-unbounded rows sessions']);
    expect(ops.map((o) => o.line)).toEqual([5, 6]);
  });

  it('a plain SQL migration with DROP/**/TABLE and a statement split over lines, added to an existing file', async () => {
    const r = repo();
    r.write('db/migrations/0042_cleanup.sql', '-- cleanup\nCREATE TABLE keep (id int);\n').commit('base');
    r.write('db/migrations/0042_cleanup.sql', '-- cleanup\nCREATE TABLE keep (id int);\nDROP/**/TABLE\n  users;\nALTER TABLE accounts\n  DROP COLUMN email;\n').commit('drop');
    const ops = await operationsOf(r);
    expect(ops.map((o) => o.detail)).toEqual([
      'DROP TABLE users in db/migrations/0042_cleanup.sql:3 (no down step in this change)',
      'DROP COLUMN accounts.email in db/migrations/0042_cleanup.sql:5 (no down step in this change)',
    ]);
    expect(ops.map((o) => o.evidence)).toEqual(['DROP TABLE users', 'ALTER TABLE accounts DROP COLUMN email']);
  });
});

const MAIN_TF = 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n\nresource "aws_instance" "web" {\n  ami   = "ami-123"\n  count = 2\n}\n';

describe('Terraform in real repositories', () => {
  const repo = tempRepos();

  it('moved blocks (terraform-aws-eks) are not destruction', async () => {
    const r = repo();
    r.write('modules/node-group/main.tf', 'resource "aws_iam_role_policy_attachment" "this" {\n  for_each = var.policies\n}\n').commit('base');
    r.write('modules/node-group/migrations.tf', fixture('terraform-aws-eks/migrations.tf')).commit('moves');
    expect(await operationsOf(r)).toEqual([]);
  });

  it('a resource renamed with a moved block is not destroyed; renamed without one, it is', async () => {
    const r = repo();
    r.write('infra/main.tf', MAIN_TF).commit('base');
    r.write('infra/main.tf', MAIN_TF.replace('"aws_db_instance" "main"', '"aws_db_instance" "primary"') + '\nmoved {\n  from = aws_db_instance.main\n  to   = aws_db_instance.primary\n}\n').commit('rename with moved');
    expect(await operationsOf(r)).toEqual([]);
    r.write('infra/main.tf', MAIN_TF.replace('"aws_db_instance" "main"', '"aws_db_instance" "replica"')).commit('rename without moved');
    expect(brief(await operationsOf(r))).toEqual(['terraform-resource-removed resource aws_db_instance.primary']);
  });

  it('count = 0 names the resource from git\'s hunk context', async () => {
    const r = repo();
    r.write('infra/main.tf', MAIN_TF).commit('base');
    r.write('infra/main.tf', MAIN_TF.replace('count = 2', 'count = 0')).commit('scale to zero');
    const ops = await operationsOf(r);
    expect(ops.map((o) => o.detail)).toEqual(['count = 0 on aws_instance.web in infra/main.tf:7 (every instance destroyed on apply)']);
  });

  it('an empty for_each destroys every instance', async () => {
    const r = repo();
    r.write('infra/users.tf', 'resource "aws_iam_user" "team" {\n  for_each = toset(["ana", "bo"])\n  name     = each.key\n}\n').commit('base');
    r.write('infra/users.tf', 'resource "aws_iam_user" "team" {\n  for_each = toset([])\n  name     = each.key\n}\n').commit('empty');
    expect(brief(await operationsOf(r))).toEqual(['terraform-zero-instances resource aws_iam_user.team']);
  });

  it('a .tf file renamed into another directory leaves its module; renamed in place it does not', async () => {
    const r = repo();
    r.write('infra/db.tf', MAIN_TF).write('infra/variables.tf', 'variable "x" {}\n').commit('base');
    r.git('mv', 'infra/db.tf', 'infra/database.tf');
    r.commit('rename in place');
    expect(await operationsOf(r)).toEqual([]);
    mkdirSync(join(r.dir, 'legacy'));
    r.git('mv', 'infra/database.tf', 'legacy/database.tf');
    r.commit('move away');
    const ops = await operationsOf(r);
    expect(brief(ops)).toEqual(['terraform-file-moved file infra/database.tf → legacy/database.tf']);
    expect(ops[0]!.reversible).toBe(false);
  });

  it('a removed block destroys unless destroy = false', async () => {
    const r = repo();
    r.write('infra/main.tf', MAIN_TF).commit('base');
    r.write('infra/main.tf', 'resource "aws_instance" "web" {\n  ami   = "ami-123"\n  count = 2\n}\n\nremoved {\n  from = aws_db_instance.main\n}\n').commit('remove db');
    expect(brief(await operationsOf(r))).toEqual(['terraform-removed-block resource aws_db_instance.main']);
    r.write('infra/main.tf', MAIN_TF).commit('restore');
    r.write('infra/main.tf', 'resource "aws_instance" "web" {\n  ami   = "ami-123"\n  count = 2\n}\n\nremoved {\n  from = aws_db_instance.main\n  lifecycle {\n    destroy = false\n  }\n}\n').commit('forget db');
    expect(await operationsOf(r)).toEqual([]);
  });

  it('a deleted .tf file destroys what it declared; terraform destroy added to CI and scripts is found', async () => {
    const r = repo();
    r.write('infra/main.tf', MAIN_TF).write('.github/workflows/ci.yml', 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform plan\n').commit('base');
    r.remove('infra/main.tf');
    r.write('.github/workflows/ci.yml', 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform -chdir=infra destroy -auto-approve\n');
    r.write('scripts/teardown.sh', '#!/bin/sh\n# terraform destroy is in a comment here\nterraform apply -destroy -auto-approve\n');
    r.commit('teardown');
    const ops = await operationsOf(r);
    expect(brief(ops).sort()).toEqual(
      [
        'terraform-destroy-command command - run: terraform -chdir=infra destroy -auto-approve',
        'terraform-destroy-command command terraform apply -destroy -auto-approve',
        'terraform-resource-removed resource aws_db_instance.main',
        'terraform-resource-removed resource aws_instance.web',
      ].sort(),
    );
    expect(ops.find((o) => o.path === 'scripts/teardown.sh')!.line).toBe(3);
  });
});
