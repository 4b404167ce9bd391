// Entities by name or alias through the full-text index entity_names (Lucene syntax: fuzzy `Wilk~`, prefix `Lith*`), best match first.
// @param text: what to look for (e.g. Lithuania)
// @example kg query search --param text=Lithuania
CALL db.index.fulltext.queryNodes('entity_names', toString($text)) YIELD node, score
RETURN node.name AS name, node.type AS type, node.id AS id, node.aliases AS aliases, score,
       COUNT { (:Article)-[:MENTIONS]->(node) } AS articles
ORDER BY score DESC, articles DESC, name
LIMIT 25
