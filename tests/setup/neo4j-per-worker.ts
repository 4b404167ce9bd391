// Runs in every test file: points NEO4J_URI and NEO4J_HTTP_URL at this jest worker's own server, when there is one.
import { workerEnvName } from './test-neo4j.js';

const worker = process.env['JEST_WORKER_ID'] ?? '1';
const boltUri = process.env[workerEnvName('NEO4J_URI', worker)];
const httpUrl = process.env[workerEnvName('NEO4J_HTTP_URL', worker)];
if (boltUri) process.env['NEO4J_URI'] = boltUri;
if (httpUrl) process.env['NEO4J_HTTP_URL'] = httpUrl;
