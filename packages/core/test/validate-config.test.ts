import { describe, expect, it } from 'vitest';
import { ConfigError, formatAjvErrors, isConfigError, prepareRequest, validateConfig } from '../src/index.js';

describe('validateConfig', () => {
  it('accepts a minimal config', () => {
    expect(validateConfig({ url: 'https://api.example.com' })).toEqual([]);
  });

  it('lists every schema problem with a JSON pointer and plain English', () => {
    expect(
      validateConfig({
        url: 'https://api.example.com',
        method: 'FETCH',
        metod: 'GET',
        headers: { 'X-Count': { n: 1 } },
        timeoutMs: 0,
        retry: { limit: 'three' },
      }),
    ).toEqual([
      { pointer: '/metod', message: 'is not a known field (did you mean "method"?)' },
      { pointer: '/method', message: 'must be one of GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS' },
      { pointer: '/headers/X-Count', message: 'must be a string, a number or a boolean' },
      { pointer: '/timeoutMs', message: 'must be >= 1' },
      { pointer: '/retry/limit', message: 'must be an integer' },
    ]);
  });

  it('reports a missing url and a config that is not an object', () => {
    expect(validateConfig({ method: 'GET' })).toEqual([{ pointer: '/url', message: 'is required' }]);
    expect(validateConfig('https://api.example.com')).toEqual([
      { pointer: '/', message: 'must be an object' },
    ]);
  });

  it('checks auth by its type', () => {
    expect(validateConfig({ url: 'https://a.example', auth: { type: 'bearer' } })).toEqual([
      { pointer: '/auth/token', message: 'is required' },
    ]);
    expect(validateConfig({ url: 'https://a.example', auth: { type: 'digest' } })).toEqual([
      { pointer: '/auth/type', message: 'must be one of apiKey, bearer, basic or oauth2' },
    ]);
    expect(validateConfig({ url: 'https://a.example', auth: {} })).toEqual([
      { pointer: '/auth/type', message: 'is required' },
    ]);
  });

  it('refuses non-http URLs, credentials in URLs and malformed URLs', () => {
    expect(validateConfig({ url: 'ftp://files.example.com' })).toEqual([
      { pointer: '/url', message: 'must be an http: or https: URL, not ftp:' },
    ]);
    expect(validateConfig({ url: 'https://user:pw@api.example.com' })[0]?.message).toMatch(
      /must not hold credentials/,
    );
    expect(validateConfig({ url: 'api.example.com/data' })[0]?.message).toBe(
      'must be an absolute http: or https: URL',
    );
  });

  it('refuses bad header names, CR/LF in header values and auth that conflicts with a header', () => {
    expect(
      validateConfig({
        url: 'https://a.example',
        headers: { 'Bad Name': 'x', 'X-Inject': 'a\r\nSet-Cookie: x', Authorization: 'Bearer x' },
        auth: { type: 'bearer', token: 't' },
      }),
    ).toEqual([
      {
        pointer: '/headers/Bad Name',
        message: "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
      },
      { pointer: '/headers/X-Inject', message: 'must not contain CR or LF (header injection)' },
      {
        pointer: '/headers/Authorization',
        message: 'conflicts with auth, which sets Authorization; keep one of them',
      },
    ]);
  });

  it('refuses a body on GET unless allowBodyOnGet, and a body that does not fit its Content-Type', () => {
    expect(validateConfig({ url: 'https://a.example', body: { a: 1 } })).toEqual([
      { pointer: '/body', message: 'is not allowed on GET (set allowBodyOnGet to send one anyway)' },
    ]);
    expect(validateConfig({ url: 'https://a.example', body: { a: 1 }, allowBodyOnGet: true })).toEqual([]);
    expect(
      validateConfig({
        url: 'https://a.example',
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: { a: 1 },
      }),
    ).toEqual([
      {
        pointer: '/body',
        message: 'must be a string for Content-Type text/plain; use application/json to send structured data',
      },
    ]);
    expect(
      validateConfig({
        url: 'https://a.example',
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: [1, 2],
      }),
    ).toEqual([
      {
        pointer: '/body',
        message: 'must be an object (or a string sent as is) for application/x-www-form-urlencoded',
      },
    ]);
  });

  it('reports bad reference syntax', () => {
    expect(
      validateConfig({ url: 'https://a.example', method: 'POST', body: { a: '{{#each items}}' } }),
    ).toEqual([
      {
        pointer: '/body/a',
        message:
          '{{#each items}} is not a reference like {{input.name}} or {{secrets.NAME}} (write \\{{ for a literal {{)',
      },
    ]);
  });

  it('also reports semantic problems when the schema fails', () => {
    const pointers = validateConfig({ url: 'ftp://x', method: 'FETCH', headers: { 'Bad Name': 'x' } }).map(
      (i) => i.pointer,
    );
    expect(pointers).toEqual(['/method', '/url', '/headers/Bad Name']);
  });
});

describe('prepareRequest rejects invalid config before anything else', () => {
  it('throws a ConfigError with every issue, one line', async () => {
    const error = await prepareRequest({ url: 'ftp://x', method: 'FETCH' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(isConfigError(error)).toBe(true);
    expect((error as ConfigError).message).toBe(
      'Invalid Custom API node config: /method: must be one of GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS; /url: must be an http: or https: URL, not ftp:',
    );
    expect((error as ConfigError).message).not.toContain('\n');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'ConfigError',
      code: 'config',
      fault: 'config',
    });
  });

  it('does not ask for secrets when the config is invalid', async () => {
    let asked = 0;
    await expect(
      prepareRequest(
        { url: 'https://a.example', method: 'GET', body: { k: '{{secrets.KEY}}' } },
        {
          secrets: () => {
            asked++;
            return 'x';
          },
        },
      ),
    ).rejects.toThrow(ConfigError);
    expect(asked).toBe(0);
  });

  it('matches isConfigError by name across package copies', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ConfigError' });
    expect(isConfigError(foreign)).toBe(true);
    expect(isConfigError(new Error('x'))).toBe(false);
  });
});

describe('formatAjvErrors on alternatives', () => {
  it('says once which properties would satisfy an anyOf or oneOf, instead of one error per branch', async () => {
    const { Ajv } = await import('ajv');
    const ajv = new Ajv({ allErrors: true });
    const message = ajv.compile({
      type: 'object',
      anyOf: [{ required: ['text'] }, { required: ['blocks'] }, { required: ['attachments'] }],
    });
    message({ channel: 'C1' });
    expect(formatAjvErrors(message.errors ?? [])).toEqual([
      { pointer: '/', message: 'needs text, blocks or attachments' },
    ]);
    const mail = ajv.compile({
      type: 'object',
      oneOf: [{ required: ['personalizations'] }, { required: ['to', 'from'] }],
    });
    mail({});
    expect(formatAjvErrors(mail.errors ?? [])).toEqual([
      { pointer: '/', message: 'needs personalizations or to and from' },
    ]);
    mail({ personalizations: [], to: 'a', from: 'b' });
    expect(formatAjvErrors(mail.errors ?? [])).toEqual([
      { pointer: '/', message: 'matches more than one of the allowed forms; use exactly one' },
    ]);
  });
});
