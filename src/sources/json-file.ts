// JSON files (.json): an array of article records, streamed element by element (files can be huge), or one record.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';
import { KgError, isKgError } from '../errors.js';
import type { SourceItem } from '../schema/source.js';
import { badItem, fileErrorItem, type BadItem } from './bad-item.js';
import { firstInvalidUtf8Offset, sniffHead } from './decode-text.js';
import { recordItem } from './record-item.js';
import { readStreamHead } from './stream-head.js';

const OPEN_BRACKET = 0x5b;

/** Strict UTF-8 decoding of a byte stream (a leading byte-order mark dropped); throws INPUT_ENCODING. */
async function* decodeStrictly(chunks: AsyncIterable<Buffer>, file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of chunks) {
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch (cause) {
      const near = offset + Math.max(0, firstInvalidUtf8Offset(chunk));
      throw new KgError('INPUT_ENCODING', `${file} is not valid UTF-8 (near byte ${near}); save it as UTF-8 and try again`, { cause });
    }
    offset += chunk.length;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch (cause) {
    throw new KgError('INPUT_ENCODING', `${file} is not valid UTF-8 (it ends inside a character); save it as UTF-8`, { cause });
  }
}

/** Why reading stopped part-way: bad bytes, a failed read, or JSON that does not parse. */
function failureItem(file: string, error: unknown, recordsRead: number, isArray: boolean): BadItem {
  if (isKgError(error)) return badItem({ file }, error.code, error.message);
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return fileErrorItem(file, error);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (!isArray) return badItem({ file }, 'INPUT_INVALID_JSON', `${file} is not valid JSON (${message})`);
  const record = recordsRead + 1;
  const read = `${recordsRead} record${recordsRead === 1 ? '' : 's'}`;
  return badItem(
    { file, line: record },
    'INPUT_INVALID_JSON',
    `invalid JSON at or after record ${record} (${message}); the rest of ${file} was skipped after ${read}`,
  );
}

/**
 * A top-level array yields one item per element (origin line = 1-based element index); any other top-level value is
 * one record. Broken JSON stops the file (a streamed parse cannot resynchronise) but keeps what was read before.
 */
export async function* readJsonFile(file: string): AsyncGenerator<SourceItem> {
  const stream = createReadStream(file);
  let isArray = false;
  let recordsRead = 0;
  try {
    const { head, first, chunks } = await readStreamHead(stream);
    const refusal = sniffHead(head, file);
    if (refusal !== undefined) {
      yield badItem({ file }, refusal.code, refusal.reason);
      return;
    }
    if (first === undefined) {
      yield badItem({ file }, 'INPUT_EMPTY', `${file} is empty`);
      return;
    }
    isArray = first === OPEN_BRACKET;
    const text = Readable.from(decodeStrictly(chunks, file));
    const values = isArray ? chain([text, parser(), streamArray()]) : chain([text, parser(), streamValues()]);
    for await (const { key, value } of values) {
      recordsRead += 1;
      yield isArray ? recordItem(value, { file, line: key + 1 }, `record ${key + 1}`) : recordItem(value, { file }, file);
    }
    if (isArray && recordsRead === 0) yield badItem({ file }, 'INPUT_EMPTY', `${file} is an empty array, no records`);
  } catch (error) {
    yield failureItem(file, error, recordsRead, isArray);
  } finally {
    stream.destroy();
  }
}
