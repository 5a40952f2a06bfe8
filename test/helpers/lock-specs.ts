/** Dependency specifications in a package-lock that `npm ci` resolves against the registry, not the lock. */
export interface UnpinnedSpec {
  /** The lock entry that asks for it ("" is the project itself). */
  from: string;
  name: string;
  spec: string;
}

/** A dist-tag: a name, not a version or range (`x` and `X` are ranges). */
const DIST_TAG = /^[A-Za-z][A-Za-z0-9._-]*$/;
/** git, URL, file and GitHub shorthand (`owner/repo`) specifications. */
const REMOTE = /^(git(\+[a-z]+)?|https?|github|gitlab|bitbucket|file):|^[^@\s:]+\/[^@\s]+$/;

function resolvesAgainstRegistry(spec: string): boolean {
  return (DIST_TAG.test(spec) && spec !== 'x' && spec !== 'X') || REMOTE.test(spec);
}

export function unpinnedSpecs(pkg: { overrides?: Record<string, unknown> }, lock: { packages?: Record<string, any> }): UnpinnedSpec[] {
  const pinned = new Set(Object.keys(pkg.overrides ?? {}));
  const found: UnpinnedSpec[] = [];
  for (const [from, meta] of Object.entries(lock.packages ?? {})) {
    for (const kind of ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies'] as const) {
      // Only the project's own devDependencies are installed; a dependency's are not.
      if (kind === 'devDependencies' && from !== '') continue;
      for (const [name, spec] of Object.entries<string>(meta?.[kind] ?? {})) {
        if (resolvesAgainstRegistry(spec) && !pinned.has(name)) found.push({ from, name, spec });
      }
    }
  }
  return found;
}
