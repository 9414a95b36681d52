/**
 * Generated payloads take the shapes @periskope/types 0.6.397 allows beyond the documented
 * examples: contact fields of members, chat fields of ChatType, message flags, tickets, links,
 * call logs, invites, disappearing-message timers.
 */
import { describe, expect, it } from 'vitest';
import { simulator } from '../test-client.ts';
import type { ChatEntry } from './entry.ts';
import type { MessageRecord } from './types.ts';

const { data } = simulator({ chats: 2000 });
const generated = data.chats.filter((e) => !e.tags.includes('fixture'));
const sample = generated.filter((_, i) => i % 3 === 0);
const messages: MessageRecord[] = sample.flatMap((e) => [...data.messages(e)]);
const of = (type: string): MessageRecord[] => messages.filter((m) => m.message_type === type);
const entryOf = (chatId: string): ChatEntry => {
  const entry = data.findChats(chatId)[0];
  if (!entry) throw new Error(`missing ${chatId}`);
  return entry;
};
const URL_IN_TEXT = /https?:\/\//;

/** Paths of objects whose keys are not in code-point order (maps keyed by data are skipped). */
function unsorted(
  value: unknown,
  path = '$',
  skip = new Set(['delivered', 'read', 'poll_results']),
): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unsorted(v, `${path}[${i}]`, skip));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  const own = keys.join() === [...keys].sort().join() ? [] : [path];
  return own.concat(
    keys
      .filter((k) => !skip.has(k))
      .flatMap((k) => unsorted((value as Record<string, unknown>)[k], `${path}.${k}`, skip)),
  );
}

describe('members: tbl_chat_participants merged with tbl_contacts', () => {
  const members = generated
    .slice(0, 600)
    .flatMap((e) => Object.values(data.chatObject(e).members ?? {}));

  it('carry every contact field, keys alphabetical, number = the id digits', () => {
    const fields = [
      'business_profile',
      'contact_lid',
      'contact_type',
      'is_blocked',
      'is_business',
      'is_enterprise',
      'is_my_contact',
      'is_wa_contact',
      'name',
      'number',
      'periskope_name',
      'pushname',
      'short_name',
      'verified_level',
      'verified_name',
    ];
    for (const m of members) {
      for (const f of fields) expect(m).toHaveProperty(f);
      expect(Object.keys(m)).toEqual(Object.keys(m).sort());
      expect(m.number).toBe(m.contact_id.replace('@c.us', ''));
    }
  });

  it('some are known by push name only, some businesses by verified name only, a few are blocked', () => {
    const people = [
      ...new Map(
        data.chats
          .flatMap((e) => Object.values(data.chatObject(e).members ?? {}))
          .map((m) => [m.contact_id, m]),
      ).values(),
    ];
    const pushOnly = people.filter(
      (m) => m.contact_name === null && m.pushname && !m.verified_name,
    );
    const verifiedOnly = people.filter(
      (m) => m.contact_name === null && m.pushname === null && m.verified_name && m.is_business,
    );
    expect(pushOnly.length / people.length).toBeGreaterThan(0.02);
    expect(verifiedOnly.length / people.length).toBeGreaterThan(0.005);
    expect(people.some((m) => m.is_blocked === true)).toBe(true);
    expect(people.some((m) => m.contact_lid?.endsWith('@lid'))).toBe(true);
  });

  it('contacts come from several countries, Germany with mobile 15… numbers', () => {
    const codes = new Set(data.contacts.map((c) => c.id.match(/^(91|1|44|971|65|55|234|49)/)?.[1]));
    expect([...codes].sort()).toEqual(['1', '234', '44', '49', '55', '65', '91', '971']);
    for (const c of data.contacts.filter((x) => x.id.startsWith('49')))
      expect(c.id).toMatch(/^4915\d{9}@c\.us$/);
  });
});

describe('chats: view_chats / ChatType fields', () => {
  const cores = generated.map((e) => data.listItem(e));

  it('latest_message_timestamp is epoch ms of the latest message; custom_properties hold any JSON', () => {
    for (const c of cores)
      expect(c.latest_message_timestamp).toBe(
        c.latest_message ? Date.parse(c.latest_message.timestamp ?? '') : null,
      );
    const values = cores.flatMap((c) => Object.values(c.custom_properties));
    expect(values.some((v) => typeof v === 'number')).toBe(true);
    expect(values.some((v) => typeof v === 'boolean')).toBe(true);
    expect(values.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v))).toBe(true);
    expect(values.some(Array.isArray)).toBe(true);
    expect(values.some((v) => v === null)).toBe(true);
  });

  it('a few chats have unread maps, snoozes and pins of their own messages', () => {
    expect(cores.some((c) => Object.values(c.member_unread_count ?? {}).some((n) => n > 0))).toBe(
      true,
    );
    expect(cores.some((c) => c.unread_count?.[c.org_phone] === c.message_unread_count)).toBe(true);
    const snoozed = cores.filter((c) => c.snooze_metadata);
    expect(snoozed.length).toBeGreaterThan(0);
    for (const c of snoozed) expect(c.snooze_metadata?.snooze_until).toBeGreaterThan(data.now);
    const pinned = generated.filter((e) => e.core.pinned_messages);
    expect(pinned.length).toBeGreaterThan(0);
    for (const e of pinned) {
      for (const pin of e.core.pinned_messages ?? []) {
        expect(data.messages(e).some((m) => m.message_id === pin.message_id)).toBe(true);
        expect(pin.pinned_at).toBeLessThan(data.now);
        expect(pin.expires_at).toBeGreaterThan(data.now);
      }
    }
  });

  it('flag_count_map counts the open flags of the chat', () => {
    const flagged = sample.filter((e) => e.core.flag_count_map);
    expect(flagged.length).toBeGreaterThan(0);
    for (const e of sample) {
      const open = data.messages(e).filter((m) => m.flag_status === true).length;
      expect(e.core.flag_count_map).toStrictEqual(open > 0 ? { [e.org_phone]: open } : null);
    }
  });
});

