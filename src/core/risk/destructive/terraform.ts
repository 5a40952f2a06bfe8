/**
 * Terraform changes that destroy on apply, read from the diff. A directory is a module: a resource
 * whose block leaves its directory (deleted, renamed, its file moved elsewhere) is destroyed unless a
 * `moved` block says where it went. `removed` blocks destroy unless `destroy = false`; `count = 0` and an
 * empty `for_each` destroy every instance.
 */
import { dirname } from 'node:path';
import type { ChangedFile, FilePatch } from '../../model.js';
import type { DestructiveFact } from '../types.js';
import { addedBlocks, evidence, lineAt } from './added-blocks.js';

const TERRAFORM_FILE = /\.tf$/i;
const TERRAFORM_ANY = /\.(tf|tf\.json)$/i;

const HEADER = /^\s*(resource)\s+"([^"]+)"\s+"([^"]+)"|^\s*(module)\s+"([^"]+)"/;
const ZERO_INSTANCES = /^\s*(count\s*=\s*0|for_each\s*=\s*(\{\s*\}|\[\s*\]|toset\(\s*\[\s*\]\s*\)|tomap\(\s*\{\s*\}\s*\)))\s*(#.*|\/\/.*)?$/;
const ADDRESS = /^\s*(from|to)\s*=\s*([^\s#]+)/;

/** An address without its instance key: `aws_iam_role.this["x"]` → `aws_iam_role.this`. */
function baseAddress(address: string): string {
  return address.replace(/\[.*\]$/, '');
}

function addressOf(line: string): string | undefined {
  const m = HEADER.exec(line);
  if (!m) return undefined;
  return m[1] ? `${m[2]}.${m[3]}` : `module.${m[5]}`;
}

interface AddedLine {
  text: string;
  line?: number;
}

function numbered(patch: FilePatch): AddedLine[] {
  return addedBlocks(patch).flatMap((b) => b.lines.map((text, i) => ({ text, line: lineAt(b, i) })));
}

interface Block {
  type: 'moved' | 'removed';
  from?: string;
  to?: string;
  destroy: boolean;
  line?: number;
  text: string;
}

/** `moved` and `removed` blocks among the added lines (brace depth followed line by line). */
function blocks(lines: AddedLine[]): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  let depth = 0;
  for (const l of lines) {
    const opener = /^\s*(moved|removed)\s*\{/.exec(l.text);
    if (!current && opener) {
      current = { type: opener[1] as Block['type'], destroy: true, line: l.line, text: l.text.trim() };
      depth = 0;
    }
    if (!current) continue;
    const address = ADDRESS.exec(l.text);
    if (address) current[address[1] as 'from' | 'to'] = baseAddress(address[2]!);
    if (/^\s*destroy\s*=\s*false\b/.test(l.text)) current.destroy = false;
    depth += (l.text.match(/\{/g)?.length ?? 0) - (l.text.match(/\}/g)?.length ?? 0);
    if (depth <= 0) {
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}

/** The resource a line belongs to: the nearest header above it among the added lines, else the hunk's context. */
function enclosing(lines: AddedLine[], index: number, patch: FilePatch): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const a = addressOf(lines[i]!.text);
    if (a) return a;
    if (/^\}/.test(lines[i]!.text)) break;
  }
  const at = lines[index]!.line;
  const hunk = at === undefined ? undefined : [...(patch.hunkContexts ?? [])].reverse().find((h) => h.line <= at);
  return hunk ? addressOf(hunk.context) : undefined;
}

function fact(path: string, kind: string, rest: Partial<DestructiveFact>): DestructiveFact {
  return { kind, path, reversible: false, source: 'diff', action: 'delete', objectType: 'resource', ...rest };
}

function guards(patch: FilePatch, lines: AddedLine[]): DestructiveFact[] {
  const out: DestructiveFact[] = [];
  const removedGuard = patch.removed.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l));
  const keptGuard = lines.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l.text));
  if (removedGuard && !keptGuard) out.push(fact(patch.path, 'terraform-prevent-destroy-removed', { action: 'unguard', reversible: true, evidence: 'prevent_destroy = true' }));
  lines.forEach((l, i) => {
    if (/^\s*prevent_destroy\s*=\s*false\b/.test(l.text)) {
      out.push(fact(patch.path, 'terraform-prevent-destroy-false', { action: 'unguard', reversible: true, object: enclosing(lines, i, patch), line: l.line, evidence: evidence(l.text) }));
    }
    if (/^\s*force_destroy\s*=\s*true\b/.test(l.text)) {
      out.push(fact(patch.path, 'terraform-force-destroy', { action: 'unguard', reversible: true, object: enclosing(lines, i, patch), line: l.line, evidence: evidence(l.text) }));
    }
  });
  return out;
}

