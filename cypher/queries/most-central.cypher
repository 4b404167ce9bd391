// The most central entities: by the pagerank property once `kg analyze --write` has written it, else by degree over facts.
// @param limit: how many entities to list (default 10) (e.g. 10)
// @example kg query most-central --param limit=10
WITH EXISTS { MATCH (x:Entity) WHERE x.pagerank IS NOT NULL } AS ranked
MATCH (e:Entity)
WITH ranked, e, COUNT { (e)-[:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]-(:Entity) } AS degree
RETURN e.name AS entity, e.type AS type, e.id AS id, e.pagerank AS pagerank, degree,
       CASE WHEN ranked THEN 'pagerank' ELSE 'degree' END AS rankedBy
ORDER BY CASE WHEN ranked THEN coalesce(e.pagerank, -1.0) ELSE toFloat(degree) END DESC, degree DESC, entity
LIMIT toInteger($limit)
