// Sanctions imposed by or on an entity: who sanctions whom, with the direction seen from the entity, modality and support.
// @param entity: a country, body or person: name, alias (case-insensitive) or id (e.g. European Union)
// @example kg query sanctions --param "entity=European Union"
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)-[r:SANCTIONS]-(other:Entity)
RETURN CASE WHEN startNode(r) = e THEN 'by' ELSE 'against' END AS direction,
       startNode(r).name AS imposer, endNode(r).name AS target, other.id AS otherId,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY direction DESC, articles DESC, imposer, target
