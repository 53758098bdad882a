/**
 * How each way a transport can fail becomes a typed result, and which of them are retried: a transport that fails
 * on cue (no server, no real waits beyond a 40 ms timeout), so every branch of the judgement is reached in
 * milliseconds. A caller-written transport that throws something else still ends in a result, never a throw, and
 * its message is redacted.
 */
import { describe, expect, it } from 'vitest';
import {
  type ExchangePhase,
  executeNode,
  type NodeResult,
  type Transport,
  TransportFailure,
  type TransportRequest,
} from '../src/index.js';

const ORIGIN = 'http://127.0.0.1:9';
const SECRET = 'FAKE-transport-secret-CANARY-7c1';

/** A transport that runs `fail` for every send and counts the sends. */
function failing(fail: (request: TransportRequest) => Promise<never> | never) {
  const transport: Transport & { sends: number } = {
    name: 'on-cue',
    sends: 0,
    async send(request) {
      transport.sends++;
      return fail(request);
    },
  };
  return transport;
}

/** Never answers: rejects when the attempt's signal aborts, after reporting `phases`. */
const hanging =
  (...phases: ExchangePhase[]) =>
  (request: TransportRequest): Promise<never> => {
    for (const phase of phases) request.onPhase?.(phase);
    return new Promise((_resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(new TransportFailure('aborted', 'aborted')));
    });
  };

async function call(
  transport: Transport,
  method: 'GET' | 'POST' = 'GET',
  extra: Record<string, unknown> = {},
): Promise<NodeResult> {
  return executeNode(
    {
      url: `${ORIGIN}/x`,
      method,
      allowedHosts: [ORIGIN],
      retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 1 },
      timeoutMs: 40,
      connectionTimeoutMs: 40,
      ...extra,
    },
    { transport },
  );
}

describe('a transport failure, judged', () => {
  it('retries a refused connection even for a POST without a key (nothing was sent), and keeps the code', async () => {
    const transport = failing(() => {
      throw new TransportFailure('connect', 'connection refused', { errorCode: 'ECONNREFUSED' });
    });
    const result = await call(transport, 'POST');
    expect(transport.sends).toBe(3);
    expect(result).toMatchObject({ ok: false, attempts: 3 });
    expect(!result.ok && result.error).toStrictEqual({
      kind: 'network',
      message: 'connection refused',
      code: 'ECONNREFUSED',
    });
  });

  it('does not resend a POST without a key after a failure once connected, but retries a GET', async () => {
    const reset = () => {
      throw new TransportFailure('network', 'socket hang up');
    };
    const post = failing(reset);
    const postResult = await call(post, 'POST');
    expect(post.sends).toBe(1);
    expect(!postResult.ok && postResult.error).toStrictEqual({ kind: 'network', message: 'socket hang up' });
    const get = failing(reset);
    expect((await call(get, 'GET')).attempts).toBe(3);
    expect(get.sends).toBe(3);
  });

  it('ends at once on too_large, invalid and blocked, with their kinds and the guard fields', async () => {
    const cases = [
      [
        new TransportFailure('too_large', 'body over 10 bytes'),
        { kind: 'too_large', message: 'body over 10 bytes' },
      ],
      [new TransportFailure('invalid', 'bad header value'), { kind: 'config', message: 'bad header value' }],
      [
        new TransportFailure('blocked', 'private address', { host: 'intranet.test', address: '10.0.0.7' }),
        { kind: 'blocked', message: 'private address', host: 'intranet.test', address: '10.0.0.7' },
      ],
      [new TransportFailure('blocked', 'private address'), { kind: 'blocked', message: 'private address' }],
    ] as const;
    for (const [thrown, error] of cases) {
      const transport = failing(() => {
        throw thrown;
      });
      const result = await call(transport);
      expect(transport.sends).toBe(1);
      expect(result.attempts).toBe(1);
      expect(!result.ok && result.error).toStrictEqual(error);
    }
  });

  it('makes a body that would not decode invalid_response, with the status when the transport had one', async () => {
    const withStatus = await call(
      failing(() => {
        throw new TransportFailure('decode', 'bad gzip', { status: 201 });
      }),
    );
    expect(withStatus).toMatchObject({ ok: false, status: 201, attempts: 1 });
    expect(!withStatus.ok && withStatus.error).toStrictEqual({
      kind: 'invalid_response',
      message: 'bad gzip',
    });
    const without = await call(
      failing(() => {
        throw new TransportFailure('decode', 'bad gzip');
      }),
    );
    expect(without).not.toHaveProperty('status');
  });
});

