// The Cypher the Neo4j store runs. Values are always parameters; labels and relationship types are interpolated
// only after checking them against the ontology (ENTITY_LABELS, RELATION_TYPES).
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../schema/index.js';
import { LINK_TYPES } from '../graph-counts.js';

const LABELS: ReadonlySet<string> = new Set(ENTITY_TYPES.flatMap((type) => ENTITY_LABELS[type]));
const RELATIONSHIP_TYPES: ReadonlySet<string> = new Set([...RELATION_TYPES, ...LINK_TYPES]);
const IDENTIFIER = /^[A-Z][A-Za-z_]*$/;

/** A label or relationship type, if and only if the ontology names it. */
function checked(name: string, allowed: ReadonlySet<string>): string {
  if (!allowed.has(name) || !IDENTIFIER.test(name)) throw new Error(`not an ontology name: ${JSON.stringify(name)}`);
  return name;
}
const relationshipType = (type: string): string => checked(type, RELATIONSHIP_TYPES);
const FACT_TYPE_UNION = RELATION_TYPES.map(relationshipType).join('|');

// ---- classification --------------------------------------------------------------------------------------

export const HELD_ARTICLES = `CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash`;

// ---- writing ---------------------------------------------------------------------------------------------

export const MERGE_ARTICLES = `CYPHER replan=skip
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a += r.properties`;

/**
 * One statement per entity type. Labels only accumulate; `type` keeps the more specific of a parent/child pair
 * ($refines: the types this one replaces); aliases are the union of the names articles use, minus `name`.
 */
export function mergeEntities(type: EntityType): string {
  const labels = ENTITY_LABELS[type].map((label) => checked(label, LABELS)).join(':');
  return `CYPHER replan=skip
UNWIND $rows AS r
MERGE (e:Entity {id: r.id})
ON CREATE SET e:${labels}, e.name = r.name, e.type = $type, e.lat = r.lat, e.lon = r.lon,
              e.aliases = [name IN r.names WHERE name <> r.name]
ON MATCH SET e:${labels},
             e.type = CASE WHEN e.type IN $refines THEN $type ELSE e.type END,
             e.lat = coalesce(e.lat, r.lat),
             e.lon = coalesce(e.lon, r.lon),
             e.aliases = coalesce(e.aliases, []) + [name IN r.names WHERE name <> e.name AND NOT name IN coalesce(e.aliases, [])]`;
}

export const MERGE_MENTIONS = `CYPHER replan=skip
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
MATCH (e:Entity {id: r.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = r.count, m.names = r.names`;

/**
 * Each article's evidence for a fact is its own (:Evidence) node. The ones this transaction creates (tagged with
 * its $batch token) are the new support; one another writer created first (the uniqueness constraint on
 * Evidence.id makes this transaction wait for it and then match), or an earlier run of the same write, are not.
 */
export const MERGE_EVIDENCE = `CYPHER replan=skip
UNWIND $rows AS r
MERGE (v:Evidence {id: r.id})
ON CREATE SET v += r.properties, v.batch = $batch
RETURN r.id AS id, v.batch = $batch AS created`;

/**
 * One statement per fact type, for the new support only: the relationship is merged by key and keeps just the
 * count and first/last seen, so adding an article costs the same however much support the fact already has.
 */
export function mergeFacts(type: RelationType): string {
  return `CYPHER replan=skip
UNWIND $rows AS r
MATCH (s:Entity {id: r.source})
MATCH (t:Entity {id: r.target})
MERGE (s)-[f:${relationshipType(type)} {key: r.key}]->(t)
ON CREATE SET f.articleCount = 1, f.title = r.title, f.firstSeen = r.first, f.lastSeen = r.last,
              f.quantity = r.quantity, f.modality = r.modality
ON MATCH SET f.articleCount = f.articleCount + 1,
             f.firstSeen = CASE WHEN f.firstSeen IS NULL OR r.first < f.firstSeen THEN r.first ELSE f.firstSeen END,
             f.lastSeen = CASE WHEN f.lastSeen IS NULL OR r.last > f.lastSeen THEN r.last ELSE f.lastSeen END,
             f.quantity = coalesce(f.quantity, r.quantity),
             f.modality = CASE WHEN f.modality IS NULL OR r.modality IS NULL THEN null
                               WHEN 'hypothetical' IN [f.modality, r.modality] THEN 'hypothetical' ELSE 'denied' END`;
}

