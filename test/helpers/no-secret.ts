/**
 * Every output of an end-to-end run is searched for the token it was given: the gate must never
 * print, write or post it. Called by the harnesses after each run, so every e2e test checks it.
 */
export function assertNoSecret(secret: string | undefined, outputs: Record<string, string | undefined>): void {
  if (!secret) return;
  for (const [where, text] of Object.entries(outputs)) {
    if (text?.includes(secret)) throw new Error(`The token appears in ${where}; it must never be printed, written or posted.`);
  }
}
