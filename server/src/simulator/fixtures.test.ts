/**
 * Every documented record comes back verbatim from the endpoints that document it.
 */
import { describe, expect, it } from 'vitest';
import chatExample from './fixtures/chat.example.json' with { type: 'json' };
import chatsList from './fixtures/chats-list.example.json' with { type: 'json' };
import notificationsExample from './fixtures/chat-notifications.example.json' with { type: 'json' };
import messageExample from './fixtures/message.example.json' with { type: 'json' };
import messagesList from './fixtures/messages-list.example.json' with { type: 'json' };
import type { MessageRecord, NotificationRecord } from './data/types.ts';
import type { ChatListItem } from './data/chat-types.ts';
import { get, simulator } from './test-client.ts';

type Page<K extends string, T> = { count: number; from: number; to: number } & Record<K, T[]>;

const sim = simulator();

async function allChats(): Promise<ChatListItem[]> {
  const out: ChatListItem[] = [];
  for (let offset = 0; ; offset += 1000) {
    const { body } = await get<Page<'chats', ChatListItem>>(
      sim,
      `/v1/chats?offset=${offset}&limit=1000`,
    );
    out.push(...body.chats);
    if (body.count < 1000) return out;
  }
}

describe('fixture records are served verbatim', () => {
  it('GET /chats returns the 23 list items deep-equal, in fixture order under the default sort', async () => {
    const chats = await allChats();
    const byId = new Map(chats.map((c) => [c.chat_id, c]));
    for (const item of chatsList.chats) expect(byId.get(item.chat_id)).toStrictEqual(item);
    const ids = new Set(chatsList.chats.map((c) => c.chat_id));
    expect(chats.filter((c) => ids.has(c.chat_id)).map((c) => c.chat_id)).toEqual(
      chatsList.chats.map((c) => c.chat_id),
    );
  });

  it('GET /chats/919537851844@c.us deep-equals chat.example.json (also with bare digits)', async () => {
    for (const id of ['919537851844%40c.us', '919537851844@c.us', '919537851844']) {
      const { status, body } = await get(sim, `/v1/chats/${id}`);
      expect(status).toBe(200);
      expect(body).toStrictEqual(chatExample);
    }
  });

  it("chat.example's list item: no members/common_chats/add_members_admins_only, member_add_mode 'false'", async () => {
    const { body } = await get<Page<'chats', ChatListItem>>(
      sim,
      '/v1/chats?chat_id=919537851844@c.us',
    );
    const {
      members: _m,
      common_chats: _c,
      add_members_admins_only: _a,
      latest_message,
      ...rest
    } = chatExample;
    expect(body.chats).toHaveLength(1);
    // Lists carry `interactive` on messages (docs/periskope-api.md#quirk-5), the by-id
    // latest_message does not.
    expect(body.chats[0]).toStrictEqual({
      ...rest,
      latest_message: { ...latest_message, interactive: null },
      member_add_mode: 'false',
    });
  });

  it('GET /chats/919537851844@c.us/messages holds the documented messages, newest first', async () => {
    const { body } = await get<Page<'messages', MessageRecord>>(
      sim,
      '/v1/chats/919537851844@c.us/messages',
    );
    const { reactions: _r, ...withoutReactions } = messageExample;
    const expected = [
      { ...chatExample.latest_message, interactive: null },
      { ...withoutReactions, interactive: null },
      ...messagesList.messages,
    ];
    expect(body.messages).toStrictEqual(expected);
    expect(body).toMatchObject({ count: 12, from: 1, to: 12 });
    expect(body.messages.every((m) => !('reactions' in m))).toBe(true);
  });

  it('GET /message/{id} deep-equals message.example.json, by message_id and by queue id', async () => {
    for (const id of [messageExample.message_id, messageExample.sent_message_id]) {
      const { status, body } = await get(sim, `/v1/message/${id}`);
      expect(status).toBe(200);
      expect(body).toStrictEqual(messageExample);
    }
  });

  it('GET /chats/messages contains the 10 records of messages-list.example.json', async () => {
    const { body } = await get<Page<'messages', MessageRecord>>(
      sim,
      '/v1/chats/messages?start_time=2025-01-23&end_time=2025-01-24',
    );
    expect(body.messages).toStrictEqual(messagesList.messages);
  });

  it('GET /chats/120363371308389685@g.us/notifications returns the 5 records under `messages`', async () => {
    const { body } = await get<Page<'messages', NotificationRecord>>(
      sim,
      '/v1/chats/120363371308389685@g.us/notifications',
    );
    expect(body).toStrictEqual(notificationsExample);
  });

  it('fixture groups get members consistent with member_count', async () => {
    for (const item of chatsList.chats) {
      const { body } = await get<{
        members: Record<string, { is_internal: boolean }>;
        add_members_admins_only: boolean;
      }>(sim, `/v1/chats/${item.chat_id}`);
      expect(Object.keys(body.members)).toHaveLength(item.member_count);
      expect(Object.keys(body.members)).toContain('918527184400@c.us');
      expect(body.add_members_admins_only).toBe(item.member_add_mode === 'false');
      if (item.latest_message)
        expect(Object.keys(body.members)).toContain(item.latest_message.sender_phone);
    }
  });
});
