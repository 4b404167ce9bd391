// Reading a file whole as UTF-8 text, or the bad record that says why it cannot be read.
import { readFile } from 'node:fs/promises';
import { badItem, fileErrorItem, type BadItem } from './bad-item.js';
import { decodeFileText } from './decode-text.js';

export type WholeFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly bad: BadItem };

/** A missing, unreadable, empty, binary or non-UTF-8 file comes back as its bad record. */
export async function readWholeFile(file: string): Promise<WholeFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, bad: fileErrorItem(file, error) };
  }
  if (bytes.length === 0) return { ok: false, bad: badItem({ file }, 'INPUT_EMPTY', `${file} is empty`) };
  const decoded = decodeFileText(bytes, file);
  if (!decoded.ok) return { ok: false, bad: badItem({ file }, decoded.code, decoded.reason) };
  return { ok: true, text: decoded.text };
}
