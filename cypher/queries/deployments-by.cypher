// Where a country or body has deployed forces: each destination, how many, with modality and support.
// @param sender: a country or body: name, alias (case-insensitive) or id (e.g. Poland)
// @example kg query deployments-by --param sender=Poland
WITH toString($sender) AS wanted
MATCH (s:Entity)
WHERE s.id = wanted OR toLower(s.name) = toLower(wanted) OR any(alias IN s.aliases WHERE toLower(alias) = toLower(wanted))
WITH s, CASE WHEN s.id = wanted THEN 0 WHEN toLower(s.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(s) AS found ORDER BY rank LIMIT 1
UNWIND found AS s
MATCH (s)-[r:DEPLOYED_TO]->(destination:Entity)
RETURN s.name AS sender, destination.name AS destination, destination.type AS destinationType, destination.id AS destinationId,
       r.quantity AS quantity, coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY articles DESC, destination
