// Shortest paths between two entities over facts only (not mentions, statements or evidence), up to 6 hops, each step with its direction.
// @param from: one entity: name, alias (case-insensitive) or id (e.g. Tomasz Wilk)
// @param to: the other entity: name, alias (case-insensitive) or id (e.g. Lithuania)
// @example kg query paths-between --param "from=Tomasz Wilk" --param to=Lithuania
WITH toString($from) AS wanted
MATCH (a:Entity)
WHERE a.id = wanted OR toLower(a.name) = toLower(wanted) OR any(alias IN a.aliases WHERE toLower(alias) = toLower(wanted))
WITH a, CASE WHEN a.id = wanted THEN 0 WHEN toLower(a.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH rank, collect(a) AS starts ORDER BY rank LIMIT 1
WITH starts, toString($to) AS wanted
MATCH (b:Entity)
WHERE b.id = wanted OR toLower(b.name) = toLower(wanted) OR any(alias IN b.aliases WHERE toLower(alias) = toLower(wanted))
WITH starts, b, CASE WHEN b.id = wanted THEN 0 WHEN toLower(b.name) = toLower(wanted) THEN 1 ELSE 2 END AS rank
WITH starts, rank, collect(b) AS ends ORDER BY rank LIMIT 1
UNWIND starts AS a
UNWIND ends AS b
WITH a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|PART_OF|LOCATED_IN|SIGNED|PARTY_TO|DEPLOYED_TO|SUPPORTS|ACCUSES|IN_CONFLICT_WITH|MEMBER_OF|MEETS|SANCTIONS*..6]-(b))
WITH a, b, p, nodes(p) AS ns, relationships(p) AS rs
RETURN a.name AS from, b.name AS to, length(p) AS hops,
       reduce(text = a.name, i IN range(0, size(rs) - 1) |
         text + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -[' + type(rs[i]) + ']-> ' ELSE ' <-[' + type(rs[i]) + ']- ' END + ns[i + 1].name) AS path,
       [n IN ns | n.id] AS ids,
       [r IN rs | {source: startNode(r).name, type: type(r), target: endNode(r).name, title: r.title,
                   modality: coalesce(r.modality, 'asserted'), articles: r.articleCount}] AS steps
ORDER BY hops, path
LIMIT 25
