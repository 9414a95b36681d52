import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

describe('loadEnv', () => {
  it('applies the documented defaults (README configuration table)', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      PERISKOPE_API_URL: 'https://api.periskope.app/v1',
      UPSTREAM_TIMEOUT_MS: 10_000,
      SIMULATOR_CHATS: 2000,
    });
    expect(env.PERISKOPE_API_KEY).toBeUndefined();
  });

  it('treats an empty PERISKOPE_API_KEY as unset (demo mode)', () => {
    expect(loadEnv({ PERISKOPE_API_KEY: '' }).PERISKOPE_API_KEY).toBeUndefined();
  });

  it('accepts both x-phone spellings (docs/periskope-api.md#auth)', () => {
    expect(loadEnv({ PERISKOPE_PHONE: '919876543210' }).PERISKOPE_PHONE).toBe('919876543210');
    expect(loadEnv({ PERISKOPE_PHONE: 'phone-abcdefghijkl' }).PERISKOPE_PHONE).toBe(
      'phone-abcdefghijkl',
    );
  });

  it('names the bad variable in one line and never prints its value', () => {
    const secret = 'Bearer-looking-secret-value-123';
    const attempt = () =>
      loadEnv({ PERISKOPE_API_KEY: 'short', PERISKOPE_PHONE: `+91 ${secret}`, PORT: secret });
    expect(attempt).toThrowError(/PERISKOPE_API_KEY.*PERISKOPE_PHONE.*PORT|PERISKOPE_PHONE.*PORT/);
    try {
      attempt();
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      expect(message).not.toContain(secret);
      expect(message).not.toContain('short');
      expect(message.split('\n')).toHaveLength(1);
    }
  });

  it('parses TRUST_PROXY, EMBED_ALLOWED_ORIGINS and the upstream budget', () => {
    const env = loadEnv({
      TRUST_PROXY: 'true',
      EMBED_ALLOWED_ORIGINS: 'https://a.example.com, http://127.0.0.1:8080/x',
      UPSTREAM_RATE_LIMIT: '5/1000',
    });
    expect(env).toMatchObject({
      TRUST_PROXY: true,
      EMBED_ALLOWED_ORIGINS: ['https://a.example.com', 'http://127.0.0.1:8080'],
      UPSTREAM_RATE_LIMIT: { limit: 5, windowMs: 1000 },
    });
    expect(loadEnv({}).EMBED_ALLOWED_ORIGINS).toEqual([]);
    expect(() => loadEnv({ EMBED_ALLOWED_ORIGINS: 'javascript:alert(1)' })).toThrowError(
      /EMBED_ALLOWED_ORIGINS/,
    );
  });

  it('parses CHAT_LABEL_NAMES pairs and names the variable when one is malformed', () => {
    expect(loadEnv({}).CHAT_LABEL_NAMES).toEqual({});
    expect(
      loadEnv({ CHAT_LABEL_NAMES: 'label-abc=VIP, label-def=Billing team' }).CHAT_LABEL_NAMES,
    ).toEqual({ 'label-abc': 'VIP', 'label-def': 'Billing team' });
    expect(() => loadEnv({ CHAT_LABEL_NAMES: 'VIP' })).toThrowError(/CHAT_LABEL_NAMES/);
  });

  it('parses CHAT_INDEX_TTL_MS: default 60 s, at least 1 s', () => {
    expect(loadEnv({}).CHAT_INDEX_TTL_MS).toBe(60_000);
    expect(loadEnv({ CHAT_INDEX_TTL_MS: '5000' }).CHAT_INDEX_TTL_MS).toBe(5000);
    expect(loadEnv({ CHAT_INDEX_TTL_MS: '' }).CHAT_INDEX_TTL_MS).toBe(60_000);
    for (const bad of ['999', 'abc', '1.5e3x'])
      expect(() => loadEnv({ CHAT_INDEX_TTL_MS: bad })).toThrowError(/CHAT_INDEX_TTL_MS/);
  });

  it('rejects a PERISKOPE_API_URL that is not a URL', () => {
    expect(() => loadEnv({ PERISKOPE_API_URL: 'api.periskope.app' })).toThrowError(
      /PERISKOPE_API_URL/,
    );
  });
});
