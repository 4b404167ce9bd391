// Who signed an agreement or is party to it: each signatory or party with the relationship, its modality and support.
// @param agreement: the agreement's name, an alias (case-insensitive) or its id (e.g. Baltic Shield Memorandum)
// @example kg query agreement-parties --param "agreement=Baltic Shield Memorandum"
WITH toString($agreement) AS wanted
MATCH (g:Entity)
WHERE g.id = wanted OR toLower(g.name) = toLower(wanted) OR any(alias IN g.aliases WHERE toLower(alias) = toLower(wanted))
WITH g, CASE WHEN g.id = wanted THEN 0 WHEN toLower(g.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(g) AS found ORDER BY rank LIMIT 1
UNWIND found AS g
MATCH (party:Entity)-[r:SIGNED|PARTY_TO]->(g)
RETURN g.name AS agreement, party.name AS party, party.type AS partyType, party.id AS partyId, type(r) AS relation,
       coalesce(r.modality, 'asserted') AS modality, r.articleCount AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY relation DESC, party
