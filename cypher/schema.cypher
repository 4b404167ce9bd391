// Schema of the news knowledge graph in Neo4j 5 (SPEC sections 3 and 5). Applied idempotently by
// `kg neo4j schema` and whenever a store opens: every statement is IF NOT EXISTS. Statements end with ';'.

// Identity: one node per entity, article, statement and evidence record; MERGE relies on these.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
// An Evidence id is `<fact key>|<article id>`: one record per article and fact.
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;

// From a fact to its evidence in one indexed lookup: MATCH (v:Evidence {fact: r.key}).
CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.fact);
// From an article to the evidence it gave (retraction).
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.article);
// Statements of an article, entities by type.
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.article);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);

// A fact relationship by its key, one per relationship type of the ontology. Unique, so that MERGE always
// seeks it (a plain index let the planner scan the whole index) and two writers never make two copies.
CREATE CONSTRAINT fact_key_holds_position IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_signed IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_party_to IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_deployed_to IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_accuses IF NOT EXISTS FOR ()-[r:ACCUSES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_in_conflict_with IF NOT EXISTS FOR ()-[r:IN_CONFLICT_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_meets IF NOT EXISTS FOR ()-[r:MEETS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_key_sanctions IF NOT EXISTS FOR ()-[r:SANCTIONS]-() REQUIRE r.key IS UNIQUE;

// Facts by date: "what changed since".
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);

// Names and aliases, for search: CALL db.index.fulltext.queryNodes('entity_names', 'Lune').
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
