// What was said about an entity: each quote with its speaker, date and article.
// @param entity: the entity's name, an alias (case-insensitive) or id (e.g. Russia)
// @example kg query statements-about --param entity=Russia
WITH toString($entity) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(e)
MATCH (s)-[:FROM]->(a:Article)
RETURN e.name AS about, speaker.name AS speaker, speaker.id AS speakerId, s.quote AS quote, s.date AS date,
       a.id AS article, a.title AS title, s.start AS start, s.end AS end
ORDER BY date IS NULL, date DESC, article, start
