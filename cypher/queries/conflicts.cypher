// Who an entity is in conflict with (a symmetric relationship), with modality, how many articles say so and when.
// @param entity: a country or body: name, alias (case-insensitive) or id (e.g. DR Congo)
// @example kg query conflicts --param "entity=DR Congo"
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)-[r:IN_CONFLICT_WITH]-(other:Entity)
RETURN e.name AS entity, other.name AS opponent, other.type AS opponentType, other.id AS opponentId,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY articles DESC, opponent
