// The embedded store's journal: each write since the last snapshot as one fsynced JSON line, replayed on open.
import { open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { KgError } from '../../errors.js';
import { JournalEntry } from './records.js';

export interface ReplayResult {
  /** Bytes of whole entries (a torn last line, left by a crash mid-append, is not counted). */
  readonly bytes: number;
  readonly entries: number;
  readonly tornTail: boolean;
}

const NEWLINE = 0x0a;

/** Applies each whole entry of the journal in order; a missing journal is an empty one. */
export async function replayJournal(file: string, apply: (entry: JournalEntry) => void): Promise<ReplayResult> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { bytes: 0, entries: 0, tornTail: false };
    throw new KgError('STORE_CORRUPT', `cannot read the graph store journal ${file}: ${(error as Error).message}`, { cause: error });
  }
  const whole = data.lastIndexOf(NEWLINE) + 1;
  let entries = 0;
  let start = 0;
  let line = 0;
  while (start < whole) {
    const end = data.indexOf(NEWLINE, start);
    line += 1;
    const parsed = parseEntry(data.subarray(start, end).toString('utf8'));
    if (parsed === undefined) {
      throw new KgError('STORE_CORRUPT', `the graph store journal ${file} is corrupt at line ${line}; restore the store from a backup or delete it and ingest again`);
    }
    apply(parsed);
    entries += 1;
    start = end + 1;
  }
  return { bytes: whole, entries, tornTail: whole < data.length };
}

function parseEntry(line: string): JournalEntry | undefined {
  try {
    const parsed = JournalEntry.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface JournalWriter {
  readonly file: string;
  /** Bytes in the journal. */
  readonly bytes: number;
  append(entry: JournalEntry): Promise<void>;
  close(): Promise<void>;
}

/** Opens the journal for appending after `bytes` of whole entries, cutting off a torn tail first. */
export async function openJournal(file: string, bytes: number): Promise<JournalWriter> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'a');
    const { size } = await handle.stat();
    if (size > bytes) await truncate(file, bytes);
  } catch (error) {
    throw new KgError('STORE_WRITE_FAILED', `cannot open the graph store journal ${file}: ${(error as Error).message}`, { cause: error });
  }
  let length = bytes;
  return {
    file,
    get bytes() {
      return length;
    },
    async append(entry) {
      const line = `${JSON.stringify(entry)}\n`;
      try {
        await handle.write(line);
        await handle.datasync();
      } catch (error) {
        throw new KgError('STORE_WRITE_FAILED', `cannot append to the graph store journal ${file}: ${(error as Error).message}`, { cause: error });
      }
      length += Buffer.byteLength(line);
    },
    async close() {
      await handle.close();
    },
  };
}
