/**
 * CODEOWNERS files in GitHub's and GitLab's syntax, and who owns a path under them.
 *
 * Both: `#` starts a comment line, a line is a pattern then owners (`@user`, `@org/team` or
 * `@group/subgroup`, an email), `\ ` escapes a space and `\#` a leading hash in the pattern, and a
 * pattern with no owners un-owns what it matches. The last matching line wins.
 *
 * GitLab adds sections: `[Name]`, `^[Name]` (optional), `[Name][2]` (approvals needed) and default
 * owners after the header for entries that list none. Each section (lines before the first header form
 * one more, unnamed section) picks its own last match, and a file's owners are the union across
 * sections. Section names compare case-insensitively and repeated sections are one section. `!pattern`
 * excludes matching files from the section it is in.
 */
import { compileCodeownersPattern, type CodeownersSyntax, type PathTest } from './codeowners-pattern.js';

export type { CodeownersSyntax } from './codeowners-pattern.js';

/** Name of the section holding entries outside any `[Section]`, as GitLab calls it. */
export const DEFAULT_SECTION = 'codeowners';

interface CodeownersEntry {
  /** 1-based line in the file. */
  line: number;
  pattern: string;
  /** Owners as written (`@alice`, `@org/team`, `dev@example.com`); empty un-owns. */
  owners: string[];
  section: string;
  /** GitLab `!pattern`: the file is left out of this section. */
  exclusion: boolean;
  test: PathTest;
}

interface CodeownersSection {
  name: string;
  /** GitLab `^[Name]`: approval not required. A name repeated as required and optional stays required. */
  optional: boolean;
  /** GitLab `[Name][n]`; 1 otherwise. */
  approvals: number;
}

interface SectionOwnership {
  name: string;
  owners: string[];
  optional: boolean;
  approvals: number;
  /** The line that decided, for the evidence. */
  pattern: string;
  line: number;
}

interface Ownership {
  /** Union across sections, in first-seen order, without duplicates (compared case-insensitively). */
  owners: string[];
  /** Sections with a matching line; a section whose last match un-owns is listed with no owners. */
  sections: SectionOwnership[];
}

export interface Codeowners {
  syntax: CodeownersSyntax;
  entries: CodeownersEntry[];
  sections: CodeownersSection[];
  /** Lines that were not understood, with the line number; they are skipped, never fatal. */
  problems: string[];
  ownersOf(path: string): Ownership;
}

/**
 * GitLab's header, anchored only at the start as GitLab's own parser is: `[Name][q]`, `[Name]garbage`
 * and `[Name][.] @x` are all sections (approvals 1, and in the last `@x` is no default owner, since
 * default owners must follow the header after whitespace). `[]` is a section with an empty name.
 */
const SECTION_HEADER = /^(\^)?\[([^\]]*)\](?:\[(\d*)\])?(\s+.*)?/;
const USER_OR_TEAM = /^@{1,2}[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isOwnerToken(token: string): boolean {
  return USER_OR_TEAM.test(token) || EMAIL.test(token);
}

/** Splits at the first whitespace not escaped with a backslash. */
function splitPattern(line: string): { pattern: string; rest: string } {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    if (/\s/.test(line[i]!)) return { pattern: line.slice(0, i), rest: line.slice(i).trim() };
  }
  return { pattern: line, rest: '' };
}

/** `\#` and `\ ` become plain characters; other escapes stay for the glob compiler. */
function unescapePattern(pattern: string): string {
  return pattern.replace(/^\\#/, '#').replace(/\\(\s)/g, '$1');
}

function ownerTokens(text: string, lineNo: number, problems: string[]): string[] {
  const owners: string[] = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (token.startsWith('#')) break; // an inline comment runs to the end of the line
    if (isOwnerToken(token)) owners.push(token);
    else problems.push(`line ${lineNo}: "${token}" is not an owner (expected @user, @org/team or an email address); ignored`);
  }
  return owners;
}

/** GitLab's marks: any `[Name]` header line. Without one the file reads the same either way except for patterns. */
export function looksLikeGitlab(text: string): boolean {
  return text.split(/\r?\n/).some((l) => /^\^?\[[^\]]+\](?:\[\d+\])?(?:\s|$)/.test(l.trim()));
}

