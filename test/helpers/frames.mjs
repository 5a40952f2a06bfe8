// How the tests and their spawn helpers talk over a pipe: each message is a 4-byte big-endian length,
// then that many bytes of UTF-8 text (JSON).

/** The text as one message. */
export function frameText(text) {
  const body = Buffer.from(text, 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

/** The value as one message of JSON. */
export function frame(value) {
  return frameText(JSON.stringify(value));
}

/**
 * A 'data' listener that calls `onText` with the text of each whole message, in order. Chunks are
 * joined once a whole message is in: joining at every chunk copies a large message over and over.
 */
export function frameReader(onText) {
  let chunks = [];
  let buffered = 0;
  let expected = -1;
  const joined = () => {
    if (chunks.length > 1) chunks = [Buffer.concat(chunks, buffered)];
    return chunks[0];
  };
  return (chunk) => {
    chunks.push(chunk);
    buffered += chunk.length;
    for (;;) {
      if (expected < 0) {
        if (buffered < 4) return;
        expected = joined().readUInt32BE(0);
      }
      if (buffered < 4 + expected) return;
      const all = joined();
      const text = all.subarray(4, 4 + expected).toString('utf8');
      const remainder = all.subarray(4 + expected);
      chunks = remainder.length > 0 ? [remainder] : [];
      buffered = remainder.length;
      expected = -1;
      onText(text);
    }
  };
}
