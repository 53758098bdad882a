// The scale benchmark's HTTP server, in its own process. Answers 200 with a small JSON body and records, per
// request, when it arrived and which Idempotency-Key it carried. On the IPC message "stats" it sends back the
// arrival times and, per (run, step), how many requests and distinct keys arrived; "reset" forgets everything.
import { createServer } from 'node:http';

let arrivals = [];
let slots = new Map();
const body = JSON.stringify({ id: 'obj_bench', object: 'payment_intent', amount: 2000, currency: 'usd' });
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    arrivals.push(Date.now());
    const key = String(request.headers['idempotency-key'] ?? '');
    const slot = `${key.split(':')[0]} ${request.url}`;
    const seen = slots.get(slot) ?? { requests: 0, keys: new Set() };
    seen.requests++;
    seen.keys.add(key);
    slots.set(slot, seen);
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
process.on('message', (message) => {
  if (message === 'reset') {
    arrivals = [];
    slots = new Map();
    process.send({ reset: true });
  }
  if (message === 'progress') {
    let lastSteps = 0;
    for (const slot of slots.keys()) if (slot.endsWith('/s3')) lastSteps++;
    process.send({ lastSteps, first: arrivals[0], last: arrivals.at(-1) });
  }
  if (message === 'stats') {
    let resent = 0;
    let twoKeys = 0;
    let lastSteps = 0;
    for (const [slot, seen] of slots) {
      resent += seen.requests - 1;
      if (seen.keys.size > 1) twoKeys++;
      if (slot.endsWith('/s3')) lastSteps++;
    }
    process.send({ requests: arrivals.length, arrivals, slots: slots.size, resent, twoKeys, lastSteps });
  }
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
