/**
 * `secureHeaders` configured on purpose for an inbox that is embedded in other internal tools:
 * no X-Frame-Options (it would break embedding; `frame-ancestors` decides instead), a CSP with
 * `script-src 'self'` and media only from ourselves and the configured media hosts, no referrer.
 * No COEP: it would block Periskope's media host.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export interface SecurityHeaderOptions {
  /** Origins allowed to load images/audio/video, e.g. `https://storage.googleapis.com`. */
  mediaOrigins: string[];
  /** Origins allowed to embed the app in an iframe (`'self'` by default). */
  frameAncestors: string[];
}

/** @returns the configured `secureHeaders` middleware */
export function securityHeaders(options: SecurityHeaderOptions) {
  const media = ["'self'", 'data:', 'blob:', ...options.mediaOrigins];
  return secureHeaders({
    xFrameOptions: false,
    // HSTS only over https (see `hsts` below); over plain http it is meaningless or harmful.
    strictTransportSecurity: false,
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: media,
      mediaSrc: media,
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: options.frameAncestors,
    },
  });
}

/** RFC 6797 value: one year, subdomains included. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * `Strict-Transport-Security` when the request came over https: the URL says so, or a trusted
 * proxy says so in `X-Forwarded-Proto` (RFC 7239's de-facto predecessor).
 * @param trustProxy - read `X-Forwarded-Proto` only when true
 */
export function hsts(trustProxy: boolean): MiddlewareHandler {
  return async function hstsMiddleware(c, next) {
    await next();
    const forwarded = trustProxy
      ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim()
      : undefined;
    if (new URL(c.req.url).protocol === 'https:' || forwarded === 'https')
      c.header('Strict-Transport-Security', HSTS);
  };
}
