// Reads the start of a byte stream to sniff it, then hands back the whole stream, that start included.

/** The first byte that is not JSON whitespace nor part of a UTF-8 byte-order mark, or undefined. */
export function firstSignificantByte(bytes: Uint8Array): number | undefined {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let at = start; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
  }
  return undefined;
}

export type StreamHead = {
  /** The bytes read so far: up to and including the chunk with the first significant byte (or all, if none). */
  readonly head: Buffer;
  readonly first: number | undefined;
  /** The whole stream from its first byte. */
  readonly chunks: AsyncIterable<Buffer>;
};

async function* replay(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  try {
    if (head.length > 0) yield head;
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

/** Reads chunks until one holds a significant byte (usually just the first chunk). */
export async function readStreamHead(source: AsyncIterable<Buffer>): Promise<StreamHead> {
  const iterator = source[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done === true) break;
    read.push(next.value);
    first = firstSignificantByte(read.length === 1 ? next.value : Buffer.concat(read));
  }
  const head = read.length === 1 ? (read[0] ?? Buffer.alloc(0)) : Buffer.concat(read);
  return { head, first, chunks: replay(head, iterator) };
}