describe('key order', () => {
  it('chat objects, list items and messages keep every nested object alphabetical', () => {
    const objects = generated.slice(0, 400).flatMap((e) => [data.chatObject(e), data.listItem(e)]);
    expect(unsorted(objects)).toEqual([]);
    expect(unsorted(messages.slice(0, 5000))).toEqual([]);
  });
});

describe('messages: tbl_chat_messages / MessageType fields', () => {
  it('flags are booleans with MessageFlagType metadata, on incoming messages; tickets look like ticket-…', () => {
    const flagged = messages.filter((m) => m.flag_status !== null);
    expect(
      flagged.some((m) => m.flag_status === true) && flagged.some((m) => m.flag_status === false),
    ).toBe(true);
    for (const m of flagged) {
      expect(m.from_me).toBe(false);
      expect(m.flag_metadata?.status).toBe(m.flag_status);
      expect(Object.keys(m.flag_metadata ?? {})).toEqual(Object.keys(m.flag_metadata ?? {}).sort());
      if (m.flag_status === false)
        expect(m.flag_metadata).toMatchObject({
          response_email: expect.any(String),
          response_type: expect.any(String),
        });
    }
    expect(
      messages.every((m) => m.flag_status === null || typeof m.flag_status === 'boolean'),
    ).toBe(true);
    const tickets = messages.filter((m) => m.message_ticket_id !== null);
    expect(tickets.length).toBeGreaterThan(0);
    for (const m of tickets) expect(m.message_ticket_id).toMatch(/^ticket-[a-z]{16}$/);
  });

  it('links: whatsapp-web.js entries on bodies with a URL, else null or "[]"; some with a preview in raw_data', () => {
    for (const m of messages) {
      if (m.message_type === 'chat' && URL_IN_TEXT.test(m.body ?? '')) {
        expect(m.links).toStrictEqual([
          { isSuspicious: false, link: expect.stringMatching(URL_IN_TEXT) },
        ]);
      } else {
        expect([null, '[]']).toContain(m.links);
      }
    }
    const previews = messages.filter((m) => Array.isArray(m.links) && m.raw_data !== null);
    expect(previews.length).toBeGreaterThan(0);
    for (const m of previews)
      expect(Object.keys(m.raw_data ?? {})).toEqual([
        'canonicalUrl',
        'description',
        'matchedText',
        'title',
      ]);
  });

  it('call_log: body null, raw_data {call_result, isVideo}, duration seconds only when connected', () => {
    const calls = of('call_log');
    expect(new Set(calls.map((m) => (m.raw_data as { call_result: string }).call_result))).toEqual(
      new Set(['MISSED', 'CONNECTED', 'REJECTED']),
    );
    for (const m of calls) {
      const raw = m.raw_data as { call_result: string; isVideo: boolean };
      expect(m.body).toBeNull();
      expect(typeof raw.isVideo).toBe('boolean');
      if (raw.call_result === 'CONNECTED') expect(m.duration).toMatch(/^\d+$/);
      else expect(m.duration).toBeNull();
    }
  });

  it('groups_v4_invite: invite_v4 in whatsapp-web.js spellings; e2e_notification and ephemeral have no body', () => {
    const invites = of('groups_v4_invite');
    expect(invites.length).toBeGreaterThan(0);
    for (const m of invites) {
      const { caption, ...rest } = m.invite_v4 ?? { caption: undefined };
      expect(Object.keys(rest)).toEqual(['groupId', 'groupName', 'inviteCode', 'inviteCodeExp']);
      expect(caption === undefined || caption === m.body).toBe(true);
      expect(m.invite_v4?.inviteCodeExp).toBeLessThan(data.now / 1000 + 4 * 86_400);
    }
    expect(invites.some((m) => m.invite_v4?.caption !== undefined)).toBe(true);
    for (const m of of('e2e_notification')) expect(m.body).toBeNull();
    const timers = data
      .messages(entryOf(data.showcase.mediaGroupId))
      .filter((m) => m.message_type === 'ephemeral')
      .concat(of('ephemeral'));
    expect(timers.length).toBeGreaterThan(0);
    for (const m of timers) {
      expect(m.body).toBeNull();
      expect([0, 86_400, 604_800, 7_776_000]).toContain(
        (m.raw_data as { ephemeralDuration: number }).ephemeralDuration,
      );
    }
  });

  it('poll_results map option → { voter contact id → ISO vote time }', () => {
    for (const m of of('poll_creation')) {
      for (const votes of Object.values(m.poll_results ?? {})) {
        for (const [voter, at] of Object.entries(votes)) {
          expect(voter).toMatch(/@c\.us$/);
          expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?\+00:00$/);
        }
      }
    }
  });
});