function uniqueCi(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Parses CODEOWNERS text. Without a syntax, a file with `[Section]` headers reads as GitLab's and any
 * other as GitHub's; pass the platform's syntax when it is known, since patterns differ.
 */
export function parseCodeowners(text: string, syntax?: CodeownersSyntax): Codeowners {
  const flavour: CodeownersSyntax = syntax ?? (looksLikeGitlab(text) ? 'gitlab' : 'github');
  const entries: CodeownersEntry[] = [];
  const problems: string[] = [];
  const sections = new Map<string, CodeownersSection>();
  sections.set(DEFAULT_SECTION, { name: DEFAULT_SECTION, optional: false, approvals: 1 });
  let section = DEFAULT_SECTION;
  let defaults: string[] = [];

  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const lineNo = index + 1;
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;

      const header = flavour === 'gitlab' ? SECTION_HEADER.exec(line) : null;
      if (header) {
        const name = header[2]!.trim();
        if (name === '') problems.push(`line ${lineNo}: a section header with no name`);
        const key = [...sections.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
        const optional = header[1] === '^';
        const approvals = header[3] ? Math.max(1, Number(header[3])) : 1;
        // Default owners follow the header (and its count) after whitespace; anything else after it is ignored.
        const existing = key ? sections.get(key) : undefined;
        if (existing) {
          existing.optional = existing.optional && optional;
          existing.approvals = Math.max(existing.approvals, approvals);
          section = existing.name;
        } else {
          sections.set(name, { name, optional, approvals });
          section = name;
        }
        defaults = ownerTokens(header[4] ?? '', lineNo, problems);
        return;
      }

      const { pattern: written, rest } = splitPattern(line);
      const exclusion = written.startsWith('!');
      if (exclusion && flavour === 'github') {
        problems.push(`line ${lineNo}: "${written}": GitHub does not support "!" negation; line ignored`);
        return;
      }
      const pattern = unescapePattern(exclusion ? written.slice(1) : written);
      if (pattern === '') return;
      const listed = ownerTokens(rest, lineNo, problems);
      let test: PathTest;
      try {
        test = compileCodeownersPattern(pattern, flavour);
      } catch {
        // One line the gate cannot read is skipped and reported; the rest of the file still decides.
        problems.push(`line ${lineNo}: "${written}" is not a pattern the gate can read; line ignored`);
        return;
      }
      entries.push({
        line: lineNo,
        pattern: written,
        owners: exclusion ? [] : listed.length || flavour === 'github' ? listed : defaults,
        section,
        exclusion,
        test,
      });
    });

  const sectionList = [...sections.values()];
  const bySection = sectionList.map((s) => ({ section: s, entries: entries.filter((e) => e.section === s.name) }));
  return {
    syntax: flavour,
    entries,
    sections: sectionList,
    problems,
    ownersOf(path: string): Ownership {
      const clean = path.replace(/^\/+/, '');
      const found: SectionOwnership[] = [];
      for (const { section: s, entries: inSection } of bySection) {
        // GitLab: an exclusion anywhere in the section wins over every other line of it.
        if (inSection.some((e) => e.exclusion && e.test(clean))) continue;
        let match: CodeownersEntry | undefined;
        for (let i = inSection.length - 1; i >= 0 && !match; i--) if (inSection[i]!.test(clean)) match = inSection[i];
        if (!match) continue;
        found.push({ name: s.name, owners: match.owners, optional: s.optional, approvals: s.approvals, pattern: match.pattern, line: match.line });
      }
      return { owners: uniqueCi(found.flatMap((f) => f.owners)), sections: found };
    },
  };
}

/** Searched in this order; the first that exists is used (GitHub's order, then GitLab's own folder). */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'] as const;

export interface CodeownersAtBase {
  /** Repository-relative location the file was read from. */
  path: string;
  /** The revision it was read at. */
  rev: string;
  codeowners: Codeowners;
  /** The file's text and the dialect it was read in, kept in the audit record for replay. */
  text?: string;
  syntax?: CodeownersSyntax;
}