describe('an attempt that runs out of time', () => {
  it('while waiting for a connection: nothing was sent, so a POST is retried; the phase is named', async () => {
    const transport = failing(hanging('connect'));
    const result = await call(transport, 'POST');
    expect(transport.sends).toBe(3);
    expect(!result.ok && result.error).toStrictEqual({
      kind: 'timeout',
      phase: 'connect',
      message: 'no connection could be opened within 40 ms (connectionTimeoutMs); nothing was sent',
    });
  });

  it('while waiting for the response: a POST without a key is not sent again', async () => {
    const transport = failing(hanging('connect', 'response'));
    const result = await call(transport, 'POST');
    expect(transport.sends).toBe(1);
    expect(!result.ok && result.error).toStrictEqual({
      kind: 'timeout',
      phase: 'response',
      message: 'no response within 40 ms',
    });
  });

  it('from a transport that reports no phases: timeoutMs from the start, no phase field', async () => {
    const transport = failing(hanging());
    const result = await call(transport, 'GET');
    expect(transport.sends).toBe(3);
    expect(!result.ok && result.error).toStrictEqual({
      kind: 'timeout',
      message: 'no response within 40 ms',
    });
  });
});

describe('a caller-written transport that throws something else', () => {
  it('ends as a network failure naming the transport, retried only where a resend is safe', async () => {
    const boom = () => {
      throw new RangeError('boom');
    };
    const get = failing(boom);
    const getResult = await call(get, 'GET');
    expect(get.sends).toBe(3);
    expect(!getResult.ok && getResult.error).toStrictEqual({
      kind: 'network',
      message: 'the on-cue transport failed: RangeError: boom',
    });
    const post = failing(boom);
    await call(post, 'POST');
    expect(post.sends).toBe(1);
    const notAnError = failing(() => {
      throw 'plain text';
    });
    const textResult = await call(notAnError);
    expect(!textResult.ok && textResult.error.message).toBe('the on-cue transport failed: plain text');
  });

  it('never lets a secret through its message, nor through a TransportFailure message', async () => {
    const quoting = (make: (url: string) => unknown) =>
      failing((request) => {
        throw make(request.url);
      });
    const transports = [
      quoting((url) => new Error(`cannot send ${url}`)),
      quoting((url) => new TransportFailure('network', `reset while sending ${url}`)),
      quoting((url) => new TransportFailure('too_large', `too large: ${url}`)),
      quoting((url) => new TransportFailure('blocked', `blocked: ${url}`)),
      quoting((url) => new TransportFailure('decode', `bad body from ${url}`)),
      quoting((url) => new TransportFailure('invalid', `bad request ${url}`)),
    ];
    for (const transport of transports) {
      const result = await executeNode(
        {
          url: `${ORIGIN}/x`,
          allowedHosts: [ORIGIN],
          auth: { type: 'apiKey', in: 'query', name: 'key', value: '{{secrets.KEY}}' },
          retry: { limit: 0 },
        },
        { transport, secrets: { KEY: SECRET } },
      );
      expect(result.ok).toBe(false);
      const message = !result.ok ? result.error.message : '';
      expect(message).toContain('key=');
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
  });
});

describe('a redirect answered by the transport', () => {
  /** Answers /x with a 302 to /y and /y with 200, recording the paths asked for. */
  function redirecting() {
    const paths: string[] = [];
    const transport: Transport = {
      name: 'redirecting',
      async send(request) {
        const path = new URL(request.url).pathname;
        paths.push(path);
        if (path === '/x')
          return {
            status: 302,
            statusText: 'Found',
            headers: { location: `${ORIGIN}/y` },
            body: new Uint8Array(),
          };
        return { status: 200, statusText: 'OK', headers: {}, body: new TextEncoder().encode('done') };
      },
    };
    return { transport, paths };
  }

  it('is followed when redirects are followed, and handed back as it is when they are not', async () => {
    const followed = redirecting();
    const result = await executeNode(
      { url: `${ORIGIN}/x`, allowedHosts: [ORIGIN], followRedirects: 1 },
      { transport: followed.transport },
    );
    expect(followed.paths).toEqual(['/x', '/y']);
    expect(result).toMatchObject({ ok: true, status: 200, body: 'done' });
    const kept = redirecting();
    const unfollowed = await executeNode(
      { url: `${ORIGIN}/x`, allowedHosts: [ORIGIN], followRedirects: false },
      { transport: kept.transport },
    );
    expect(kept.paths).toEqual(['/x']);
    expect(unfollowed.status).toBe(302);
    expect(unfollowed.headers.location).toBe(`${ORIGIN}/y`);
  });
});
