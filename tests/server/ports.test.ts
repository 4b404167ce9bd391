import net from 'node:net';
import { choosePorts } from '../../src/server/choose-ports.js';
import { findFreePorts, isPortFree } from '../../src/server/ports.js';

async function listen(port = 0): Promise<{ server: net.Server; port: number }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen({ port, host: '127.0.0.1' }, resolve));
  const address = server.address() as net.AddressInfo;
  return { server, port: address.port };
}

describe('free ports', () => {
  test('findFreePorts returns distinct loopback ports that can be bound', async () => {
    const ports = await findFreePorts(4);
    expect(new Set(ports).size).toBe(4);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);
  });

  test('isPortFree is false while something listens on the port', async () => {
    const { server, port } = await listen();
    try {
      expect(await isPortFree(port)).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('choosePorts', () => {
  const request = (requested: number | undefined, previous: number | undefined, standard: number) => ({ requested, previous, standard, flag: '--x' });

  test('uses the ports asked for when they are free', async () => {
    const [bolt, http] = await findFreePorts(2);
    expect(await choosePorts(request(bolt, undefined, 1), request(http, undefined, 1))).toEqual({ boltPort: bolt, httpPort: http });
  });

  test('prefers the previous start\'s ports over the standard ones', async () => {
    const [bolt, http, standardBolt, standardHttp] = await findFreePorts(4);
    const chosen = await choosePorts(request(undefined, bolt, standardBolt as number), request(undefined, http, standardHttp as number));
    expect(chosen).toEqual({ boltPort: bolt, httpPort: http });
  });

  test('falls back to another free port when the standard one is taken', async () => {
    const { server, port } = await listen();
    try {
      const chosen = await choosePorts(request(undefined, undefined, port), request(undefined, undefined, port));
      expect(chosen.boltPort).not.toBe(port);
      expect(chosen.httpPort).not.toBe(port);
      expect(chosen.httpPort).not.toBe(chosen.boltPort);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('refuses a requested port that is in use with SERVER_START_FAILED', async () => {
    const { server, port } = await listen();
    try {
      const [http] = await findFreePorts(1);
      await expect(choosePorts(request(port, undefined, 1), request(http, undefined, 1))).rejects.toMatchObject({ name: 'KgError', code: 'SERVER_START_FAILED' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('refuses the same port for Bolt and HTTP with CONFIG_INVALID', async () => {
    const [port] = await findFreePorts(1);
    await expect(choosePorts(request(port, undefined, 1), request(port, undefined, 1))).rejects.toMatchObject({ name: 'KgError', code: 'CONFIG_INVALID' });
  });
});
