/**
 * Migration frameworks: which files are migrations, which are down or undo steps, and whether a change
 * carries the down step for a migration. One row per framework convention.
 */
import { basename, dirname, posix } from 'node:path';

export const MIGRATION_PATH = /(^|\/)(\w*migrations?|\w*migrate|alembic\/versions|flyway|liquibase|changelogs?|db\/changelog)\//i;
export const SQL_FILE = /\.sql$/i;

/** Files that undo a migration: their DROPs are the reverse of a CREATE, not a destruction. */
const DOWN_FILE = [/\.down\.sql$/i, /(^|\/)down\.sql$/i, /(^|\/)U\d[\w.]*__[^/]*\.sql$/, /(^|\/)rollback[^/]*\.sql$/i, /\.undo\.sql$/i];

export function isDownFile(path: string): boolean {
  return DOWN_FILE.some((p) => p.test(path));
}

/** Markers that open a down section inside a file (SQL tools and ORM migration classes). */
const DOWN_MARKER = [
  /^\s*--\s*\+goose\s+Down\b/i,
  /^\s*--\s*\+migrate\s+Down\b/i,
  /^\s*--\s*migrate:down\b/i,
  /^\s*def\s+(down|downgrade)\b/,
  /^\s*(export\s+)?(async\s+)?function\s+down\b/,
  /^\s*exports\.down\b/,
  /^\s*(public\s+|private\s+)?(async\s+)?down\s*\(/,
  /^\s*down\s*:\s*(async\b|function\b|\()/,
  /^\s*<rollback\b/,
  /^\s*rollback\s*:/,
  /^\s*--\s*rollback\b/i,
];

/** Markers that open an up section again. */
const UP_MARKER = [
  /^\s*--\s*\+goose\s+Up\b/i,
  /^\s*--\s*\+migrate\s+Up\b/i,
  /^\s*--\s*migrate:up\b/i,
  /^\s*def\s+(up|upgrade|change)\b/,
  /^\s*(export\s+)?(async\s+)?function\s+up\b/,
  /^\s*exports\.up\b/,
  /^\s*(public\s+|private\s+)?(async\s+)?up\s*\(/,
  /^\s*up\s*:\s*(async\b|function\b|\()/,
  /^\s*<\/rollback>/,
  /^\s*-\s*changeSet\s*:/,
  /^\s*--\s*changeset\b/i,
  /^\s*<changeSet\b/,
];

/** Django reverses schema operations itself; RunSQL/RunPython need their reverse given. */
const DJANGO = /\bmigrations\.(RemoveField|DeleteModel|RenameField|RenameModel|AlterField)\b/;

/** The counterpart down file a framework would look for next to an up migration. */
function downCounterparts(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  const out: string[] = [];
  if (/\.up\.sql$/i.test(name)) out.push(posix.join(dir, name.replace(/\.up\.sql$/i, '.down.sql')));
  if (/^up\.sql$/i.test(name)) out.push(posix.join(dir, 'down.sql'));
  const flyway = /^V(\d[\w.]*)__(.*)$/.exec(name);
  if (flyway) out.push(posix.join(dir, `U${flyway[1]}__${flyway[2]}`));
  return out;
}

/**
 * Whether the change carries a way back for this migration: a down file beside it, a down section in
 * it, or a framework that reverses the operation itself.
 */
export function hasDownStep(path: string, addedLines: string[], changedPaths: ReadonlySet<string>): boolean {
  const wanted = downCounterparts(path).map((p) => p.toLowerCase());
  if (wanted.length && [...changedPaths].some((p) => wanted.includes(p.toLowerCase()))) return true;
  if (/\.(ya?ml|xml|json)$/i.test(path) && addedLines.some((l) => /\brollback\b/i.test(l))) return true;
  if (addedLines.some((l) => DJANGO.test(l))) return !addedLines.some((l) => /\bRunSQL\(/.test(l)) || addedLines.some((l) => /\breverse_sql\b/.test(l));
  // A down step that only raises (Rails' IrreversibleMigration, Alembic's NotImplementedError) is no way back.
  if (addedLines.some((l) => /\b(IrreversibleMigration|NotImplementedError)\b/.test(l))) return false;
  return addedLines.some((l) => DOWN_MARKER.some((m) => m.test(l)) && !/^\s*<rollback\s*\/>/.test(l));
}

/** Added lines with the down sections blanked, so a DROP that undoes a CREATE is not read as destruction. */
export function withoutDownSections(lines: string[]): string[] {
  let down = false;
  return lines.map((l) => {
    if (DOWN_MARKER.some((m) => m.test(l))) down = true;
    else if (UP_MARKER.some((m) => m.test(l))) down = false;
    return down ? '' : l;
  });
}