export const MERGE_STATEMENTS = `CYPHER replan=skip
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
MATCH (speaker:Entity {id: r.speaker})
MERGE (s:Statement {id: r.id})
SET s += r.properties
MERGE (speaker)-[:SAID]->(s)
MERGE (s)-[:FROM]->(a)
WITH s, r
UNWIND r.about AS about
MATCH (e:Entity {id: about})
MERGE (s)-[:ABOUT]->(e)`;

// ---- retracting ------------------------------------------------------------------------------------------

export const DELETE_EVIDENCE = `
UNWIND $ids AS id
MATCH (v:Evidence {article: id})
WITH v, v.type AS type, v.fact AS key
DELETE v
RETURN type, collect(DISTINCT key) AS keys`;

/** Recomputes the support of facts that lost evidence from what remains; deletes those left with none. */
export function recomputeFacts(type: RelationType): string {
  return `
UNWIND $keys AS k
MATCH ()-[f:${relationshipType(type)} {key: k}]->()
OPTIONAL MATCH (v:Evidence {fact: k})
WITH f, v ORDER BY v.first, v.article
WITH f, count(v) AS n, min(v.first) AS first, max(v.last) AS last,
     collect(v.quantity) AS quantities, collect(v.modality) AS modalities
SET f.articleCount = n, f.firstSeen = first, f.lastSeen = last,
    f.quantity = head(quantities),
    f.modality = CASE WHEN n = 0 OR size(modalities) < n THEN null WHEN 'hypothetical' IN modalities THEN 'hypothetical' ELSE 'denied' END
WITH f, n
WHERE n = 0
DELETE f`;
}

export const DELETE_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:Statement {article: id})
DETACH DELETE s`;

export const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(e.id) AS mentioned
DETACH DELETE a
RETURN mentioned`;

export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e`;

export const RECOMPUTE_ALIASES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
WITH e, collect(m.names) AS lists
SET e.aliases = reduce(acc = [], names IN lists | acc + [name IN names WHERE name <> e.name AND NOT name IN acc])`;

// ---- reading ---------------------------------------------------------------------------------------------

export const COUNT_ENTITIES = `
MATCH (e:Entity)
RETURN e.type AS type, count(*) AS n`;

/** Counts from the count store: one subquery per node label and relationship type. */
export const COUNT_STORE = [
  ...['Article', 'Statement'].map((label) => `MATCH (n:${label}) RETURN '${label}' AS key, count(n) AS n`),
  ...[...RELATION_TYPES, ...LINK_TYPES].map((type) => `MATCH ()-[r:${relationshipType(type)}]->() RETURN '${type}' AS key, count(r) AS n`),
].join('\nUNION ALL\n');

export const READ_ENTITIES = `
MATCH (e:Entity)
RETURN e {.*} AS properties, COUNT { (:Article)-[:MENTIONS]->(e) } AS articleCount`;

export const READ_FACTS = `
MATCH (s:Entity)-[f:${FACT_TYPE_UNION}]->(t:Entity)
RETURN s.id AS source, t.id AS target, type(f) AS type, f {.*} AS properties`;

export const READ_ENTITIES_BY_ELEMENT_ID = `
MATCH (e:Entity)
WHERE elementId(e) IN $ids
RETURN elementId(e) AS elementId, e {.*} AS properties`;

export const ARTICLE_COUNTS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (:Article)-[:MENTIONS]->(e) } AS articleCount`;

/** Evidence of every fact, grouped by article so that each text crosses the wire once. */
export const READ_ALL_EVIDENCE = `
MATCH (v:Evidence)
WITH v.article AS article, collect(v {.fact, .starts, .ends, .dates}) AS records
MATCH (a:Article {id: article})
RETURN article, a.text AS text, records`;

export const READ_EVIDENCE_OF_FACTS = `
UNWIND $keys AS k
MATCH (v:Evidence {fact: k})
WITH v.article AS article, collect(v {.fact, .starts, .ends, .dates}) AS records
MATCH (a:Article {id: article})
RETURN article, a.text AS text, records`;

export function factKeysBetween(type: RelationType, eitherWay: boolean): string {
  const arrow = eitherWay ? '-' : '->';
  return `
MATCH (s:Entity {id: $source})-[f:${relationshipType(type)}]${arrow}(t:Entity {id: $target})
RETURN DISTINCT f.key AS key`;
}

export const SET_ENTITY_PROPERTIES = `
UNWIND $rows AS r
MATCH (e:Entity {id: r.id})
SET e += r.properties
RETURN count(e) AS n`;
