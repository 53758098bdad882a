import { describe, expect, it } from 'vitest';
import { prepareRequest } from '../src/index.js';

describe('body encoding by Content-Type', () => {
  it('defaults to compact JSON for objects and keeps UTF-8 raw', async () => {
    const prepared = await prepareRequest({
      url: 'https://a.example',
      method: 'POST',
      body: { text: 'Zoë ✓ 😀', n: [1, { b: null }] },
    });
    expect(prepared.headers['content-type']).toBe('application/json');
    expect(prepared.body).toBe('{"text":"Zoë ✓ 😀","n":[1,{"b":null}]}');
  });

  it('treats application/json with charset and +json types as JSON', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/vnd.api+json']) {
      const prepared = await prepareRequest({
        url: 'https://a.example',
        method: 'POST',
        headers: { 'Content-Type': type },
        body: { a: 1 },
      });
      expect(prepared.body).toBe('{"a":1}');
      expect(prepared.headers['content-type']).toBe(type);
    }
  });

  it('sends a string body as is, text/plain by default', async () => {
    const plain = await prepareRequest({ url: 'https://a.example', method: 'POST', body: 'hello' });
    expect([plain.body, plain.headers['content-type']]).toEqual(['hello', 'text/plain; charset=utf-8']);
    const xml = await prepareRequest({
      url: 'https://a.example',
      method: 'PUT',
      headers: { 'Content-Type': 'application/xml' },
      body: '<a/>',
    });
    expect(xml.body).toBe('<a/>');
  });

  it('form-encodes with the configured array format', async () => {
    const prepared = await prepareRequest({
      url: 'https://a.example',
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      formArrayFormat: 'repeat',
      body: { To: ['+15550001', '+15550002'], Body: 'Hi there' },
    });
    expect(prepared.body).toBe('To=%2B15550001&To=%2B15550002&Body=Hi%20there');
  });

  it('encodes multipart fields and file parts (base64, text) that a server parses back', async () => {
    const prepared = await prepareRequest({
      url: 'https://a.example/upload',
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: {
        purpose: 'dispute_evidence',
        tags: ['a', 'b'],
        file: {
          filename: 'receipt.png',
          contentType: 'image/png',
          base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]).toString('base64'),
        },
        note: { filename: 'note.txt', text: 'Zoë' },
      },
    });
    expect(prepared.body).toBeInstanceOf(Uint8Array);
    const contentType = prepared.headers['content-type'] as string;
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Blob([prepared.body as BlobPart]), {
      headers: { 'content-type': contentType },
    }).formData();
    expect(form.get('purpose')).toBe('dispute_evidence');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    const file = form.get('file') as File;
    expect([file.name, file.type]).toEqual(['receipt.png', 'image/png']);
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    expect(await (form.get('note') as File).text()).toBe('Zoë');
  });

  it('refuses a multipart field that is a nested object', async () => {
    await expect(
      prepareRequest({
        url: 'https://a.example',
        method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data' },
        body: { meta: { a: 1 } },
      }),
    ).rejects.toThrow(/multipart field meta must be/);
  });
});
