/**
 * A report file as UTF-8 chunks, decoded the way the in-memory reader decodes the whole file: a UTF-8
 * byte order mark dropped, UTF-16 (what Windows PowerShell redirection writes) transcoded. Every raw
 * chunk is also handed to `onRaw`, so the file's hash is taken in the same read.
 */
import type { FileReadResult } from 'node:fs/promises';
import { openRegular } from '../../files/read-limited.js';

/** Small enough to stay in cache between the read, the hash and the scan. */
const CHUNK_SIZE = 1 << 20;

/**
 * Yields views of two buffers that take turns: the next read is under way while a chunk is processed,
 * and no memory is allocated per chunk. A yielded chunk is valid until the consumer asks for the next
 * one, so whatever must outlive it is copied.
 */
export async function* utf8Chunks(file: string, onRaw?: (chunk: Buffer) => void): AsyncGenerator<Buffer> {
  const handle = await openRegular(file);
  let pending: Promise<FileReadResult<Buffer>> | undefined;
  try {
    const buffers = [Buffer.allocUnsafeSlow(CHUNK_SIZE), Buffer.allocUnsafeSlow(CHUNK_SIZE)];
    let turn = 0;
    pending = handle.read(buffers[0]!, 0, CHUNK_SIZE, null);
    let decode: Transcode | undefined;
    let first = true;
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      turn ^= 1;
      pending = handle.read(buffers[turn]!, 0, CHUNK_SIZE, null);
      const chunk = buffer.subarray(0, bytesRead);
      onRaw?.(chunk);
      let out = chunk;
      if (first) {
        first = false;
        decode = decoderFor(chunk);
        if (decode === undefined && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) out = chunk.subarray(3);
      }
      if (decode !== undefined) out = decode(chunk);
      if (out.length > 0) yield out;
    }
    if (decode !== undefined) {
      const rest = decode(Buffer.alloc(0), true);
      if (rest.length > 0) yield rest;
    }
  } finally {
    await handle.close();
  }
}

type Transcode = (chunk: Buffer, last?: boolean) => Buffer;

/** UTF-16 by its byte order mark; TextDecoder drops the mark itself. */
function decoderFor(first: Buffer): Transcode | undefined {
  const encoding = first[0] === 0xff && first[1] === 0xfe ? 'utf-16le' : first[0] === 0xfe && first[1] === 0xff ? 'utf-16be' : undefined;
  if (encoding === undefined) return undefined;
  const decoder = new TextDecoder(encoding);
  return (chunk, last = false) => Buffer.from(decoder.decode(chunk, { stream: !last }), 'utf8');
}

/**
 * Line and column (1-based; the column in UTF-16 code units, as editors and the in-memory reader count)
 * of a byte offset in the UTF-8 stream of `file`: read again up to there, only when reporting an error.
 * Counted without decoding, because one minified line can be the whole file.
 */
export async function positionInStream(file: string, offset: number): Promise<{ line: number; column: number }> {
  let line = 1;
  let column = 1;
  let seen = 0;
  for await (const chunk of utf8Chunks(file)) {
    const upto = Math.min(chunk.length, offset - seen);
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1 && nl < upto; nl = chunk.indexOf(0x0a, nl + 1)) {
      line += 1;
      column = 1;
      from = nl + 1;
    }
    column += utf16Length(chunk, from, upto);
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return { line, column };
}

/** UTF-16 code units of UTF-8 bytes: one per sequence start, two for a four-byte sequence. */
function utf16Length(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}
