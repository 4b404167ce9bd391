// What an entity said: each quote with its date, the article it is from and the entities it is about.
// @param speaker: the speaker's name, an alias (case-insensitive) or id (e.g. Tomasz Wilk)
// @example kg query statements-by --param "speaker=Tomasz Wilk"
WITH toString($speaker) AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(alias IN e.aliases WHERE toLower(alias) = toLower(wanted))
WITH e, CASE WHEN e.id = wanted THEN 0 WHEN toLower(e.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(e) AS found ORDER BY rank LIMIT 1
UNWIND found AS e
MATCH (e)-[:SAID]->(s:Statement)-[:FROM]->(a:Article)
OPTIONAL MATCH (s)-[:ABOUT]->(topic:Entity)
WITH e, s, a, collect(topic.name) AS about
RETURN e.name AS speaker, s.quote AS quote, s.date AS date, about, a.id AS article, a.title AS title, s.start AS start, s.end AS end
ORDER BY date IS NULL, date DESC, article, start
