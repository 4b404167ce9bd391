// The ontology of SPEC section 3: entity types, relationship types, and which are symmetric.
import { z } from 'zod';

export const ENTITY_TYPES = ['Country', 'Official', 'Person', 'Agency', 'Organization', 'Agreement', 'Location'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const RELATION_TYPES = [
  'HOLDS_POSITION', 'PART_OF', 'LOCATED_IN', 'SIGNED', 'PARTY_TO', 'DEPLOYED_TO',
  'SUPPORTS', 'ACCUSES', 'IN_CONFLICT_WITH', 'MEMBER_OF', 'MEETS', 'SANCTIONS',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['IN_CONFLICT_WITH', 'MEETS']);

/** Node labels a store writes for each entity type: the type itself, its parent label, and :Entity. */
export const ENTITY_LABELS: Readonly<Record<EntityType, readonly string[]>> = {
  Country: ['Entity', 'Country'],
  Official: ['Entity', 'Person', 'Official'],
  Person: ['Entity', 'Person'],
  Agency: ['Entity', 'Organization', 'Agency'],
  Organization: ['Entity', 'Organization'],
  Agreement: ['Entity', 'Agreement'],
  Location: ['Entity', 'Location'],
};

export const MENTION_KINDS = ['name', 'demonym', 'nominal', 'pronoun'] as const;
export const MentionKind = z.enum(MENTION_KINDS);
export type MentionKind = z.infer<typeof MentionKind>;
