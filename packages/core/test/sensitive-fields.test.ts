import { describe, expect, it } from 'vitest';
import { maskSensitiveFields } from '../src/index.js';

describe('maskSensitiveFields', () => {
  it('masks keys the default rule names, at any depth, and keeps the rest', () => {
    const body = {
      id: 'pi_1',
      client_secret: 'pi_1_secret_x',
      items: [{ access_token: 't', refresh_token: 'r', api_key: 'k', password: 'p', name: 'Ada' }],
      token_count: 3,
    };
    expect(maskSensitiveFields(body)).toEqual({
      id: 'pi_1',
      client_secret: '***',
      items: [{ access_token: '***', refresh_token: '***', api_key: '***', password: '***', name: 'Ada' }],
      token_count: '***',
    });
  });

  it('masks the fields a connector declares, whatever their names', () => {
    expect(maskSensitiveFields({ webhook: 'https://hooks.example/abc', id: 1 }, ['webhook'])).toEqual({
      webhook: '***',
      id: 1,
    });
  });

  it('leaves the original untouched, keeps __proto__ as data and survives cycles and deep values', () => {
    const original: Record<string, unknown> = JSON.parse('{"__proto__":{"secret":"s"},"a":1}');
    original.self = original;
    const masked = maskSensitiveFields(original) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(masked, '__proto__')?.value).toEqual({ secret: '***' });
    expect(masked.self).toBe(masked);
    expect(Object.getOwnPropertyDescriptor(original, '__proto__')?.value).toEqual({ secret: 's' });
    let deep: unknown = { password: 'p' };
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() => maskSensitiveFields(deep)).not.toThrow();
  });
});
