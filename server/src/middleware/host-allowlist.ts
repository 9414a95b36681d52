/**
 * Answers only for known host names: a request whose `Host` is not on the list gets 421
 * problem+json (RFC 9110 §15.5.20 Misdirected Request). This is what stops DNS rebinding: a web
 * page on another site that points its own host name at this server's address cannot read the
 * inbox through the browser, because its requests carry that other host name.
 *
 * The list is host names without port (`localhost`, `127.0.0.1`, `[::1]`, `inbox.example.com`);
 * `*` turns the check off. `/healthz` and `/readyz` are exempt: orchestrators probe them by pod
 * address, and they say nothing secret.
 */
import type { MiddlewareHandler } from 'hono';
import { Problem } from '../problem.ts';

/** Paths answered whatever the `Host`. */
const EXEMPT = new Set(['/healthz', '/readyz']);

/**
 * Host name of an absolute URL, lower-cased, without port; IPv6 keeps its brackets. A string
 * scan rather than `new URL`: this runs on every request (the hot path, bench/).
 * @param url - `c.req.url`, which @hono/node-server builds from the `Host` header
 */
export function hostOf(url: string): string {
  const start = url.indexOf('//') + 2;
  const slash = url.indexOf('/', start);
  const authority = url.slice(start, slash < 0 ? undefined : slash);
  const host = authority.startsWith('[')
    ? authority.slice(0, authority.indexOf(']') + 1)
    : authority.split(':', 1)[0]!;
  return host.toLowerCase();
}

/**
 * @param allowed - host names as {@link hostOf} returns them, or `'*'` for any
 * @returns middleware throwing a 421 {@link Problem} for any other host
 */
export function hostAllowlist(allowed: readonly string[] | '*'): MiddlewareHandler {
  if (allowed === '*') return async (_c, next) => next();
  const hosts = new Set(allowed.map((h) => h.toLowerCase()));
  return async function hostAllowlistMiddleware(c, next) {
    if (hosts.has(hostOf(c.req.url)) || EXEMPT.has(c.req.path)) return next();
    throw new Problem({
      status: 421,
      code: 'misdirected_request',
      title: 'Unknown host name',
      detail:
        'This server does not answer for this host name. An administrator can add it to ALLOWED_HOSTS.',
    });
  };
}
