/**
 * Requests Node's HTTP parser rejects before Hono sees them (headers over Node's 16 KiB limit,
 * a malformed request line) are answered with problem+json like every other error, instead of
 * Node's bare `431`/`400` with no body. RFC 6585 §5 (431), RFC 9457 (the body).
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, problemBody, type ProblemInit } from '../problem.ts';

/** What the client is told for a parser error code (`HPE_*`, Node's `http` module). */
function problemFor(code: string | undefined): ProblemInit {
  if (code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      code: 'request_header_fields_too_large',
      title: 'Request headers too large',
      detail: 'The request headers are larger than this server accepts (16 KiB).',
    };
  return {
    status: 400,
    code: 'bad_request',
    title: 'Malformed request',
    detail: 'The request could not be parsed as HTTP.',
  };
}

/**
 * Installs the `clientError` handler on a Node HTTP server (as `@hono/node-server`'s `serve`
 * returns it). A socket that is already gone is destroyed without an answer.
 * @param server - the listening server
 */
export function problemOnClientError(server: Pick<Server, 'on'>): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const init = problemFor(error.code);
    const body = JSON.stringify(problemBody(init, undefined));
    socket.end(
      `HTTP/1.1 ${init.status} ${STATUS_CODES[init.status]}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nConnection: close\r\n\r\n' +
        body,
    );
  });
}
