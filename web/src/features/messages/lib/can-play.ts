/**
 * Whether this browser can play a media type, asked of a detached media element.
 */

/**
 * @param kind - `audio` or `video` element to ask
 * @param mimetype - `media.mimetype`; unknown types are tried (a load error shows the fallback)
 * @returns false only when the browser says it cannot (`canPlayType` is `''`)
 * @see https://html.spec.whatwg.org/multipage/media.html#dom-navigator-canplaytype
 */
export function canPlay(kind: 'audio' | 'video', mimetype: string | null | undefined): boolean {
  if (!mimetype || typeof document === 'undefined') return true;
  return document.createElement(kind).canPlayType(mimetype) !== '';
}
