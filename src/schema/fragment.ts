// GraphFragment: what one article adds to the graph, in the shape both stores write (SPEC sections 3 and 5).
import { z } from 'zod';
import { Article } from './article.js';
import { EntityType, RelationType } from './ontology.js';

export const FragmentNode = z.object({
  id: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  /** Surface forms this article uses for the entity (other than `name`). */
  aliases: z.array(z.string()),
  /** Number of mentions in this article (0 for an entity inferred without a mention). */
  mentions: z.number().int().nonnegative(),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type FragmentNode = z.infer<typeof FragmentNode>;

/** One piece of evidence for a fact in this article: the sentence offsets and the date it states. */
export const FragmentEvidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: z.string().optional(),
});
export type FragmentEvidence = z.infer<typeof FragmentEvidence>;

export const FragmentFact = z.object({
  /** Stable identity of the fact across articles: hash of type, ends (ordered for symmetric types) and title. */
  key: z.string().min(1),
  type: RelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  title: z.string().optional(),
  quantity: z.number().optional(),
  modality: z.enum(['asserted', 'denied', 'hypothetical']).optional(),
  evidence: z.array(FragmentEvidence).min(1),
  /** Earliest date among this article's evidence (evidence date, else published). */
  date: z.string().optional(),
});
export type FragmentFact = z.infer<typeof FragmentFact>;

export const FragmentStatement = z.object({
  /** Hash of article id, offsets and speaker (a joint statement is one per speaker). */
  id: z.string().min(1),
  speaker: z.string().min(1),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  about: z.array(z.string()),
  date: z.string().optional(),
});
export type FragmentStatement = z.infer<typeof FragmentStatement>;

export const GraphFragment = z.object({
  /** The article, with its text (evidence sentences are read from it by offsets) and a hash of its content. */
  article: Article.extend({ contentHash: z.string().min(1) }),
  nodes: z.array(FragmentNode),
  facts: z.array(FragmentFact),
  statements: z.array(FragmentStatement),
});
export type GraphFragment = z.infer<typeof GraphFragment>;
