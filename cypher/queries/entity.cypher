// One entity's record: id, type, labels, aliases, coordinates, how many articles mention it, and its facts and statements counted by kind.
// @param entity: the entity's name, an alias (case-insensitive) or id (e.g. Poland)
// @example kg query entity --param entity=Poland
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
OPTIONAL MATCH (e)-[r:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(:Entity)
WITH e, type(r) AS relation, count(r) AS n
ORDER BY relation
WITH e, collect(relation + ': ' + toString(n)) AS facts
RETURN e.id AS id, e.name AS name, e.type AS type, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.aliases AS aliases,
       e.lat AS lat, e.lon AS lon, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles, facts,
       COUNT { (e)-[:SAID]->(:Statement) } AS statementsBy, COUNT { (:Statement)-[:ABOUT]->(e) } AS statementsAbout
