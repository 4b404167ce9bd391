// Memberships of an entity, both ways: what it is a member of, and who its members are, with modality and support.
// @param entity: a country or body: name, alias (case-insensitive) or id (e.g. NATO)
// @example kg query memberships --param entity=NATO
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)-[r:MEMBER_OF]-(other:Entity)
RETURN CASE WHEN startNode(r) = e THEN 'member of' ELSE 'has member' END AS direction,
       startNode(r).name AS member, endNode(r).name AS body, other.id AS otherId,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY direction DESC, member, body
