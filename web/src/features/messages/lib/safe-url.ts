/**
 * The one gate every link in a message passes: only http, https, mailto and tel URLs become
 * `href`s; anything else (`javascript:`, `data:`, `file:`, `ftp:`, `vbscript:` …) stays text.
 */

/** Schemes a message link may use. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * @param url - a URL from message data (linkified text, `location.url`, `media.path`, vCard)
 * @param protocols - narrower allow-list, e.g. `['http:', 'https:']` for map and media links
 * @returns the URL as parsed (normalised by the URL parser), or null when it is not absolute or
 *   its scheme is not allowed
 */
export function safeHref(
  url: string | null | undefined,
  protocols: readonly string[] = [...ALLOWED_PROTOCOLS],
): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const protocol = parsed.protocol.toLowerCase();
  return ALLOWED_PROTOCOLS.has(protocol) && protocols.includes(protocol) ? parsed.href : null;
}

/** `safeHref` restricted to http(s): for media, documents and map links. */
export function safeWebHref(url: string | null | undefined): string | null {
  return safeHref(url, ['http:', 'https:']);
}

/**
 * A `tel:` URL for a phone number as written in a vCard or message (`+91 76646 33868`).
 * @returns `tel:+917664633868`, or null when fewer than 3 digits remain
 */
export function telHref(number: string): string | null {
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace(/\D/g, '').length >= 3 ? `tel:${digits}` : null;
}
