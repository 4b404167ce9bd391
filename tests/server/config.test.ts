import { renderNeo4jConf } from '../../src/server/config.js';

const settings = { home: '/srv/kg', boltPort: 17687, httpPort: 17474, auth: false, heap: '512m', pageCache: '256m' };

function parse(conf: string): Map<string, string> {
  const lines = conf.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('renderNeo4jConf', () => {
  test.each([
    ['server.bolt.listen_address', '127.0.0.1:17687'],
    ['server.bolt.advertised_address', '127.0.0.1:17687'],
    ['server.http.listen_address', '127.0.0.1:17474'],
    ['server.http.advertised_address', '127.0.0.1:17474'],
    ['server.https.enabled', 'false'],
    ['server.directories.data', '/srv/kg/data'],
    ['server.directories.logs', '/srv/kg/logs'],
    ['server.memory.heap.max_size', '512m'],
    ['server.memory.pagecache.size', '256m'],
    ['dbms.security.auth_enabled', 'false'],
  ])('sets %s to %s', (key, value) => {
    expect(parse(renderNeo4jConf(settings)).get(key)).toBe(value);
  });

  test('enables auth when asked', () => {
    expect(parse(renderNeo4jConf({ ...settings, auth: true })).get('dbms.security.auth_enabled')).toBe('true');
  });

  test('writes every setting once, as key=value lines', () => {
    const lines = renderNeo4jConf(settings).split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines.every((line) => /^[a-z_.]+=\S+$/.test(line))).toBe(true);
    expect(new Set(lines.map((line) => line.split('=')[0])).size).toBe(lines.length);
  });
});