function zeroInstances(patch: FilePatch, lines: AddedLine[]): DestructiveFact[] {
  return lines.flatMap((l, i) =>
    ZERO_INSTANCES.test(l.text) ? [fact(patch.path, 'terraform-zero-instances', { object: enclosing(lines, i, patch), line: l.line, evidence: evidence(l.text) })] : [],
  );
}

interface Side {
  /** Address → path of the file whose lines held it. */
  removed: Map<string, string>;
  added: Set<string>;
  moved: Set<string>;
  removedBlocks: Block[];
}

/** Everything read from `.tf` files, one entry per module directory. */
function byModule(files: ChangedFile[], patches: Map<string, FilePatch>): Map<string, Side> {
  const modules = new Map<string, Side>();
  const side = (dir: string): Side => {
    let s = modules.get(dir);
    if (!s) modules.set(dir, (s = { removed: new Map(), added: new Set(), moved: new Set(), removedBlocks: [] }));
    return s;
  };
  for (const file of files) {
    const patch = patches.get(file.path);
    if (!patch || !TERRAFORM_FILE.test(file.path)) continue;
    const oldDir = dirname(file.previousPath ?? file.path);
    for (const l of patch.removed) {
      const a = addressOf(l);
      if (a && !side(oldDir).removed.has(a)) side(oldDir).removed.set(a, file.previousPath ?? file.path);
    }
    const newSide = side(dirname(file.path));
    const lines = numbered(patch);
    for (const l of lines) {
      const a = addressOf(l.text);
      if (a) newSide.added.add(a);
    }
    for (const b of blocks(lines)) {
      if (b.type === 'moved' && b.from) newSide.moved.add(b.from);
      if (b.type === 'removed') newSide.removedBlocks.push({ ...b, text: file.path });
    }
  }
  return modules;
}

function removedResources(modules: Map<string, Side>): DestructiveFact[] {
  const out: DestructiveFact[] = [];
  for (const s of modules.values()) {
    const forgotten = new Set(s.removedBlocks.map((b) => b.from));
    for (const [address, path] of s.removed) {
      if (s.added.has(address) || s.moved.has(address) || forgotten.has(address)) continue;
      out.push(fact(path, 'terraform-resource-removed', { object: address, address, evidence: `${address} removed` }));
    }
    for (const b of s.removedBlocks) {
      if (!b.destroy || !b.from) continue;
      out.push(fact(b.text, 'terraform-removed-block', { object: b.from, address: b.from, line: b.line, evidence: `removed { from = ${b.from} }` }));
    }
  }
  return out;
}

/** A `.tf` file renamed into another directory leaves its module: what it declared is destroyed there. */
function movedAway(files: ChangedFile[]): DestructiveFact[] {
  return files
    .filter((f) => f.status === 'renamed' && f.previousPath && TERRAFORM_ANY.test(f.previousPath) && dirname(f.previousPath) !== dirname(f.path))
    .map((f) => fact(f.path, 'terraform-file-moved', { objectType: 'file', object: `${f.previousPath} → ${f.path}`, evidence: `${f.previousPath} → ${f.path}` }));
}

export function terraformOperations(files: ChangedFile[], patches: Map<string, FilePatch>): DestructiveFact[] {
  const perFile = files.flatMap((f) => {
    const patch = patches.get(f.path);
    if (!patch || !TERRAFORM_FILE.test(f.path)) return [];
    const lines = numbered(patch);
    return [...zeroInstances(patch, lines), ...guards(patch, lines)];
  });
  return [...removedResources(byModule(files, patches)), ...movedAway(files), ...perFile];
}

const DESTROY_COMMAND = /\b(terraform|tofu|terragrunt)\b(?:\s+(?:-chdir=\S+|run-all|--?\w[\w-]*(?:=\S+)?))*\s+destroy\b|\b(terraform|tofu|terragrunt)\b[^\n#]*\s(?:apply|plan)\b[^\n#]*\s-destroy\b/;

/** `terraform destroy` (or `apply -destroy`) added to a script, Makefile or CI file. */
export function destroyCommands(patch: FilePatch): DestructiveFact[] {
  return numbered(patch).flatMap((l) => {
    if (/^\s*(#|\/\/)/.test(l.text) || !DESTROY_COMMAND.test(l.text)) return [];
    return [fact(patch.path, 'terraform-destroy-command', { objectType: 'command', object: evidence(l.text, 80), line: l.line, evidence: evidence(l.text) })];
  });
}
