// An entity's neighbourhood: the facts within depth hops of it (1 when depth is null, at most 3), each with its distance, modality and support.
// @param entity: the centre: name, alias (case-insensitive) or id (e.g. Poland)
// @param depth: how many hops out, 1 to 3 (default 1) (e.g. 2)
// @example kg query neighbourhood --param entity=Poland --param depth=1
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
WITH e, coalesce(toInteger($depth), 1) AS depth
CALL (e, depth) {
  MATCH (e)-[r:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(:Entity)
  RETURN r, 1 AS distance
  UNION
  WITH e, depth WHERE depth >= 2
  MATCH (e)-[:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(:Entity)-[r:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(n:Entity)
  WHERE n <> e
  RETURN r, 2 AS distance
  UNION
  WITH e, depth WHERE depth >= 3
  MATCH (e)-[:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(:Entity)-[:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(:Entity)-[r:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(n:Entity)
  WHERE n <> e
  RETURN r, 3 AS distance
}
WITH e, r, min(distance) AS distance
RETURN e.name AS centre, distance, startNode(r).name AS source, type(r) AS type, endNode(r).name AS target,
       startNode(r).id AS sourceId, endNode(r).id AS targetId, r.title AS title, r.quantity AS quantity,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY distance, type, source, target
