// The benchmark's HTTP server, run in its own process so it does not share the client's event loop.
// Answers every request with the same small JSON body (the size of a Stripe payment intent summary), except what a
// Slack incoming webhook (`ok`, text), SendGrid's mail send (202, no body) and Sheets' values.append (its JSON)
// answer, for `pnpm bench:sdk`.
import { createServer } from 'node:http';

const body = JSON.stringify({
  id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
  object: 'payment_intent',
  amount: 2000,
  currency: 'usd',
  status: 'requires_payment_method',
  metadata: { order_id: '6735' },
  payment_method_types: ['card'],
});
const appended = JSON.stringify({
  spreadsheetId: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
  tableRange: 'Orders!A1:C41',
  updates: {
    spreadsheetId: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
    updatedRange: 'Orders!A42:C42',
    updatedRows: 1,
    updatedColumns: 3,
    updatedCells: 3,
  },
});
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    if (request.url?.startsWith('/services/')) {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 });
      response.end('ok');
      return;
    }
    if (request.url?.startsWith('/v4/spreadsheets/')) {
      response.writeHead(200, {
        'content-type': 'application/json; charset=UTF-8',
        'content-length': Buffer.byteLength(appended),
      });
      response.end(appended);
      return;
    }
    if (request.url === '/v3/mail/send') {
      response.writeHead(202, { 'x-message-id': 'msg_bench', 'content-length': 0 });
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/json',
      'request-id': 'req_bench',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
