declare const __GATE_VERSION__: string | undefined;

/** Injected by the bundler from package.json; "dev" when running from source. */
export const VERSION: string = typeof __GATE_VERSION__ === 'string' ? __GATE_VERSION__ : 'dev';
