/**
 * Secrets the run holds (API tokens), so that no message can print them: every line the entrypoint
 * writes about an error passes through `redact`. Each line of a secret is registered on its own, so a
 * token with a line break in it cannot slip out half at a time.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined): void {
  if (!value) return;
  secrets.add(value);
  for (const part of value.split(/[\r\n]+/)) if (part.trim().length >= 4) secrets.add(part.trim());
}

export function redact(text: string): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

/** A token goes into an HTTP header: line breaks and other control characters make it unusable there. */
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(value);
}
