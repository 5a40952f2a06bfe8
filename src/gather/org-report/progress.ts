/**
 * Progress of a collection. On a terminal: one line redrawn in place (a bar, repositories done of
 * all, records found, and any rate-limit wait). Elsewhere (a CI log): a line per rate-limit wait and
 * one when a platform is done — a log is read later, not watched.
 */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const WIDTH = 24;
/** Redraws at most this often, so a fast collection does not spend its time drawing. */
const REDRAW_MS = 100;

function progressLine(label: string, done: number, total: number, records: number, waiting?: string): string {
  const filled = total > 0 ? Math.round((done / total) * WIDTH) : 0;
  const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
  return `${label} [${bar}] ${done}/${total} repositories · ${records} records${waiting ? ` · ${waiting}` : ''}`;
}

export class Progress {
  private label = '';
  private total = 0;
  private done = 0;
  private records = 0;
  private waiting: string | undefined;
  private drawn = 0;

  constructor(private readonly out: ProgressStream) {}

  start(label: string): void {
    Object.assign(this, { label, total: 0, done: 0, records: 0, waiting: undefined });
  }

  repositories(total: number): void {
    this.total = total;
    this.draw(true);
  }

  repositoryDone(_name: string, records: number): void {
    this.done++;
    this.records += records;
    this.waiting = undefined;
    this.draw(this.done === this.total);
  }

  wait(ms: number, reason: string): void {
    this.waiting = `waiting ${Math.ceil(ms / 1000)} s (${reason})`;
    if (this.out.isTTY) this.draw(true);
    else this.out.write(`${this.label}: ${this.waiting}\n`);
  }

  finish(summary: string): void {
    if (this.out.isTTY) this.out.write('\r\x1b[K');
    this.out.write(`${summary}\n`);
  }

  private draw(force: boolean): void {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (!force && now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    const line = progressLine(this.label, this.done, this.total, this.records, this.waiting);
    // A terminal of unknown size (columns 0, as under `script`) is taken as 80 wide.
    const width = this.out.columns || 80;
    this.out.write(`\r\x1b[K${line.length >= width ? line.slice(0, width - 1) : line}`);
  }
}
