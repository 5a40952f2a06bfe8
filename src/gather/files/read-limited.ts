/**
 * Reads a file the user named, but never more than a limit: a policy or a request description is small,
 * and a huge file must end in a clear error, not exhaust memory. Only regular files are read: a FIFO
 * would block until someone writes to it (forever, in CI), and a socket or device is never a policy,
 * request or report. The file is opened without blocking and checked on the open handle, so the check
 * cannot be raced; reading in chunks means a size check cannot be raced either.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';

/** The named file is a FIFO, socket, device or directory. */
class NotRegularFileError extends InputError {
  constructor(path: string, kind: string) {
    super(`${path} is ${kind}, not a regular file; only regular files are read.`, 'Write the content to a file first and pass that file.');
    this.name = 'NotRegularFileError';
  }
}

/** Opens `path` for reading if it is a regular file; refuses anything else at once, without waiting on it. */
export async function openRegular(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const s = await handle.stat().catch(async (e: unknown) => {
    await handle.close();
    throw e;
  });
  if (s.isFile()) return handle;
  await handle.close();
  if (s.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
  const kind = s.isFIFO() ? 'a FIFO (named pipe)' : s.isSocket() ? 'a socket' : s.isCharacterDevice() || s.isBlockDevice() ? 'a device' : 'not a file';
  throw new NotRegularFileError(path, kind);
}

export type LimitedRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

const CHUNK = 64 * 1024;

/** The file's bytes, or tooLarge once more than `maxBytes` have been read. Errors of open/read propagate. */
export async function readLimited(path: string, maxBytes: number): Promise<LimitedRead> {
  const handle = await openRegular(path);
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
