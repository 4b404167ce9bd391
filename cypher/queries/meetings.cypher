// Meetings of an official (or any entity): whom they met, with modality, how many articles report it and when.
// @param official: the official's name, an alias (case-insensitive) or id (e.g. Tomasz Wilk)
// @example kg query meetings --param "official=Tomasz Wilk"
WITH toString($official) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)-[r:MEETS]-(other:Entity)
OPTIONAL MATCH (other)-[office:HOLDS_POSITION]->(body:Entity)
WITH e, r, other, collect(DISTINCT office.title + ' of ' + body.name) AS offices
RETURN e.name AS official, other.name AS met, other.type AS metType, other.id AS metId, offices AS metOffices,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY articles DESC, met
