// Content ids: an article without an id is named by a hash of its normalised text, so re-ingesting it changes nothing.
import { createHash } from 'node:crypto';

/** Marks an id as derived from content (never from a file name or a record), so it is recognisable in the graph. */
export const CONTENT_ID_PREFIX = 'sha256:';
const CONTENT_ID_HEX_CHARS = 16;

/** The form that is hashed: Unicode NFC, every whitespace run turned into one space, trimmed. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** `sha256:` followed by the first 16 hex digits of the SHA-256 of the normalised text (UTF-8). */
export function contentId(text: string): string {
  const digest = createHash('sha256').update(normaliseForId(text), 'utf8').digest('hex');
  return CONTENT_ID_PREFIX + digest.slice(0, CONTENT_ID_HEX_CHARS);
}
