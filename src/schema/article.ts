// The Article: one source document, as every source yields it and every store keeps it.
import { z } from 'zod';

export const ArticleInput = z.object({
  id: z.string().min(1).optional(),
  text: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  published: z.string().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export const Article = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  /** ISO date (YYYY-MM-DD) or date-time, as given by the source. */
  published: z.string().optional(),
});
export type Article = z.infer<typeof Article>;

/** The article's identity and metadata without its text (the `article` field of `kg extract`). */
export const ArticleMeta = Article.omit({ text: true });
export type ArticleMeta = z.infer<typeof ArticleMeta>;
