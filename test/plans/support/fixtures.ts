/**
 * The real plan fixtures and their manifest: provenance, and per-action counts computed by
 * test/fixtures/plans/count.py from the tools' published format descriptions, independently of the gate.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/corpus.js';

export const PLANS_DIR = join(projectRoot, 'test/fixtures/plans');

export const SIX_CLASSES = ['create', 'update', 'delete', 'replace', 'read', 'no-op'] as const;

export interface ManifestEntry {
  file: string;
  tool: 'terraform' | 'opentofu' | 'pulumi' | 'cloudformation' | 'not-a-plan';
  toolVersion: string | null;
  formatVersion: string | number | null;
  repo: string;
  path: string;
  commit: string;
  licence: string;
  counts: Record<(typeof SIX_CLASSES)[number], number>;
  deleted: string[];
  replaced: string[];
  driftEntries: number;
  parse: string;
  detectedKind: string;
  sha256: string;
  bytes: number;
  verbatim?: boolean;
  extract?: { jsonPointer: string; verbatim: boolean; how: string };
  sourceBlobSha1: string;
}

export const MANIFEST: ManifestEntry[] = JSON.parse(readFileSync(join(PLANS_DIR, 'manifest.json'), 'utf8'));
export const REAL_PLANS = MANIFEST.filter((e) => e.tool !== 'not-a-plan');
export const NOT_PLANS = MANIFEST.filter((e) => e.tool === 'not-a-plan');

export function entry(file: string): ManifestEntry {
  const e = MANIFEST.find((x) => x.file === file);
  if (!e) throw new Error(`${file} is not in the plans manifest`);
  return e;
}

export function fixtureText(file: string): string {
  return readFileSync(join(PLANS_DIR, file), 'utf8');
}

/**
 * A directory for plans the tests write: constructed documents (clearly named so) and cut or
 * corrupted copies of real ones. Never presented as tool output.
 */
export class ScratchDir {
  readonly dir = mkdtempSync(join(tmpdir(), 'gate-plans-'));
  write(name: string, content: string | Buffer | object): string {
    writeFileSync(join(this.dir, name), typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
    return name;
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
