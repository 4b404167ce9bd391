// Every fact an entity takes part in, either end, of any type: the entity's direct relationships with modality and support.
// @param entity: the entity's name, an alias (case-insensitive) or id (e.g. Lithuania)
// @example kg query facts-of --param entity=Lithuania
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)-[r:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(:Entity)
RETURN startNode(r).name AS source, type(r) AS type, endNode(r).name AS target,
       startNode(r).id AS sourceId, endNode(r).id AS targetId, r.title AS title, r.quantity AS quantity,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY type, source, target
