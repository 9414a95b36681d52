import { describe, expect, it } from 'vitest';
import { Rng } from '../prng.ts';
import { decodeSentId, encodeSentId } from './sent-id.ts';

describe('sent_message_id encoding', () => {
  it('round-trips, looks like a v4 UUID, and rejects foreign ids', () => {
    const rng = new Rng(1);
    for (const [chat, message] of [
      [0, 0],
      [19_999, 5_199],
      [123, 4],
    ] as const) {
      const id = encodeSentId(rng, 42, chat, message);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(decodeSentId(42, id)).toEqual({ chat, message });
      expect(decodeSentId(43, id)).toBeUndefined();
    }
    expect(decodeSentId(42, '459d1ec5-1d0d-4170-947b-4ad4adca5ba9')).toBeUndefined();
  });
});
