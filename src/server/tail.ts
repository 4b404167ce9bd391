// The last lines of a text or a log file, for error messages that show what went wrong.
import { open } from 'node:fs/promises';

export const LOG_TAIL_LINES = 30;
const TAIL_READ_BYTES = 64 * 1024;

export function tailLines(text: string, lines: number = LOG_TAIL_LINES): string {
  return text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}

/** The last lines of a file, or '' when it does not exist or cannot be read. */
export async function tailFile(file: string, lines: number = LOG_TAIL_LINES): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, TAIL_READ_BYTES);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      return tailLines(buffer.toString('utf8'), lines);
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}
