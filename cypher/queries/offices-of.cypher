// Offices a person holds: each title with the country or body it belongs to, its modality, how many articles say so and when.
// @param person: the person's name, one of their aliases (case-insensitive) or their id (e.g. Tomasz Wilk)
// @example kg query offices-of --param "person=Tomasz Wilk"
WITH toString($person) AS wanted
MATCH (p:Entity)
WHERE p.id = wanted OR toLower(p.name) = toLower(wanted) OR any(alias IN p.aliases WHERE toLower(alias) = toLower(wanted))
WITH p, CASE WHEN p.id = wanted THEN 0 WHEN toLower(p.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(p) AS found ORDER BY rank LIMIT 1
UNWIND found AS p
MATCH (p)-[r:HOLDS_POSITION]->(body:Entity)
RETURN p.name AS person, r.title AS title, body.name AS body, body.type AS bodyType, body.id AS bodyId,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY articles DESC, title, body
