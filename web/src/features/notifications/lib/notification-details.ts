/**
 * What a notification's `body` / `metadata` may add to its sentence: the new group name or
 * description, and how a call went. Both fields are loosely documented
 * (docs/periskope-api.md#notification: `body` is null in every example, `metadata` is absent from
 * REST and free-form JSON in webhooks), so every read here is defensive and anything unexpected is
 * ignored.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Metadata keys that may carry the new value, per type (unverified guesses, WhatsApp's names
 * first).
 */
const VALUE_KEYS: Record<string, readonly string[]> = {
  subject: ['subject', 'name'],
  create: ['subject', 'name'],
  desc: ['desc', 'description'],
  description: ['description', 'desc'],
};

/**
 * @param type - notification `type`
 * @param body - notification `body` (string | null)
 * @param metadata - notification `metadata` (any JSON, or absent)
 * @returns the new group name / description as plain text (trimmed), or null when neither field
 *   carries one or the type has no value
 * @see docs/periskope-api.md#notification "new value maybe in body/metadata; unverified"
 */
export function notificationValue(
  type: string,
  body: string | null,
  metadata: unknown,
): string | null {
  const keys = VALUE_KEYS[type];
  if (!keys) return null;
  if (body?.trim()) return body.trim();
  if (!isRecord(metadata)) return null;
  for (const key of [...keys, 'body']) {
    const value = metadata[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** How a `call` notification went, from its metadata; each field undefined when not stated. */
export interface CallDetails {
  /** `MISSED` | `CONNECTED` | `REJECTED` upstream; anything else is dropped. */
  result: 'MISSED' | 'CONNECTED' | 'REJECTED' | undefined;
  video: boolean | undefined;
  /** The org's phone placed the call. */
  outgoing: boolean | undefined;
}

const CALL_RESULTS = new Set(['MISSED', 'CONNECTED', 'REJECTED'] as const);

/**
 * @param metadata - notification `metadata`
 * @returns `call_result`, `isVideo`, `isOutgoing` when present and well-typed
 * @see docs/periskope-api.md#notification (call: rule data `call_result`, `isVideo`, `isOutgoing` [T])
 */
export function callDetails(metadata: unknown): CallDetails {
  const m = isRecord(metadata) ? metadata : {};
  const raw = typeof m.call_result === 'string' ? m.call_result.toUpperCase() : undefined;
  const result = [...CALL_RESULTS].find((r) => r === raw);
  const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  return { result, video: flag(m.isVideo), outgoing: flag(m.isOutgoing) };
}
