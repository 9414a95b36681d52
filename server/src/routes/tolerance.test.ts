/**
 * Real Periskope data never breaks a page: for every list endpoint, an upstream page with one
 * unreadable item answers 200 with the others, the failure is counted by resource and field path
 * (`periskope_inbox_upstream_invalid_items_total`) and logged once, never with a value. Values the
 * official types allow (null timestamps, null notification chat ids and types, a phone without a
 * number, unknown chat types, custom properties of any JSON type) are served as they are.
 */
import { describe, expect, it } from 'vitest';
import { harness } from '../test/harness.ts';

const FIXTURE_USER_CHAT = '919537851844@c.us';
const FIXTURE_GROUP = '120363371308389685@g.us';
const { mediaGroupId: MEDIA_GROUP, fixtureMessageId: FIXTURE_MESSAGE } =
  harness().sim.data.showcase;

type Json = Record<string, unknown>;

/** An upstream that rewrites the simulator's JSON answer for paths matching `path`. */
function rewriting(path: RegExp, edit: (body: Json | Json[]) => void) {
  return async (request: Request, simulator: (request: Request) => Promise<Response>) => {
    const response = await simulator(request);
    if (!path.test(new URL(request.url).pathname) || !response.ok) return response;
    const body = (await response.json()) as Json | Json[];
    edit(body);
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: response.headers,
    });
  };
}

const itemsOf = (body: Json | Json[], key: string): Json[] =>
  Array.isArray(body) ? body : (body[key] as Json[]);

/** Counter value for one (resource, field), from the Prometheus text. */
async function invalidCount(
  metrics: { registry: { metrics(): Promise<string> } },
  resource: string,
  field: string,
): Promise<number> {
  const line = (await metrics.registry.metrics())
    .split('\n')
    .find((l) =>
      l.startsWith(
        `periskope_inbox_upstream_invalid_items_total{resource="${resource}",field="${field}"}`,
      ),
    );
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('one broken item never costs the page', () => {
  const cases = [
    {
      name: 'GET /api/chats (block path)',
      url: '/api/chats?limit=50&sort_by=latest_message_timestamp',
      path: /^\/v1\/chats$/,
      key: 'chats',
      resource: 'chats',
      field: 'chat_id',
      breaks: (item: Json) => {
        item.chat_id = 42;
      },
    },
    {
      name: 'GET /api/notifications',
      url: '/api/notifications?limit=50',
      path: /^\/v1\/chats\/notifications$/,
      key: 'messages',
      resource: 'notifications',
      field: 'notification_id',
      breaks: (item: Json) => {
        item.notification_id = 7;
      },
    },
    {
      name: 'GET /api/chats/:chatId/notifications',
      url: `/api/chats/${FIXTURE_GROUP}/notifications?limit=50`,
      path: /\/notifications$/,
      key: 'messages',
      resource: 'notifications',
      field: 'recipientids.*',
      breaks: (item: Json) => {
        item.recipientids = [1, 2];
      },
    },
    {
      name: 'GET /api/chats/:chatId/reactions',
      url: `/api/chats/${MEDIA_GROUP}/reactions?limit=500`,
      path: /^\/v1\/reactions$/,
      key: 'reactions',
      resource: 'reactions',
      field: 'sender_id',
      breaks: (item: Json) => {
        item.sender_id = null;
      },
    },
    {
      name: 'GET /api/phones',
      url: '/api/phones',
      path: /^\/v1\/phones\/all$/,
      key: '',
      resource: 'phones',
      field: 'phone_id',
      breaks: (item: Json) => {
        delete item.phone_id;
      },
    },
  ];

  it.each(cases)('$name', async ({ url, path, key, resource, field, breaks }) => {
    const clean = harness();
    const before = itemsOf(
      await (await clean.app.request(url)).json(),
      key === 'messages' ? 'notifications' : key || 'phones',
    );
    expect(before.length).toBeGreaterThan(1);

    const { app, metrics, logs } = harness({
      upstream: rewriting(path, (body) => breaks(itemsOf(body, key)[1]!)),
    });
    const response = await app.request(url);
    expect(response.status).toBe(200);
    const after = itemsOf(
      await response.json(),
      key === 'messages' ? 'notifications' : key || 'phones',
    );
    expect(after).toHaveLength(before.length - 1);
    expect(after).toEqual(before.filter((_, i) => i !== 1));
    expect(await invalidCount(metrics, resource, field)).toBeGreaterThanOrEqual(1);
    const warned = logs.filter((l) => l.includes('upstream item unreadable'));
    expect(warned).toHaveLength(1);
    expect(JSON.parse(warned[0]!)).toMatchObject({
      resource,
      field,
      request_id: response.headers.get('x-request-id'),
    });
    // The readiness probe reads the same phone list: one bad phone must not make the inbox look
    // down.
    if (resource === 'phones') expect((await app.request('/readyz')).status).toBe(200);
  });

  it('GET /api/chats?unread (chat index): the other chats are indexed and counted', async () => {
    const url = '/api/chats?limit=500&unread=false&sort_by=latest_message_timestamp';
    const before = await (await harness().app.request(url)).json();
    let broken = '';
    const { app, metrics } = harness({
      upstream: rewriting(/^\/v1\/chats$/, (body) => {
        // Only break a chat this query would list (no unread messages).
        const item = itemsOf(body, 'chats').find((c, i) => i > 0 && !c.message_unread_count);
        if (!item) return;
        broken = String(item.chat_id);
        item.is_muted = 'sometimes';
      }),
    });
    const after = await (await app.request(url)).json();
    expect(broken).not.toBe('');
    expect(after.total).toBe(before.total - 1);
    expect(after.chats.map((c: Json) => c.chat_id)).not.toContain(broken);
    expect(await invalidCount(metrics, 'chats', 'is_muted')).toBeGreaterThanOrEqual(1);
  });

  it('keeps a thread in order: an unreadable message becomes a placeholder in its place', async () => {
    const url = `/api/chats/${FIXTURE_USER_CHAT}/messages?limit=50`;
    const before = (await (await harness().app.request(url)).json()).messages as Json[];
    const { app, metrics } = harness({
      upstream: rewriting(/\/messages$/, (body) => {
        itemsOf(body, 'messages')[1]!.from_me = 'yes';
      }),
    });
    const response = await app.request(url);
    expect(response.status).toBe(200);
    const after = (await response.json()).messages as Json[];
    expect(after).toHaveLength(before.length);
    expect(after[1]).toMatchObject({
      message_id: before[1]!.message_id,
      unreadable: true,
      body: null,
      timestamp: before[1]!.timestamp,
    });
    expect(after.filter((m) => m.unreadable)).toHaveLength(1);
    expect(after[0]).toEqual(before[0]);
    expect(await invalidCount(metrics, 'messages', 'from_me')).toBe(1);
    // The org-wide list (GET /api/messages) reads its items the same way.
    const all = await (await app.request('/api/messages?limit=20')).json();
    expect(all.messages).toHaveLength(20);
    expect(all.messages[1].unreadable).toBe(true);
  });

  it('leaves out a bad member of a chat and a bad reaction of a message, not the whole object', async () => {
    const { app, metrics } = harness({
      upstream: rewriting(/^\/v1\/(chats\/[^/]+|message\/[^/]+)$/, (body) => {
        const object = body as Json;
        if (object.members)
          Object.values(object.members as Record<string, Json>)[0]!.contact_id = null;
        if (Array.isArray(object.reactions) && object.reactions[0])
          (object.reactions[0] as Json).reaction_id = 5;
      }),
    });
    const chat = await app.request(`/api/chats/${FIXTURE_USER_CHAT}`);
    expect(chat.status).toBe(200);
    expect(Object.keys((await chat.json()).members)).toHaveLength(1);
    expect(await invalidCount(metrics, 'chat', 'members.*.contact_id')).toBe(1);
    const message = await app.request(`/api/messages/${encodeURIComponent(FIXTURE_MESSAGE)}`);
    expect(message.status).toBe(200);
    expect((await message.json()).reactions).toEqual([]);
    expect(await invalidCount(metrics, 'message', 'reactions.*.reaction_id')).toBe(1);
  });

  it('still answers 502 for a body that is not the documented envelope', async () => {
    const { app } = harness({
      upstream: rewriting(/^\/v1\/chats$/, (body) => {
        (body as Json).chats = 'nope';
      }),
    });
    const response = await app.request('/api/chats?limit=5');
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'upstream_invalid_response' });
  });
});

