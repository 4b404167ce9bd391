// Run by embedded.test.ts in a child process: writes to a store, then dies without closing it (SIGKILL).
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { ALL } from './fixtures.js';

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: embedded-crash-child.ts FOLDER');
const store = await openEmbeddedStore(folder);
await store.write(ALL);
await store.retract(['a2']);
process.kill(process.pid, 'SIGKILL');
