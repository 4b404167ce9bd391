// Who holds office in a country or body, including in the bodies that are part of it (its ministries, armed forces, agencies).
// @param body: a country, agency or organisation: name, alias (case-insensitive) or id (e.g. Poland)
// @example kg query office-holders --param body=Poland
WITH toString($body) AS wanted
MATCH (b:Entity)
WHERE b.id = wanted OR toLower(b.name) = toLower(wanted) OR any(alias IN b.aliases WHERE toLower(alias) = toLower(wanted))
WITH b, CASE WHEN b.id = wanted THEN 0 WHEN toLower(b.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(b) AS found ORDER BY rank LIMIT 1
UNWIND found AS b
MATCH (holder:Entity)-[r:HOLDS_POSITION]->(o:Entity)-[:PART_OF*0..3]->(b)
WITH DISTINCT b, holder, r, o
RETURN holder.name AS holder, holder.id AS holderId, r.title AS title, o.name AS body, b.name AS within,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY o = b DESC, body, title, holder
