/**
 * `sent_message_id` (Periskope queue id, a v4 UUID) that secretly encodes where its message lives,
 * so GET /message/{queue_id} (docs/periskope-api.md#endpoints) resolves in O(1) without indexing
 * every generated message. 48 random bits pick a mask that hides (chat index, message index, 12-bit
 * checksum).
 */
import { Rng, mix } from '../prng.ts';

const HEX = '0123456789abcdef';

function xorHex(a: string, b: string): string {
  let out = '';
  for (let i = 0; i < a.length; i++)
    out += HEX[(HEX.indexOf(a[i] ?? '0') ^ HEX.indexOf(b[i] ?? '0')) & 15];
  return out;
}

function maskFor(seed: number, random: string): string {
  return new Rng(
    mix(seed, parseInt(random.slice(0, 6), 16), parseInt(random.slice(6, 12), 16)),
  ).hex(15);
}

function checksum(seed: number, chat: number, message: number): number {
  return mix(seed, chat, message, 0xc4ec) & 0xfff;
}

/**
 * Builds the id.
 * @param seed - simulator seed
 * @param chat - chat entry index (< 2^24)
 * @param message - message index in the chat timeline (< 2^24)
 */
export function encodeSentId(rng: Rng, seed: number, chat: number, message: number): string {
  const random = rng.hex(12);
  const payload =
    chat.toString(16).padStart(6, '0') +
    message.toString(16).padStart(6, '0') +
    checksum(seed, chat, message).toString(16).padStart(3, '0');
  const c = xorHex(payload, maskFor(seed, random));
  const variant = HEX[8 + rng.int(0, 3)] ?? '8';
  return `${random.slice(0, 8)}-${random.slice(8, 12)}-4${rng.hex(3)}-${variant}${c.slice(0, 3)}-${c.slice(3)}`;
}

/** Inverse of {@link encodeSentId}; `undefined` if the checksum fails (not one of ours). */
export function decodeSentId(
  seed: number,
  id: string,
): { chat: number; message: number } | undefined {
  const m = /^([0-9a-f]{8})-([0-9a-f]{4})-4[0-9a-f]{3}-[89ab]([0-9a-f]{3})-([0-9a-f]{12})$/.exec(
    id.toLowerCase(),
  );
  if (!m) return undefined;
  const random = `${m[1]}${m[2]}`;
  const payload = xorHex(`${m[3]}${m[4]}`, maskFor(seed, random));
  const chat = parseInt(payload.slice(0, 6), 16);
  const message = parseInt(payload.slice(6, 12), 16);
  if (parseInt(payload.slice(12), 16) !== checksum(seed, chat, message)) return undefined;
  return { chat, message };
}
