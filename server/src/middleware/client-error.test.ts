import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { harness } from '../test/harness.ts';
import { problemOnClientError } from './client-error.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server!.close(resolve));
  server = undefined;
});

/** Sends raw bytes to a fresh server running the harness app; resolves with the whole answer. */
async function rawRequest(request: string): Promise<string> {
  const { app } = harness();
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  problemOnClientError(server);
  await once(server, 'listening');
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  socket.end(request);
  let answer = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
  await once(socket, 'close');
  return answer;
}

describe('requests Node rejects before the app', () => {
  it('answers headers over 16 KiB with 431 problem+json', async () => {
    const answer = await rawRequest(
      `GET /api/chats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(body!)).toMatchObject({
      status: 431,
      code: 'request_header_fields_too_large',
    });
  });

  it('answers a malformed request line with 400 problem+json', async () => {
    const answer = await rawRequest('NOT HTTP AT ALL\r\n\r\n');
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(body!)).toMatchObject({ status: 400, code: 'bad_request' });
  });
});
