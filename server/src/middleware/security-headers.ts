/**
 * `secureHeaders` configured on purpose for an inbox that is embedded in other internal tools:
 * no X-Frame-Options (it would break embedding; `frame-ancestors` decides instead), a CSP with
 * `script-src 'self'` and media only from ourselves and the configured media hosts, no referrer.
 * No COEP: it would block Periskope's media host.
 */
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
