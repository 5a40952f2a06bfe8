import type { BuildOptions, Plugin } from 'esbuild';

/** The esbuild plugin that gives each named package's importers a stand-in evaluating it on first use. */
export function lazyCommonJs(packages: readonly string[]): Plugin;
/** Bundles each package as CommonJS into `dir`, under the name the stand-ins require. */
export function writeLazyCommonJs(packages: readonly string[], dir: string, options: BuildOptions): Promise<void>;
