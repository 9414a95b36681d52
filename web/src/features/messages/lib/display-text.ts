/**
 * Names shown on their own (file names, contact names) with bidirectional control characters
 * removed, so `\u202Egnp.exe` shows as "gnp.exe", not as a harmless-looking "exe.png".
 */

/** LRE, RLE, PDF, LRO, RLO (U+202A–202E) and LRI, RLI, FSI, PDI (U+2066–2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * @param name - a file or contact name from message data
 * @returns the name without bidi embedding/override/isolate controls
 * @see https://unicode.org/reports/tr9/#Explicit_Directional_Embeddings
 */
export function displayName(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}
