/**
 * RFC 4180 CSV. Text that came from commits, requests and policies may start with a character a
 * spreadsheet reads as a formula (`=`, `+`, `-`, `@`, tab, carriage return); such a cell gets a
 * leading apostrophe so opening the file cannot run anything. Numbers are written as numbers.
 */
import type { Cell, Table } from './tables.js';

function cell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table): string {
  const lines = [table.columns.map((c) => cell(c.key)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
