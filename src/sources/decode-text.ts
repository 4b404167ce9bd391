// Bytes to text, refusing what is not UTF-8 text: binary files, UTF-16, invalid UTF-8. Never decodes lossily.
import type { ErrorCode } from '../errors.js';

/** How much of a file's start is searched for a NUL byte to call it binary. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

export type Refusal = { readonly code: Extract<ErrorCode, 'INPUT_BINARY' | 'INPUT_ENCODING'>; readonly reason: string };
export type Decoded = { readonly ok: true; readonly text: string } | ({ readonly ok: false } & Refusal);

/** A UTF-16 byte-order mark (either order; UTF-32 LE starts the same way). */
function hasUtf16Bom(head: Uint8Array): boolean {
  return head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

/** Refuses a file from its first bytes: UTF-16 text, or a NUL byte early on (binary). */
export function sniffHead(head: Uint8Array, file: string): Refusal | undefined {
  if (hasUtf16Bom(head)) {
    return { code: 'INPUT_ENCODING', reason: `${file} is UTF-16 text; save it as UTF-8 and try again` };
  }
  if (head.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { code: 'INPUT_BINARY', reason: `${file} looks binary (a NUL byte in its first ${BINARY_SNIFF_BYTES / 1024} KB); give text, Markdown, HTML, JSON or JSON Lines` };
  }
  return undefined;
}

/** How many bytes the UTF-8 sequence led by `byte` has (0 for a byte that cannot lead one). */
function sequenceLength(byte: number): number {
  if (byte >= 0xf0 && byte <= 0xf7) return 4;
  if (byte >= 0xe0) return byte <= 0xef ? 3 : 0;
  if (byte >= 0xc0) return 2;
  return 0;
}

/** Where the sequence that turned out invalid at `at` began: an unfinished one before it, or `at` itself. */
function sequenceStart(bytes: Uint8Array, at: number): number {
  for (let back = 1; back <= 3 && at - back >= 0; back += 1) {
    const byte = bytes[at - back] ?? 0;
    if (byte < 0x80) return at;
    if (byte >= 0xc0) return at - back + sequenceLength(byte) > at ? at - back : at;
  }
  return at;
}

function failsToDecode(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return false;
  } catch {
    return true;
  }
}

/**
 * The offset of the first byte of the first invalid UTF-8 sequence in `bytes`, or -1 when they are valid.
 * A streaming decode of a prefix fails exactly when the prefix holds an invalid sequence (an unfinished one at the
 * end is not invalid yet), so the shortest failing prefix is found by binary search. Only used to report.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  if (!failsToDecode(bytes, true)) {
    return failsToDecode(bytes, false) ? sequenceStart(bytes, bytes.length) : -1;
  }
  let low = 1; // the prefix of length low - 1 decodes
  let high = bytes.length; // the prefix of length high fails
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (failsToDecode(bytes.subarray(0, middle), true)) high = middle;
    else low = middle + 1;
  }
  return sequenceStart(bytes, high - 1);
}

/** Shared by every whole-buffer decode (never used in streaming mode, so it carries no state between calls). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decoding; a leading byte-order mark is dropped (TextDecoder does that by default). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** 1-based line number of a byte offset. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line += 1;
  return line;
}

/** A whole file's bytes as text, or why they are refused. */
export function decodeFileText(bytes: Uint8Array, file: string): Decoded {
  const refusal = sniffHead(bytes, file);
  if (refusal !== undefined) return { ok: false, ...refusal };
  const text = decodeUtf8(bytes);
  if (text !== undefined) return { ok: true, text };
  const offset = firstInvalidUtf8Offset(bytes);
  return {
    ok: false,
    code: 'INPUT_ENCODING',
    reason: `${file} is not valid UTF-8 (line ${lineOfOffset(bytes, offset)}, byte ${offset}); save it as UTF-8 and try again`,
  };
}
