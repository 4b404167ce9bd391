// What a source yields: an article with where it came from, or a bad record reported with file, line and reason.
import { z } from 'zod';
import { Article } from './article.js';

export const Origin = z.object({
  /** File path, or "-" for standard input. */
  file: z.string(),
  /** 1-based line (JSON Lines) or record index (JSON arrays, 1-based), when it applies. */
  line: z.number().int().positive().optional(),
});
export type Origin = z.infer<typeof Origin>;

export type SourceItem =
  | { readonly kind: 'article'; readonly article: Article; readonly origin: Origin }
  | { readonly kind: 'bad'; readonly origin: Origin; readonly code: string; readonly reason: string };

export function formatOrigin(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}
