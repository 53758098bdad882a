// The soak's HTTP server, in its own process: it answers with faults, and checks from the outside what the client
// must never do. Each request carries its call's id (`x-soak-call`); the server remembers, per call, whether an
// answer may have been processed and when a Retry-After wait ends, and counts
//   - unsafe retries: a POST without an Idempotency-Key that arrives again after an answer that may have been
//     processed (anything but 429, or a 503 with Retry-After);
//   - early retries: a request that arrives before the Retry-After wait its call was given has passed.
import { createServer } from 'node:http';

const stats = { requests: 0, unsafeRetries: 0, earlyRetries: 0, faults: {} };
/** Per call id: { processed, notBefore } */
const calls = new Map();
/** Clocks of the two processes may read a few ms apart; HTTP-dates have whole seconds. */
const TOLERANCE_MS = 25;

let counter = 0;
/** The fault for the n-th request: a fixed mix, spread evenly. */
function faultFor(n) {
  const slot = n % 100;
  if (slot < 70) return 'ok';
  if (slot < 76) return '500';
  if (slot < 80) return '503-retry-after';
  if (slot < 84) return '429-seconds';
  if (slot < 87) return '429-date';
  if (slot < 90) return 'reset';
  if (slot < 92) return 'stall';
  if (slot < 96) return 'truncated';
  return 'invalid-json';
}

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    stats.requests++;
    const id = request.headers['x-soak-call'];
    const keyless = request.method === 'POST' && !request.headers['idempotency-key'];
    const seen = calls.get(id) ?? { processed: false, notBefore: 0 };
    calls.set(id, seen);
    if (seen.processed && keyless) stats.unsafeRetries++;
    if (Date.now() + TOLERANCE_MS < seen.notBefore) stats.earlyRetries++;
    const fault = faultFor(counter++);
    stats.faults[fault] = (stats.faults[fault] ?? 0) + 1;
    const json = { 'content-type': 'application/json' };
    switch (fault) {
      case 'ok':
        seen.processed = true;
        response.writeHead(200, json);
        return response.end('{"id":"obj_soak","ok":true}');
      case '500':
        seen.processed = true;
        response.writeHead(500, json);
        return response.end('{"error":{"message":"boom"}}');
      case '503-retry-after':
        seen.notBefore = Date.now() + 1000;
        response.writeHead(503, { ...json, 'retry-after': '1' });
        return response.end('{}');
      case '429-seconds':
        seen.notBefore = Date.now() + 1000;
        response.writeHead(429, { ...json, 'retry-after': '1' });
        return response.end('{}');
      case '429-date': {
        // An HTTP-date two seconds ahead, in whole seconds: the wait ends at that second.
        const at = Math.floor(Date.now() / 1000) * 1000 + 2000;
        seen.notBefore = at;
        response.writeHead(429, { ...json, 'retry-after': new Date(at).toUTCString() });
        return response.end('{}');
      }
      case 'reset':
        seen.processed = true;
        return request.socket.destroy();
      case 'stall':
        seen.processed = true;
        return; // never answers: the client's timeout ends it
      case 'truncated':
        seen.processed = true;
        response.writeHead(200, { ...json, 'content-length': '100' });
        response.write('{"id":"obj_');
        return setTimeout(() => request.socket.destroy(), 5);
      default:
        seen.processed = true;
        response.writeHead(200, json);
        return response.end('{"id": obj_soak');
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ stats });
});
process.on('disconnect', () => process.exit(0));
