// What changed since a date: facts first or last seen on or after it, newest first, marked new (first seen since) or updated.
// @param since: an ISO date; dates compare as text, so a year or a month works too (e.g. 2026-04-01)
// @example kg query changes-since --param since=2026-04-01
WITH toString($since) AS since
MATCH (s:Entity)-[r:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS]->(t:Entity)
WHERE r.lastSeen >= since OR r.firstSeen >= since
RETURN CASE WHEN r.firstSeen >= since THEN 'new' ELSE 'updated' END AS change,
       s.name AS source, type(r) AS type, t.name AS target, r.title AS title, r.quantity AS quantity,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY lastSeen DESC, firstSeen DESC, source, type, target