describe('values the official types allow are served as they are', () => {
  it('null timestamps, null notification chat_id and type, a phone without a number', async () => {
    const { app, metrics } = harness({
      upstream: rewriting(/./, (body) => {
        const list = Array.isArray(body)
          ? body
          : ((body.messages ?? body.reactions ?? []) as Json[]);
        if (list[0]) Object.assign(list[0], { timestamp: null });
        if (Array.isArray(body) && body[0]) body[0].org_phone = null;
        if (list[1] && 'notification_id' in list[1])
          Object.assign(list[1], { chat_id: null, type: null });
      }),
    });
    const messages = await (
      await app.request(`/api/chats/${FIXTURE_USER_CHAT}/messages?limit=5`)
    ).json();
    expect(messages.messages[0]).toMatchObject({ timestamp: null, unreadable: false });
    const notes = await (await app.request('/api/notifications?limit=5')).json();
    expect(notes.notifications[0].timestamp).toBeNull();
    expect(notes.notifications[1]).toMatchObject({ chat_id: null, type: null });
    const phones = await app.request('/api/phones');
    expect(phones.status).toBe(200);
    expect((await phones.json()).phones[0].org_phone).toBeNull();
    expect((await app.request('/readyz')).status).toBe(200);
    expect(await metrics.registry.metrics()).not.toMatch(/upstream_invalid_items_total\{/);
  });

  it('unknown chat types as sent and custom properties of any JSON type', async () => {
    const properties = {
      'property-a': 42,
      'property-b': true,
      'property-c': { plan: 'gold', seats: 12 },
      'property-d': ['x', 1],
      'property-e': null,
      'property-f': 'text',
    };
    const { app } = harness({
      upstream: rewriting(/^\/v1\/chats\/[^/]+$/, (body) =>
        Object.assign(body, { chat_type: 'community', custom_properties: properties }),
      ),
    });
    const chat = await (await app.request(`/api/chats/${FIXTURE_USER_CHAT}`)).json();
    expect(chat.chat_type).toBe('community');
    expect(chat.custom_properties).toEqual(properties);
  });
});
