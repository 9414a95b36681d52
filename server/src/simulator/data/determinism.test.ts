/**
 * Same seed and `now` ⇒ byte-identical responses; another seed ⇒ different data.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../app.ts';
import { KEY, NOW, PUBLIC_URL } from '../test-client.ts';

const make = (seed: number): Simulator =>
  createSimulator({ apiKey: KEY, publicUrl: PUBLIC_URL, now: NOW, seed, chats: 300 });

async function snapshot(sim: Simulator): Promise<string[]> {
  const { showcase } = sim.data;
  const paths = [
    '/v1/chats?limit=2000',
    '/v1/chats?sort_by=latest_message_timestamp&limit=50',
    `/v1/chats/${showcase.mediaGroupId}`,
    `/v1/chats/${showcase.mediaGroupId}/messages`,
    `/v1/chats/${showcase.mediaGroupId}/notifications`,
    `/v1/chats/${showcase.allKindsUserChatId}`,
    '/v1/chats/messages?limit=500',
    '/v1/chats/notifications?limit=200',
    '/v1/phones/all',
  ];
  const entry = sim.data.findChats(showcase.mediaGroupId)[0];
  const reacted = entry ? sim.data.messageAt(entry, 1).message_id : '';
  paths.push(`/v1/message/${reacted}`);
  return Promise.all(
    paths.map(async (p) =>
      (await sim.app.request(p, { headers: { Authorization: `Bearer ${KEY}` } })).text(),
    ),
  );
}

describe('determinism', () => {
  it('same seed ⇒ identical bytes; different seed ⇒ different data', async () => {
    const [a, b, c] = await Promise.all([
      snapshot(make(42)),
      snapshot(make(42)),
      snapshot(make(43)),
    ]);
    expect(a).toStrictEqual(b);
    expect(a[0]).not.toBe(c?.[0]);
    expect(a[3]).not.toBe(c?.[3]);
  });

  it('lazy generation is order-independent (a message alone equals the same message in its timeline)', () => {
    const one = make(9);
    const two = make(9);
    const e1 = one.data.findChats(one.data.showcase.bigGroupId)[0];
    const e2 = two.data.findChats(two.data.showcase.bigGroupId)[0];
    if (!e1 || !e2) throw new Error('big group missing');
    const alone = e2 && two.data.messageAt(e2, 4321);
    expect(one.data.messages(e1)[4321]).toStrictEqual(alone);
  });
});
