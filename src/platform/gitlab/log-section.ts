/**
 * A collapsible section of a GitLab job log. The runner's log viewer folds everything between the
 * section_start and section_end markers under the header line; each marker is erased from view by the
 * "\e[0K" (clear line) that precedes it and the "\r" that returns over it.
 */

const ESC = '\u001b';
const CLEAR = `${ESC}[0K`;

export interface SectionOptions {
  /** Letters, digits, underscores, dots and hyphens only: GitLab ignores markers with other names. */
  name: string;
  header: string;
  collapsed?: boolean;
  start: Date;
  end: Date;
}

function unix(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

export function logSection(body: string, o: SectionOptions): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(o.name)) throw new Error(`invalid log section name "${o.name}"`);
  const text = body.endsWith('\n') ? body : body + '\n';
  return (
    `${CLEAR}section_start:${unix(o.start)}:${o.name}[collapsed=${o.collapsed ? 'true' : 'false'}]\r${CLEAR}${o.header}\n` +
    text +
    `${CLEAR}section_end:${unix(o.end)}:${o.name}\r${CLEAR}\n`
  );
}
