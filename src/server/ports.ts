// Free TCP ports on the loopback interface, for servers that must not collide with anything running.
import net from 'node:net';

export const LOOPBACK_HOST = '127.0.0.1';

function listenOnAnyPort(server: net.Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      if (typeof address === 'object' && address !== null) resolve(address.port);
      else reject(new Error(`no port assigned on ${host}`));
    });
  });
}

/**
 * `count` distinct ports the OS considers free right now. They are held open together so the
 * OS cannot hand out one twice; another process may still take one before the caller binds it.
 */
export async function findFreePorts(count: number, host: string = LOOPBACK_HOST): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const server = net.createServer();
      servers.push(server);
      ports.push(await listenOnAnyPort(server, host));
    }
    return ports;
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

export async function findFreePort(host: string = LOOPBACK_HOST): Promise<number> {
  const [port] = await findFreePorts(1, host);
  if (port === undefined) throw new Error(`no free port on ${host}`);
  return port;
}

/** Whether nothing listens on `port` and it can be bound now. */
export function isPortFree(port: number, host: string = LOOPBACK_HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
