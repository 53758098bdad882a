import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startCaptureServer } from './capture-server.js';

/** The parts of a `@convoflow/core` connector the fixture suite uses (structural, so testkit needs no core). */
interface FixtureConnector {
  id: string;
  /** The real base URL; its path (Slack's /api) is kept when the suite points the connector at a local server. */
  baseUrl?: string;
  operations: Record<string, { method: string }>;
  preset(operation: string, input: unknown, options?: { baseUrl?: string }): unknown;
  run(
    operation: string,
    input: unknown,
    options: Record<string, unknown>,
  ): Promise<{ ok: boolean; status?: number; error?: unknown }>;
}

/** Core's `prepareRequest`, structurally (testkit does not depend on core). */
export type PrepareRequestLike = (
  config: never,
  options: { secrets: Record<string, string> },
) => Promise<{
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: string | Uint8Array | undefined;
}>;

/** What the suite needs: the connector, its folder, core's prepareRequest, and obviously fake secrets. */
export interface ConnectorUnderTest {
  connector: FixtureConnector;
  /** The connector folder (holding test/fixtures/<operation-file>/). */
  dir: string;
  prepareRequest: PrepareRequestLike;
  /** Fake secrets. In a URL secret (a webhook), `{{origin}}` stands for the expected request's origin when preparing, and for the local server's origin when sending. */
  secrets: Record<string, string>;
}

/** An expected request (`<case>.request.json`). Header names are lowercase. */
interface ExpectedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The request carries an idempotency key (its value is random, so only its presence is checked). */
  idempotencyKey?: boolean;
}

const camelCase = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const DYNAMIC_HEADERS = new Set(['idempotency-key']);

function withoutDynamic(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !DYNAMIC_HEADERS.has(name)));
}

/**
 * The golden-fixture suite every connector runs, from `test/fixtures/<operation-file>/`:
 * - `<case>.input.json` + `<case>.request.json`: the preset prepares exactly that request (method, URL, headers,
 *   body bytes), and sending it to a real server on 127.0.0.1 (through the baseUrl override) delivers exactly
 *   those bytes;
 * - `<case>.input.json` + `<case>.issues.json`: the preset refuses the input with exactly those issues, before any
 *   network call.
 */
export function describeConnectorFixtures(subject: ConnectorUnderTest): void {
  const root = join(subject.dir, 'test', 'fixtures');
  const folders = existsSync(root) ? readdirSync(root).sort() : [];
  it(`${subject.connector.id} has fixtures for every operation`, () => {
    const covered = new Set(folders.map(camelCase));
    expect(Object.keys(subject.connector.operations).filter((operation) => !covered.has(operation))).toEqual(
      [],
    );
  });
  for (const folder of folders) {
    const operation = camelCase(folder);
    const dir = join(root, folder);
    const cases = readdirSync(dir)
      .filter((name) => name.endsWith('.input.json'))
      .map((name) => name.slice(0, -'.input.json'.length))
      .sort();
    for (const name of cases) {
      const input = readJson(join(dir, `${name}.input.json`));
      if (existsSync(join(dir, `${name}.issues.json`))) {
        it(`${operation} refuses ${name} with the listed issues`, () => {
          let thrown: unknown;
          try {
            subject.connector.preset(operation, input);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toMatchObject({ name: 'InputError', code: 'input' });
          expect((thrown as { issues: unknown }).issues).toEqual(readJson(join(dir, `${name}.issues.json`)));
        });
        continue;
      }
      const expected = readJson(join(dir, `${name}.request.json`)) as ExpectedRequest;
      it(`${operation} prepares ${name} as documented`, async () => {
        const prepared = await subject.prepareRequest(subject.connector.preset(operation, input) as never, {
          secrets: Object.fromEntries(
            Object.entries(subject.secrets).map(([k, v]) => [
              k,
              v.replace('{{origin}}', new URL(expected.url).origin),
            ]),
          ),
        });
        const body =
          prepared.body === undefined
            ? undefined
            : typeof prepared.body === 'string'
              ? prepared.body
              : new TextDecoder().decode(prepared.body);
        const actual: ExpectedRequest = {
          method: prepared.method,
          url: prepared.url,
          headers: withoutDynamic(prepared.headers),
        };
        if (body !== undefined) actual.body = body;
        const { idempotencyKey: _key, ...wanted } = expected;
        expect(actual).toEqual(wanted);
      });
      it(`${operation} delivers ${name} byte for byte to a local server`, async () => {
        const server = await startCaptureServer();
        try {
          const secrets = Object.fromEntries(
            Object.entries(subject.secrets).map(([k, v]) => [k, v.replace('{{origin}}', server.origin)]),
          );
          const result = await subject.connector.run(operation, input, {
            secrets,
            baseUrl: `${server.origin}${subject.connector.baseUrl ? new URL(subject.connector.baseUrl).pathname.replace(/\/$/, '') : ''}`,
            retry: { limit: 0 },
          });
          expect(result.ok, JSON.stringify(result.error)).toBe(true);
          const [arrived] = server.requests;
          const wantedUrl = new URL(expected.url);
          expect(arrived?.method).toBe(expected.method);
          expect(arrived?.url).toBe(`${wantedUrl.pathname}${wantedUrl.search}`);
          for (const [header, value] of Object.entries(expected.headers)) {
            expect(arrived?.headers[header], header).toBe(value);
          }
          expect(arrived?.body.toString('utf8')).toBe(expected.body ?? '');
          if (expected.idempotencyKey) expect(arrived?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
          else expect(arrived?.headers['idempotency-key']).toBeUndefined();
        } finally {
          await server.close();
        }
      });
    }
  }
}
