// Entities mentioned in the same articles as an entity, with the number of articles they share, most shared first.
// @param entity: the entity's name, an alias (case-insensitive) or id (e.g. Lithuania)
// @param limit: how many entities to list (default 20) (e.g. 20)
// @example kg query co-mentions --param entity=Lithuania --param limit=20
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e
WITH e, other, count(DISTINCT a) AS articles, collect(DISTINCT a.id) AS ids
RETURN e.name AS entity, other.name AS coMentioned, other.type AS type, other.id AS id, articles, ids[..5] AS sampleArticles
ORDER BY articles DESC, coMentioned
LIMIT toInteger($limit)
