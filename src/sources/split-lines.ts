// Splits a byte stream into lines without decoding it, so each line can be decoded strictly on its own.
// (node:readline would decode first and silently turn invalid UTF-8 into U+FFFD.)

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** A line's bytes without its "\n" and without a "\r" before it, so CRLF and LF files read alike. */
function withoutCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}

/** Every line of the stream in order; a last line without "\n" is yielded too. Memory holds one line at a time. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const bytes = toBuffer(chunk);
    let start = 0;
    for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
      const piece = bytes.subarray(start, newline);
      yield withoutCr(pending.length === 0 ? piece : Buffer.concat([...pending, piece]));
      pending = [];
      start = newline + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) yield withoutCr(Buffer.concat(pending));
}
