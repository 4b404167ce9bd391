// The `kg extract` contract (SPEC section 4): one Extraction per article, offsets into the article text.
import { z } from 'zod';
import { ArticleMeta } from './article.js';
import { EntityType, MentionKind, RelationType } from './ontology.js';

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const Mention = Span.extend({ kind: MentionKind });
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  mentions: z.array(Mention),
  /** Gazetteer coordinates, where known. */
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type Entity = z.infer<typeof Entity>;

/** Evidence: the sentence that states a fact, and the date it states (ISO), if any. */
export const Evidence = Span.extend({ date: z.string().optional() });
export type Evidence = z.infer<typeof Evidence>;

/** How the text asserts a fact: stated, denied ("has denied sending troops") or hypothetical ("if ... occurred"). */
export const Modality = z.enum(['asserted', 'denied', 'hypothetical']);
export type Modality = z.infer<typeof Modality>;

export const RelationProperties = z.object({
  title: z.string().optional(),
  quantity: z.number().optional(),
  modality: Modality.optional(),
});
export type RelationProperties = z.infer<typeof RelationProperties>;

export const Relation = z.object({
  type: RelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  properties: RelationProperties.optional(),
  evidence: z.array(Evidence).min(1),
});
export type Relation = z.infer<typeof Relation>;

export const Statement = z.object({
  speaker: z.string().min(1),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  about: z.array(z.string()).optional(),
  date: z.string().optional(),
});
export type Statement = z.infer<typeof Statement>;

export const Extraction = z.object({
  article: ArticleMeta,
  entities: z.array(Entity),
  relations: z.array(Relation),
  statements: z.array(Statement),
});
export type Extraction = z.infer<typeof Extraction>;
