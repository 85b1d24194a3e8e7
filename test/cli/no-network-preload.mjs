// Preloaded with `node --import` by no-network.test.ts: replaces every way Node can reach the
// network with a function that records the call in $PL_NETWORK_LOG (so a swallowed exception
// still shows) and throws. Patches the CommonJS module objects, then syncs the ESM named
// exports, so `import { request } from 'node:http'` and `require('http')` both get the stubs.
//
// Local IPC is not network: tsx (the launcher's TypeScript loader) connects to a Unix socket
// (/tmp/tsx-<uid>/<ppid>.pipe) to find a parent `tsx watch`. Connections to a socket path are
// passed through and logged as "ipc <path>", so the test can tell them apart.
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const LOG = process.env.PL_NETWORK_LOG;
const record = (line) => { if (LOG) appendFileSync(LOG, `${line}\n`); };

function blocked(name) {
  return function networkBlocked() {
    record(`network ${name}`);
    throw new Error(`network access blocked in this test: ${name}`);
  };
}

/** The socket path when net's connect arguments name a Unix socket, else null. */
function socketPath(args) {
  const [first] = args;
  if (typeof first === 'string' && !/^\d+$/.test(first)) return first;
  if (Array.isArray(first)) return socketPath(first); // Socket#connect's internal normalized form
  return first && typeof first === 'object' && typeof first.path === 'string' ? first.path : null;
}

/** net.* connect functions: Unix sockets pass (logged as ipc), anything else is blocked. */
function localOnly(name, original) {
  const block = blocked(name);
  return function localOnlyConnect(...args) {
    const path = socketPath(args);
    if (path === null) return block();
    record(`ipc ${path}`);
    return original.apply(this, args);
  };
}

const net = require('node:net');
net.connect = localOnly('net.connect', net.connect);
net.createConnection = localOnly('net.createConnection', net.createConnection);
net.Socket.prototype.connect = localOnly('net.Socket.prototype.connect', net.Socket.prototype.connect);
const BLOCKED = {
  tls: ['connect'],
  http: ['request', 'get'],
  https: ['request', 'get'],
  http2: ['connect'],
  dns: ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny'],
  dgram: ['createSocket'],
};
for (const [mod, names] of Object.entries(BLOCKED)) {
  const m = require(`node:${mod}`);
  for (const name of names) m[name] = blocked(`${mod}.${name}`);
}
const dnsPromises = require('node:dns').promises;
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dnsPromises[name] = blocked(`dns.promises.${name}`);
globalThis.fetch = blocked('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = blocked('WebSocket');
if (globalThis.EventSource) globalThis.EventSource = blocked('EventSource');
syncBuiltinESMExports();
record('preload installed');
