/**
 * Reads a file the user named, but never more than a limit: a policy or a request description is small,
 * and a huge file (or an endless stream such as /dev/zero) must end in a clear error, not exhaust memory.
 * Reads in chunks instead of stat-then-read, so pipes (`--request <(...)`) work and size checks cannot
 * be raced.
 */
import { open } from 'node:fs/promises';

export type LimitedRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

const CHUNK = 64 * 1024;

/** The file's bytes, or tooLarge once more than `maxBytes` have been read. Errors of open/read propagate. */
export async function readLimited(path: string, maxBytes: number): Promise<LimitedRead> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return { ok: true, bytes: Buffer.concat(chunks, total) };
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, tooLarge: true };
    }
  } finally {
    await handle.close();
  }
}
