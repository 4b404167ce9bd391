// Bad inputs as source items: a record or file that is reported with where it came from and why, then skipped.
// File-level reasons name the file; record-level reasons start with "line N" or "record N" (the origin has the file).
import type { ErrorCode } from '../errors.js';
import type { Origin, SourceItem } from '../schema/source.js';

export type BadItem = Extract<SourceItem, { kind: 'bad' }>;

export function badItem(origin: Origin, code: ErrorCode, reason: string): BadItem {
  return { kind: 'bad', origin, code, reason };
}

/** Turns a failed file-system call on `file` into a bad item: missing paths and unreadable ones are told apart. */
export function fileErrorItem(file: string, error: unknown): BadItem {
  const errno = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  switch (errno) {
    case 'ENOENT':
      return badItem({ file }, 'INPUT_NOT_FOUND', `${file} does not exist; check the path`);
    case 'ENOTDIR':
      return badItem({ file }, 'INPUT_NOT_FOUND', `${file} does not exist: a part of its path is a file, not a folder`);
    case 'EACCES':
    case 'EPERM':
      return badItem({ file }, 'INPUT_UNREADABLE', `${file} cannot be read: permission denied; check its permissions`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return badItem({ file }, 'INPUT_UNREADABLE', `${file} cannot be read: ${detail}`);
    }
  }
}
