/**
 * Normalised severity. The tables are the documented mapping (README "Severity mapping"); readers call
 * these functions and never invent their own.
 */
import type { Severity } from '../../core/model.js';
import { ownEntry } from '../../core/own-entry.js';


const WORDS: Record<string, Severity> = {
  critical: 'critical',
  blocker: 'critical',
  high: 'high',
  error: 'high',
  medium: 'medium',
  moderate: 'medium',
  warning: 'medium',
  low: 'low',
  minor: 'low',
  note: 'low',
  info: 'info',
  informational: 'info',
  information: 'info',
  negligible: 'info',
  none: 'info',
  unknown: 'unknown',
  undefined: 'unknown',
};

/** A native severity word (`HIGH`, `Moderate`, `negligible`, ...) → normalised; unrecognised → unknown. */
export function fromWord(word: unknown): Severity {
  if (typeof word !== 'string') return 'unknown';
  return ownEntry(WORDS, word.trim().toLowerCase()) ?? 'unknown';
}

/** GitHub's banding of a CVSS-like score. */
export function fromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

const SARIF_LEVELS: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };

/**
 * SARIF: `security-severity` (numeric string or number, or a word) wins; else the level.
 * `level` must already be resolved (result, then rule default, then "warning").
 */
export function fromSarif(level: string, securitySeverity: unknown): Severity {
  if (typeof securitySeverity === 'number' && Number.isFinite(securitySeverity)) return fromScore(securitySeverity);
  if (typeof securitySeverity === 'string' && securitySeverity.trim() !== '') {
    const n = Number(securitySeverity);
    if (Number.isFinite(n)) return fromScore(n);
    const w = fromWord(securitySeverity);
    if (w !== 'unknown') return w;
  }
  // SARIF allows only error, warning, note and none (lower case): "Error" or "fatal" is not a level.
  return ownEntry(SARIF_LEVELS, level) ?? 'unknown';
}

export function isSarifLevel(level: string): boolean {
  return ownEntry(SARIF_LEVELS, level) !== undefined;
}

const CODE_QUALITY: Record<string, Severity> = { blocker: 'critical', critical: 'high', major: 'medium', minor: 'low', info: 'info' };

export function fromCodeQuality(word: unknown): Severity {
  return typeof word === 'string' ? (ownEntry(CODE_QUALITY, word.toLowerCase()) ?? 'unknown') : 'unknown';
}

/** Semgrep's ERROR/WARNING/INFO map like SARIF levels error/warning/note. */
export function fromSemgrep(word: unknown): Severity {
  const w = typeof word === 'string' ? word.toLowerCase() : '';
  if (w === 'info') return 'low';
  if (w === 'experiment' || w === 'inventory') return 'info';
  return ownEntry(SARIF_LEVELS, w) ?? fromWord(word);
}
