// The Cypher script: constraint first, one batched UNWIND ... MERGE per entity type and relation type, safe to split on ";\n".
import { writeCypherScript } from '../../src/export/cypher-script.js';
import { buildFixtureGraph } from './fixture.js';

function statements(script: string): string[] {
  return script.split(';\n').map((s) => s.trim()).filter((s) => s.length > 0);
}

describe('writeCypherScript', () => {
  test('starts with the entity id constraint', () => {
    const [first] = statements(writeCypherScript(buildFixtureGraph()));
    expect(first).toMatch(/CREATE CONSTRAINT entity_id IF NOT EXISTS FOR \(n:Entity\) REQUIRE n\.id IS UNIQUE$/);
  });

  test('writes one statement per entity type and relation type present', () => {
    const all = statements(writeCypherScript(buildFixtureGraph()));
    expect(all).toHaveLength(1 + 7 + 8);
    expect(all.filter((s) => s.includes('MERGE (n:Entity {id: row.id})'))).toHaveLength(7);
    expect(all.filter((s) => /MERGE \(a\)-\[r:`[A-Z_]+` \{key: row\.key\}\]->\(b\)/.test(s))).toHaveLength(8);
  });

  test('splits the rows of a type into batches of batchSize', () => {
    const all = statements(writeCypherScript(buildFixtureGraph(), { batchSize: 1 }));
    expect(all).toHaveLength(1 + 9 + 8);
  });

  test('sets the labels of the entity type from the ontology', () => {
    const all = statements(writeCypherScript(buildFixtureGraph()));
    expect(all.filter((s) => s.endsWith('SET n += row.props, n:`Person`:`Official`'))).toHaveLength(1);
    expect(all.find((s) => s.includes("'org:ministry-of-defence'"))?.endsWith('n:`Organization`:`Agency`')).toBe(true);
  });

  test('writes every property as an escaped literal, coordinates as doubles', () => {
    const script = writeCypherScript(buildFixtureGraph());
    expect(script).toContain(
      "{`id`: 'country:RUS', `props`: {`aliases`: ['Moscow', 'Russian Federation'], `lat`: 60.0, `lon`: 100.0, `articleCount`: 5, `community`: 1, `pagerank`: 0.31, `name`: 'Russia'}}",
    );
    expect(script).toContain("`name`: 'Ministry of \"Defence\" & <Security> \\'Ops\\', Kyïv \\\\ 📰'");
    expect(script).toContain("`aliases`: ['Line one\\nline two']");
    expect(script).toContain("`aliases`: ['C:\\\\treaties\\\\minsk']");
    expect(script).toContain(
      "{`source`: 'country:RUS', `target`: 'location:donbas', `key`: 'f-deployed', `props`: {`quantity`: 10000, `articleCount`: 2, `firstSeen`: '2024-02-01', `lastSeen`: '2024-04-01'}}",
    );
  });

  test('never ends a line inside a statement with ";", so splitting on ";\\n" is exact', () => {
    const graph = buildFixtureGraph();
    graph.setNodeAttribute('country:UKR', 'label', 'Ukraine;\nsecond line;');
    const script = writeCypherScript(graph);
    const lines = script.split('\n');
    const ends = lines.filter((line) => line.endsWith(';'));
    expect(ends).toHaveLength(statements(script).length);
    expect(ends.every((line) => /^(CREATE CONSTRAINT|SET )/.test(line))).toBe(true);
  });

  test('writes only the constraint for an empty graph', () => {
    const graph = buildFixtureGraph();
    graph.clear();
    expect(statements(writeCypherScript(graph))).toHaveLength(1);
  });
});
