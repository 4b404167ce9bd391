// Deployments into a place or anywhere located in it: who sent forces where, how many, with modality and support.
// @param place: a country or location: name, alias (case-insensitive) or id (e.g. Lithuania)
// @example kg query deployments-into --param place=Lithuania
WITH toString($place) AS wanted
MATCH (pl:Entity)
WHERE pl.id = wanted OR toLower(pl.name) = toLower(wanted) OR any(alias IN pl.aliases WHERE toLower(alias) = toLower(wanted))
WITH pl, CASE WHEN pl.id = wanted THEN 0 WHEN toLower(pl.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(pl) AS found ORDER BY rank LIMIT 1
UNWIND found AS pl
MATCH (sender:Entity)-[r:DEPLOYED_TO]->(destination:Entity)-[:LOCATED_IN*0..3]->(pl)
WITH DISTINCT pl, sender, r, destination
RETURN sender.name AS sender, sender.id AS senderId, destination.name AS destination, pl.name AS within, r.quantity AS quantity,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY articles DESC, sender, destination
