// One article's evidence for one fact, as both stores keep it: offsets, dates resolved, and first/last seen.
import { z } from 'zod';
import { FragmentEvidence, Modality, type FragmentFact, type GraphFragment } from '../schema/index.js';

/** What a fact relationship carries in either store: its key, office title, quantity, modality and support. */
export const FactFields = z.object({
  key: z.string(),
  title: z.string().optional(),
  quantity: z.number().optional(),
  modality: Modality.optional(),
  articleCount: z.number().int(),
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
});

export const ArticleEvidence = z.object({
  article: z.string(),
  /** The sentences, each with its date resolved (the date it states, else the article's published date). */
  spans: z.array(FragmentEvidence),
  /** Earliest and latest of the article's dates for this fact. */
  first: z.string().optional(),
  last: z.string().optional(),
  quantity: z.number().optional(),
  modality: Modality.optional(),
});
export type ArticleEvidence = z.infer<typeof ArticleEvidence>;

export function articleEvidence(fact: FragmentFact, article: GraphFragment['article']): ArticleEvidence {
  const spans = fact.evidence.map((span): FragmentEvidence => {
    const date = span.date ?? article.published;
    return { start: span.start, end: span.end, ...(date === undefined ? {} : { date }) };
  });
  const dates = spans.flatMap((span) => (span.date === undefined ? [] : [span.date]));
  if (fact.date !== undefined) dates.push(fact.date);
  const first = earliest(dates);
  const last = latest(dates);
  return {
    article: article.id,
    spans,
    ...(first === undefined ? {} : { first }),
    ...(last === undefined ? {} : { last }),
    ...(fact.quantity === undefined ? {} : { quantity: fact.quantity }),
    ...(fact.modality === undefined ? {} : { modality: fact.modality }),
  };
}

/** ISO dates and date-times compare as strings. */
export function earliest(dates: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const date of dates) if (date !== undefined && (best === undefined || date < best)) best = date;
  return best;
}

export function latest(dates: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const date of dates) if (date !== undefined && (best === undefined || date > best)) best = date;
  return best;
}

/**
 * The order in which remaining support is consulted when a retraction recomputes a fact's quantity and
 * modality: earliest first seen (undated last), then article id. Neo4j sorts the same way (nulls last).
 */
export function compareSupport(a: ArticleEvidence, b: ArticleEvidence): number {
  if (a.first !== b.first) {
    if (a.first === undefined) return 1;
    if (b.first === undefined) return -1;
    return a.first < b.first ? -1 : 1;
  }
  return a.article < b.article ? -1 : a.article > b.article ? 1 : 0;
}

/**
 * A fact's modality over all its support: asserted (undefined) when any article states it plainly, else
 * hypothetical when any article gives it as possible or planned, else denied. Neo4j computes the same in Cypher.
 */
export function combinedModality(modalities: readonly (Modality | undefined)[]): Modality | undefined {
  if (modalities.length === 0 || modalities.some((m) => m === undefined || m === 'asserted')) return undefined;
  return modalities.includes('hypothetical') ? 'hypothetical' : 'denied';
}
