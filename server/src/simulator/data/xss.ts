/**
 * Classic XSS payloads planted in chat names, contact names, bodies, captions, file names,
 * vCard FN fields, poll options, location names and link-ish fields (see generate-xss-chats.ts).
 * The UI must render all of them as inert text. Tests import this list.
 */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  "'><script>alert(document.cookie)</script>",
  '<body onload=alert(1)>',
  '<a href="javascript:alert(1)">click me</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<marquee onstart=alert(1)>hi</marquee>',
  '"onmouseover="alert(1)',
  '</textarea><script>alert(1)</script>',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>send</button></form>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u202Egnp.exe',
] as const;

/** The payload at `index`, wrapping around. */
export function xssPayload(index: number): string {
  return (
    XSS_PAYLOADS[((index % XSS_PAYLOADS.length) + XSS_PAYLOADS.length) % XSS_PAYLOADS.length] ??
    XSS_PAYLOADS[0]
  );
}
