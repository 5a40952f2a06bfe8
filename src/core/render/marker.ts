/**
 * The hidden marker that finds the gate's own sticky comment or note. Content from a change can never
 * contain it: every untrusted string is escaped, so "<" never reaches the Markdown raw. Platforms also
 * only edit comments written by the gate's own account.
 */
export const STICKY_MARKER = '<!-- ai-governance-gate:sticky -->';

export function withMarker(markdown: string): string {
  return `${STICKY_MARKER}\n${markdown}`;
}

export function isStickyBody(body: string | undefined | null): boolean {
  return typeof body === 'string' && body.startsWith(STICKY_MARKER);
}
