/** Framework conventions for down steps and destructive calls, one case per framework the README names. */
import { hasDownStep, isDownFile, withoutDownSections } from '../../src/core/risk/destructive/migration-files.js';
import { ormEffects } from '../../src/core/risk/destructive/orm-operations.js';

const calls = (code: string) => ormEffects(withoutDownSections(code.split('\n')).join('\n')).map((e) => `${e.kind} ${e.objectType} ${e.object}`);

describe('destructive calls of migration frameworks', () => {
  it.each([
    ['Knex', "exports.up = (knex) => knex.schema.dropTable('users').table('accounts', (t) => { t.dropColumn('email'); });\nexports.down = (knex) => knex.schema.dropTable('nothing');", ['orm-drop table users', 'orm-drop column email']],
    ['TypeORM', "export class Drop1 {\n  public async up(queryRunner) {\n    await queryRunner.dropColumn('users', 'email');\n    await queryRunner.renameTable('a', 'b');\n  }\n  public async down(queryRunner) {\n    await queryRunner.dropTable('b');\n  }\n}", ['orm-drop column users.email', 'orm-rename table a → b']],
    ['Sequelize', "module.exports = {\n  up: async (queryInterface) => { await queryInterface.removeColumn('users', 'email'); },\n  down: async (queryInterface) => { await queryInterface.dropTable('users'); },\n};", ['orm-drop column users.email']],
    ['Liquibase XML', '<changeSet id="1" author="a">\n  <dropTable tableName="users"/>\n  <renameColumn tableName="accounts" oldColumnName="mail" newColumnName="email"/>\n</changeSet>', ['orm-drop table users', 'orm-rename column accounts.mail → email']],
    ['Liquibase YAML', 'databaseChangeLog:\n  - changeSet:\n      id: 1\n      changes:\n        - dropColumn:\n            tableName: users\n            columnName: email\n', ['orm-drop column users.email']],
    ['Rails rename', 'class Rename < ActiveRecord::Migration[7.1]\n  def change\n    rename_column :users, :mail, :email\n  end\nend', ['orm-rename column users.mail → email']],
  ])('%s', (_name, code, expected) => {
    expect(calls(code)).toEqual(expected);
  });
});

describe('down steps', () => {
  const paths = (...p: string[]) => new Set(p);

  it.each([
    ['golang-migrate', 'db/1_x.up.sql', [], ['db/1_x.up.sql', 'db/1_x.down.sql'], true],
    ['golang-migrate without its down file', 'db/1_x.up.sql', [], ['db/1_x.up.sql'], false],
    ['Diesel', 'migrations/2024_x/up.sql', [], ['migrations/2024_x/up.sql', 'migrations/2024_x/down.sql'], true],
    ['Flyway undo', 'db/V3__drop.sql', [], ['db/V3__drop.sql', 'db/U3__drop.sql'], true],
    ['goose', 'db/0003_x.sql', ['-- +goose Up', 'DROP TABLE a;', '-- +goose Down', 'CREATE TABLE a (id int);'], ['db/0003_x.sql'], true],
    ['Prisma (no down migrations)', 'prisma/migrations/2024_x/migration.sql', ['DROP TABLE a;'], ['prisma/migrations/2024_x/migration.sql'], false],
    ['Liquibase rollback', 'db/changelog/1.xml', ['<dropTable tableName="a"/>', '<rollback>', '</rollback>'], ['db/changelog/1.xml'], true],
    ['Alembic raising in downgrade', 'alembic/versions/1.py', ['def upgrade():', "    op.drop_table('a')", 'def downgrade():', '    raise NotImplementedError()'], ['alembic/versions/1.py'], false],
    ['Django RunSQL without reverse_sql', 'app/migrations/0002.py', ['migrations.RemoveField(model_name="a", name="b"),', 'migrations.RunSQL("DROP TABLE c"),'], ['app/migrations/0002.py'], false],
  ])('%s', (_name, path, lines, changed, expected) => {
    expect(hasDownStep(path, lines, paths(...changed))).toBe(expected);
  });

  it('knows the files that are themselves down steps', () => {
    expect(['db/1_x.down.sql', 'migrations/x/down.sql', 'db/U3__drop.sql'].every(isDownFile)).toBe(true);
    expect(['db/1_x.up.sql', 'db/V3__drop.sql', 'db/downtime.sql'].some(isDownFile)).toBe(false);
  });
});
