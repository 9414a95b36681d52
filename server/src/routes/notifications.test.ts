/**
 * GET /api/notifications `type` filter: include and exclude lists over the cached upstream
 * blocks, raw-position cursors that page through every match once, and 400 on bad input.
 */
import { describe, expect, it } from 'vitest';
import { harness } from '../test/harness.ts';

interface Item {
  notification_id: string;
  type: string;
  timestamp: string;
}
interface Body {
  notifications: Item[];
  next_offset: number | null;
  scanned_to: string | null;
}

async function all(app: ReturnType<typeof harness>['app'], query: string): Promise<Item[]> {
  const out: Item[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const res = await app.request(`/api/notifications?limit=100&offset=${offset}${query}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    out.push(...body.notifications);
    offset = body.next_offset;
  }
  return out;
}

describe('GET /api/notifications?type', () => {
  it('keeps only the listed types, in order, each once, from the same upstream blocks', async () => {
    const { app, upstreamRequests } = harness({ blockSize: 500 });
    const everything = await all(app, '');
    const calls = upstreamRequests.length;
    const demotes = await all(app, '&type=demote,promote');
    expect(demotes.length).toBeGreaterThan(0);
    expect(demotes).toEqual(everything.filter((n) => n.type === 'demote' || n.type === 'promote'));
    // Served from the cached blocks of the unfiltered list: no further upstream call.
    expect(upstreamRequests.length).toBe(calls);
  });

  it('excludes types prefixed with !, and combines with the time range', async () => {
    const { app } = harness();
    const everything = await all(app, '&start_time=2026-10-01');
    const rest = await all(app, '&start_time=2026-10-01&type=!add,!remove,!leave,!invite');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest).toEqual(
      everything.filter((n) => !['add', 'remove', 'leave', 'invite'].includes(n.type)),
    );
  });

  it('returns partial pages with a cursor: next_offset is a raw position', async () => {
    const { app } = harness();
    const page = (await (
      await app.request('/api/notifications?limit=5&type=demote')
    ).json()) as Body;
    expect(page.notifications).toHaveLength(5);
    expect(page.notifications.every((n) => n.type === 'demote')).toBe(true);
    // Demotes are ~3% of events, so five of them sit far past raw position 5.
    expect(page.next_offset).toBeGreaterThan(20);
  });

  it('says how far back a page searched: scanned_to is the oldest item examined, matching or not', async () => {
    const { app } = harness();
    const everything = await all(app, '');
    const page = (await (
      await app.request('/api/notifications?limit=5&type=demote')
    ).json()) as Body;
    expect(page.next_offset).not.toBeNull();
    expect(page.scanned_to).toBe(everything[page.next_offset! - 1]!.timestamp);
    const plain = (await (await app.request('/api/notifications?limit=5')).json()) as Body;
    expect(plain.scanned_to).toBe(plain.notifications[4]!.timestamp);
    const past = (await (
      await app.request(`/api/notifications?offset=${everything.length}&type=demote`)
    ).json()) as Body;
    expect(past).toMatchObject({ notifications: [], next_offset: null, scanned_to: null });
  });

  it.each(['', 'add;remove', 'ADD', `${'a,'.repeat(41)}a`, '!'])(
    'answers 400 problem+json naming type for %j',
    async (type) => {
      const { app } = harness();
      const res = await app.request(`/api/notifications?type=${encodeURIComponent(type)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const body = (await res.json()) as { code: string; errors: { name: string }[] };
      expect(body.code).toBe('invalid_parameter');
      expect(body.errors.map((e) => e.name)).toEqual(['type']);
    },
  );
});
