import { describe, expect, it } from 'vitest';
import { allowedHosts, loadEnv } from '../env.ts';
import { harness } from '../test/harness.ts';
import { hostOf } from './host-allowlist.ts';

describe('Host allowlist (DNS rebinding)', () => {
  it('reads the host name without port, IPv6 in brackets, lower-cased', () => {
    expect(hostOf('http://LocalHost:3000/api/chats')).toBe('localhost');
    expect(hostOf('http://[::1]:3000/')).toBe('[::1]');
    expect(hostOf('https://inbox.example.com/chats/1?x=//y')).toBe('inbox.example.com');
    expect(hostOf('http://127.0.0.1')).toBe('127.0.0.1');
  });

  it('answers 421 problem+json for a host it does not know, without echoing it', async () => {
    const { app } = harness();
    const res = await app.request('http://attacker.example:3000/api/chats');
    expect(res.status).toBe(421);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ status: 421, code: 'misdirected_request' });
    expect(body).not.toContain('attacker');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses the SPA and /metrics on an unknown host but leaves the probes open', async () => {
    const { app } = harness();
    expect((await app.request('http://rebound.example/metrics')).status).toBe(421);
    expect((await app.request('http://rebound.example/')).status).toBe(421);
    expect((await app.request('http://rebound.example/healthz')).status).toBe(200);
  });

  it('serves the loopback names by default', async () => {
    const { app } = harness();
    for (const host of ['localhost', '127.0.0.1:3000', '[::1]:3000']) {
      expect((await app.request(`http://${host}/api/config`)).status, host).toBe(200);
    }
  });

  it('adds PUBLIC_URL’s host to the default; ALLOWED_HOSTS replaces it; * turns it off', () => {
    expect(allowedHosts({ PUBLIC_URL: 'https://Inbox.Example.com:8443' })).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      'inbox.example.com',
    ]);
    expect(allowedHosts({ ALLOWED_HOSTS: ['inbox.internal'], PUBLIC_URL: undefined })).toEqual([
      'inbox.internal',
    ]);
    expect(allowedHosts({ ALLOWED_HOSTS: '*', PUBLIC_URL: undefined })).toBe('*');
  });

  it('parses ALLOWED_HOSTS and refuses a host with a port, naming the variable', () => {
    expect(loadEnv({ ALLOWED_HOSTS: 'Inbox.internal, [::1]' }).ALLOWED_HOSTS).toEqual([
      'inbox.internal',
      '[::1]',
    ]);
    expect(loadEnv({ ALLOWED_HOSTS: '*' }).ALLOWED_HOSTS).toBe('*');
    expect(() => loadEnv({ ALLOWED_HOSTS: 'inbox.internal:3000' })).toThrow(/ALLOWED_HOSTS/);
  });
});
