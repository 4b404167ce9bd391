// exportGraph: dispatches by format name to a file, a folder (csv) or standard output; unknown formats fail by code.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXPORT_FORMATS, exportGraph } from '../../src/export/index.js';
import { buildFixtureGraph } from './fixture.js';

describe('exportGraph', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-export-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('lists the formats the CLI offers', () => {
    expect(EXPORT_FORMATS).toEqual(['gexf', 'graphml', 'json', 'cytoscape', 'csv', 'cypher', 'html']);
  });

  test.each([
    ['gexf', '<?xml version="1.0" encoding="UTF-8"?>\n<gexf '],
    ['graphml', '<?xml version="1.0" encoding="UTF-8"?>\n<graphml '],
    ['json', '{"options":'],
    ['cytoscape', '{"format_version":'],
    ['cypher', '// news-kg Cypher script'],
  ])('writes %s to the file given as out, creating its folder', async (format, start) => {
    const out = path.join(dir, 'nested', `graph.${format}`);
    await expect(exportGraph(format, buildFixtureGraph(), { out })).resolves.toBe(out);
    expect((await readFile(out, 'utf8')).startsWith(start)).toBe(true);
  });

  test('writes csv as one file per type into the folder given as out', async () => {
    const out = path.join(dir, 'csv');
    await expect(exportGraph('csv', buildFixtureGraph(), { out })).resolves.toBe(out);
    expect((await readdir(out)).length).toBe(15);
  });

  test('fails with CONFIG_INVALID for csv without a folder', async () => {
    await expect(exportGraph('csv', buildFixtureGraph())).rejects.toMatchObject({ name: 'KgError', code: 'CONFIG_INVALID' });
  });

  test('fails with EXPORT_FORMAT_UNKNOWN for a format it does not know', async () => {
    await expect(exportGraph('dot', buildFixtureGraph(), { out: path.join(dir, 'g.dot') }))
      .rejects.toMatchObject({ name: 'KgError', code: 'EXPORT_FORMAT_UNKNOWN' });
  });
});
