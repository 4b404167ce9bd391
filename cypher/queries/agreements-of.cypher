// Agreements an entity signed or is party to, with the relationship, its modality and support.
// @param entity: a country, official or body: name, alias (case-insensitive) or id (e.g. Japan)
// @example kg query agreements-of --param entity=Japan
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)-[r:SIGNED|PARTY_TO]->(g:Entity)
RETURN e.name AS entity, type(r) AS relation, g.name AS agreement, g.id AS agreementId,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY agreement, relation DESC
