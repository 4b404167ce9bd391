// Which Bolt and HTTP ports a start uses: the ones asked for, else last start's, else the standard ones, else free ones.
import { KgError } from '../errors.js';
import { findFreePort, isPortFree, LOOPBACK_HOST } from './ports.js';

export const STANDARD_BOLT_PORT = 7687;
export const STANDARD_HTTP_PORT = 7474;

export interface PortRequest {
  readonly requested: number | undefined;
  readonly previous: number | undefined;
  readonly standard: number;
  /** For the message when the requested port is taken. */
  readonly flag: string;
}

export interface ChosenPorts {
  readonly boltPort: number;
  readonly httpPort: number;
}

export async function choosePorts(bolt: PortRequest, http: PortRequest): Promise<ChosenPorts> {
  if (bolt.requested !== undefined && bolt.requested === http.requested) {
    throw new KgError('CONFIG_INVALID', `Bolt and HTTP need different ports; both were given as ${bolt.requested}.`);
  }
  const boltPort = await choosePort(bolt, new Set(http.requested === undefined ? [] : [http.requested]));
  const httpPort = await choosePort(http, new Set([boltPort]));
  return { boltPort, httpPort };
}

async function choosePort(request: PortRequest, taken: ReadonlySet<number>): Promise<number> {
  if (request.requested !== undefined) {
    if (await isPortFree(request.requested)) return request.requested;
    throw new KgError(
      'SERVER_START_FAILED',
      `Port ${request.requested} on ${LOOPBACK_HOST} is in use; choose another with ${request.flag} or leave it out to get a free one.`,
    );
  }
  for (const candidate of [request.previous, request.standard]) {
    if (candidate !== undefined && !taken.has(candidate) && (await isPortFree(candidate))) return candidate;
  }
  for (;;) {
    const port = await findFreePort();
    if (!taken.has(port)) return port;
  }
}
