// neo4j-admin CSV: one file per entity type and relation type, typed headers, exact rows read back, and the import command.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { neo4jAdminCsvFiles, writeNeo4jAdminCsv } from '../../src/export/neo4j-admin-csv.js';
import { buildFixtureGraph, HOSTILE_NAME, MULTILINE_ALIAS } from './fixture.js';

const NODE_HEADER = ['id:ID', 'name', 'aliases:string[]', 'lat:double', 'lon:double', 'articleCount:int', 'community:int', 'pagerank:double', ':LABEL'];
const EDGE_HEADER = [':START_ID', ':END_ID', ':TYPE', 'key', 'title', 'quantity:int', 'modality', 'articleCount:int', 'firstSeen', 'lastSeen'];

function rowsOf(files: readonly { name: string; content: string }[], name: string): string[][] {
  const file = files.find((f) => f.name === name);
  if (file === undefined) throw new Error(`no file ${name}`);
  return parse(file.content) as string[][];
}

describe('neo4jAdminCsvFiles', () => {
  test('writes a nodes file per entity type and a relationships file per relation type present', () => {
    const csv = neo4jAdminCsvFiles(buildFixtureGraph());
    expect(csv.nodes.map((f) => f.name)).toEqual([
      'nodes-Country.csv', 'nodes-Official.csv', 'nodes-Person.csv', 'nodes-Agency.csv',
      'nodes-Organization.csv', 'nodes-Agreement.csv', 'nodes-Location.csv',
    ]);
    expect(csv.relationships.map((f) => f.name)).toEqual([
      'relationships-HOLDS_POSITION.csv', 'relationships-PART_OF.csv', 'relationships-LOCATED_IN.csv', 'relationships-SIGNED.csv',
      'relationships-DEPLOYED_TO.csv', 'relationships-SUPPORTS.csv', 'relationships-ACCUSES.csv', 'relationships-MEETS.csv',
    ]);
  });

  test('writes typed headers and exact node rows, labels joined by the array delimiter', () => {
    const csv = neo4jAdminCsvFiles(buildFixtureGraph());
    expect(csv.arrayDelimiter).toBe(';');
    expect(rowsOf(csv.nodes, 'nodes-Country.csv')).toEqual([
      NODE_HEADER,
      ['country:RUS', 'Russia', 'Moscow;Russian Federation', '60', '100', '5', '1', '0.31', 'Entity;Country'],
      ['country:UKR', 'Ukraine', 'Kyiv', '49', '32', '4', '2', '0.25', 'Entity;Country'],
    ]);
    expect(rowsOf(csv.nodes, 'nodes-Official.csv')[1]).toEqual(
      ['person:vladimir-putin', 'Vladimir Putin', 'Putin', '', '', '3', '1', '0.12', 'Entity;Person;Official'],
    );
  });

  test('quotes names with commas, quotes, backslashes and line breaks so they read back exactly', () => {
    const csv = neo4jAdminCsvFiles(buildFixtureGraph());
    expect(rowsOf(csv.nodes, 'nodes-Agency.csv')[1]?.slice(0, 3)).toEqual(['org:ministry-of-defence', HOSTILE_NAME, 'MoD;Ministère de la Défense']);
    expect(rowsOf(csv.nodes, 'nodes-Organization.csv')[1]?.slice(1, 3)).toEqual([`O'Brien & Sons "Media"`, MULTILINE_ALIAS]);
    expect(rowsOf(csv.nodes, 'nodes-Agreement.csv')[1]?.[2]).toBe('C:\\treaties\\minsk');
    expect(csv.multilineFields).toBe(true);
  });

  test('writes exact relationship rows with key, title, quantity and dates', () => {
    const csv = neo4jAdminCsvFiles(buildFixtureGraph());
    expect(rowsOf(csv.relationships, 'relationships-HOLDS_POSITION.csv')).toEqual([
      EDGE_HEADER,
      ['person:vladimir-putin', 'country:RUS', 'HOLDS_POSITION', 'f-holds', 'President', '', '', '3', '2024-01-05', '2024-03-01'],
    ]);
    expect(rowsOf(csv.relationships, 'relationships-DEPLOYED_TO.csv')[1]).toEqual(
      ['country:RUS', 'location:donbas', 'DEPLOYED_TO', 'f-deployed', '', '10000', '', '2', '2024-02-01', '2024-04-01'],
    );
    expect(rowsOf(csv.relationships, 'relationships-SUPPORTS.csv')[1]).toEqual(
      ['org:obrien-media', 'country:UKR', 'SUPPORTS', 'f-supports', '', '', 'hypothetical', '1', '', ''],
    );
  });

  test('declares quantity a double when some quantity is not whole', () => {
    const graph = buildFixtureGraph();
    graph.setEdgeAttribute('f-deployed', 'quantity', 2.5);
    expect(rowsOf(neo4jAdminCsvFiles(graph).relationships, 'relationships-DEPLOYED_TO.csv')[0]?.[5]).toBe('quantity:double');
  });

  test('switches the array delimiter to "|" when an alias holds ";"', () => {
    const graph = buildFixtureGraph();
    graph.setNodeAttribute('country:RUS', 'aliases', ['Moscow; the Kremlin', 'RF']);
    const csv = neo4jAdminCsvFiles(graph);
    expect(csv.arrayDelimiter).toBe('|');
    expect(rowsOf(csv.nodes, 'nodes-Country.csv')[1]?.[2]).toBe('Moscow; the Kremlin|RF');
    expect(rowsOf(csv.nodes, 'nodes-Country.csv')[1]?.[8]).toBe('Entity|Country');
  });

  test('needs no multiline flag when no field holds a line break', () => {
    const graph = buildFixtureGraph();
    graph.setNodeAttribute('org:obrien-media', 'aliases', ['OBM']);
    expect(neo4jAdminCsvFiles(graph).multilineFields).toBe(false);
  });
});

describe('writeNeo4jAdminCsv', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-csv-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('writes the files into the folder and returns the neo4j-admin command that loads them', async () => {
    const out = path.join(dir, 'import');
    const { files, command } = await writeNeo4jAdminCsv(buildFixtureGraph(), out);
    expect(files).toHaveLength(15);
    expect(files[0]).toBe(path.join(out, 'nodes-Country.csv'));
    expect((await readFile(path.join(out, 'relationships-MEETS.csv'), 'utf8')).split('\n')[1])
      .toBe('person:vladimir-putin,person:volodymyr-zelenskyy,MEETS,f-meets,,,,1,2022-03-01,2022-03-01');
    expect(command.startsWith(`neo4j-admin database import full neo4j --multiline-fields=true --nodes=${path.join(out, 'nodes-Country.csv')} `)).toBe(true);
    expect(command).toContain(` --relationships=${path.join(out, 'relationships-MEETS.csv')}`);
    expect(command.split(' ').at(-1)).toMatch(/^--relationships=.*\.csv$/);
    expect(command.match(/--nodes=/g)).toHaveLength(7);
    expect(command.match(/--relationships=/g)).toHaveLength(8);
  });

  test('quotes paths with spaces and names the delimiter and database in the command', async () => {
    const graph = buildFixtureGraph();
    graph.setNodeAttribute('country:RUS', 'aliases', ['a;b']);
    graph.setNodeAttribute('org:obrien-media', 'aliases', ['OBM']);
    const out = path.join(dir, 'my export');
    const { command } = await writeNeo4jAdminCsv(graph, out, { database: 'news' });
    expect(command).toContain(` '--nodes=${path.join(out, 'nodes-Country.csv')}' `);
    expect(command).toContain('database import full news --array-delimiter=U+007C ');
  });
});
