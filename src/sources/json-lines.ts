// JSON Lines (.jsonl, .ndjson, standard input): one article record a line, streamed so memory stays flat.
import { createReadStream } from 'node:fs';
import type { SourceItem } from '../schema/source.js';
import { badItem, fileErrorItem } from './bad-item.js';
import { decodeUtf8, firstInvalidUtf8Offset, sniffHead } from './decode-text.js';
import { recordItem } from './record-item.js';
import { splitLines } from './split-lines.js';
import { readStreamHead } from './stream-head.js';

function parseLine(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Records of a JSON Lines stream; `file` names it in reports ("-" for standard input). Blank lines are skipped,
 * CRLF endings accepted, a byte-order mark dropped; a line that is not valid UTF-8 is refused on its own.
 */
export async function* readJsonLinesStream(chunks: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  let records = 0;
  for await (const bytes of splitLines(chunks)) {
    lineNumber += 1;
    const origin = { file, line: lineNumber };
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      const at = firstInvalidUtf8Offset(bytes);
      yield badItem(origin, 'INPUT_ENCODING', `line ${lineNumber}: not valid UTF-8 (byte ${at} of the line); save ${file} as UTF-8`);
      records += 1;
      continue;
    }
    if (text.trim() === '') continue;
    records += 1;
    const parsed = parseLine(text);
    yield parsed.ok
      ? recordItem(parsed.value, origin, `line ${lineNumber}`)
      : badItem(origin, 'INPUT_INVALID_JSON', `line ${lineNumber}: invalid JSON (${parsed.message})`);
  }
  if (records === 0) {
    yield badItem({ file }, 'INPUT_EMPTY', lineNumber === 0 ? `${file} is empty` : `${file} has only blank lines, no records`);
  }
}

/** A JSON Lines file, refused whole when it looks binary or is UTF-16. */
export async function* readJsonLinesFile(file: string): AsyncGenerator<SourceItem> {
  const stream = createReadStream(file);
  try {
    const { head, chunks } = await readStreamHead(stream);
    const refusal = sniffHead(head, file);
    if (refusal !== undefined) {
      yield badItem({ file }, refusal.code, refusal.reason);
      return;
    }
    yield* readJsonLinesStream(chunks, file);
  } catch (error) {
    yield fileErrorItem(file, error);
  } finally {
    stream.destroy();
  }
}
