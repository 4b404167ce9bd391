// The sentences behind a relationship: for each supporting article, the sentence read from the article text at the evidence offsets, with its date.
// @param source: the source entity's name, alias (case-insensitive) or id (e.g. Poland)
// @param type: the relationship type, any case, spaces allowed (e.g. DEPLOYED_TO)
// @param target: the target entity's name, alias (case-insensitive) or id (e.g. Lithuania)
// @example kg query evidence --param source=Poland --param type=DEPLOYED_TO --param target=Lithuania
WITH toString($source) AS wanted
MATCH (s:Entity)
WHERE s.id = wanted OR toLower(s.name) = toLower(wanted) OR any(alias IN s.aliases WHERE toLower(alias) = toLower(wanted))
WITH s, CASE WHEN s.id = wanted THEN 0 WHEN toLower(s.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(s) AS sources ORDER BY rank LIMIT 1
WITH sources, toString($target) AS wanted
MATCH (t:Entity)
WHERE t.id = wanted OR toLower(t.name) = toLower(wanted) OR any(alias IN t.aliases WHERE toLower(alias) = toLower(wanted))
WITH sources, t, CASE WHEN t.id = wanted THEN 0 WHEN toLower(t.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH sources, rank, collect(t) AS targets ORDER BY rank LIMIT 1
UNWIND sources AS s
UNWIND targets AS t
WITH s, t, replace(toUpper(trim(toString($type))), ' ', '_') AS relation
MATCH (s)-[r]-(t)
WHERE type(r) = relation AND (startNode(r) = s OR relation IN ['IN_CONFLICT_WITH', 'MEETS'])
MATCH (v:Evidence {fact: r.key})
MATCH (a:Article {id: v.article})
UNWIND range(0, size(v.starts) - 1) AS i
RETURN startNode(r).name AS source, type(r) AS type, endNode(r).name AS target, r.title AS title,
       coalesce(v.modality, 'asserted') AS modality, v.quantity AS quantity,
       a.id AS article, a.title AS articleTitle, a.published AS published,
       CASE WHEN v.dates[i] = '' THEN null ELSE v.dates[i] END AS date,
       v.starts[i] AS start, v.ends[i] AS end,
       substring(a.text, v.starts[i], v.ends[i] - v.starts[i]) AS sentence
ORDER BY date, article, start
