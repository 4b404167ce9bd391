// Which entity type wins when articles disagree about one entity: the more specific of a parent/child pair.
import type { EntityType } from '../schema/index.js';

/** A type and the more general type it refines; the refinement wins, whatever order articles arrive in. */
const REFINES: Readonly<Partial<Record<EntityType, EntityType>>> = {
  Official: 'Person',
  Agency: 'Organization',
  Country: 'Location',
};

/**
 * The type an entity keeps when it is held as `held` and an article says `incoming`: Official over Person,
 * Agency over Organization, Country over Location; otherwise the type first written stays. Types (and
 * Neo4j labels) only accumulate: a retraction never demotes an entity.
 */
export function preferredType(held: EntityType, incoming: EntityType): EntityType {
  return REFINES[incoming] === held ? incoming : held;
}

/** The held types an incoming `type` replaces (for the Cypher that applies `preferredType` on the server). */
export function typesRefinedBy(type: EntityType): EntityType[] {
  const parent = REFINES[type];
  return parent === undefined ? [] : [parent];
}
