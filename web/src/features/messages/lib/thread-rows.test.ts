import { describe, expect, it } from 'vitest';
import { withDayDividers, type ThreadItem } from './thread-rows.ts';

const entry = (key: string, date: Date): ThreadItem => ({
  kind: 'entry',
  key,
  timestamp: date.toISOString(),
  node: key,
});
const now = new Date(2025, 0, 27, 12);
const items = [
  entry('a', new Date(2025, 0, 26, 9)),
  entry('b', new Date(2025, 0, 26, 10)),
  entry('c', new Date(2025, 0, 27, 8)),
];

describe('withDayDividers', () => {
  it('puts a divider before each day when the start is loaded', () => {
    expect(
      withDayDividers(items, false, now).map((r) => (r.kind === 'day' ? r.label : r.key)),
    ).toEqual(['Yesterday', 'a', 'b', 'Today', 'c']);
  });

  it('leaves the first loaded day open while older items may exist', () => {
    expect(withDayDividers(items, true, now).map((r) => r.key)).toEqual([
      'a',
      'b',
      expect.stringMatching(/^day-/),
      'c',
    ]);
  });
});

describe('runs of one sender', () => {
  const message = (id: string, date: Date, from: string | 'me'): ThreadItem => ({
    kind: 'message',
    key: `m-${id}`,
    timestamp: date.toISOString(),
    message: {
      message_id: id,
      from_me: from === 'me',
      sender_phone: from === 'me' ? '15550001111@c.us' : from,
      author: null,
    } as never,
  });
  const continues = (rows: ReturnType<typeof withDayDividers>) =>
    rows.flatMap((r) =>
      r.kind === 'message' ? [`${r.key}:${r.continues ? 'cont' : 'start'}`] : [r.kind],
    );

  it('continues a run for the same sender on the same day, not across a day, an event or a side change', () => {
    const rows = withDayDividers(
      [
        message('1', new Date(2025, 0, 26, 9), '911@c.us'),
        message('2', new Date(2025, 0, 26, 9, 1), '911@c.us'),
        message('3', new Date(2025, 0, 26, 9, 2), '922@c.us'),
        message('4', new Date(2025, 0, 26, 9, 3), 'me'),
        message('5', new Date(2025, 0, 26, 9, 4), 'me'),
        entry('event', new Date(2025, 0, 26, 9, 5)),
        message('6', new Date(2025, 0, 26, 9, 6), 'me'),
        message('7', new Date(2025, 0, 27, 8), 'me'),
      ],
      false,
      now,
    );
    expect(continues(rows)).toEqual([
      'day',
      'm-1:start',
      'm-2:cont',
      'm-3:start',
      'm-4:start',
      'm-5:cont',
      'entry',
      'm-6:start',
      'day',
      'm-7:start',
    ]);
  });
});

describe('runs around service entries', () => {
  const message = (id: string, minute: number, message_type = 'chat'): ThreadItem => ({
    kind: 'message',
    key: `m-${id}`,
    timestamp: new Date(2025, 0, 26, 9, minute).toISOString(),
    message: {
      message_id: id,
      message_type,
      is_deleted: null,
      from_me: false,
      sender_phone: '911@c.us',
      author: null,
    } as never,
  });

  it('a centred system line (encryption notice, timer change) breaks a run of one sender', () => {
    const rows = withDayDividers(
      [message('1', 1), message('e2e', 2, 'e2e_notification'), message('2', 3)],
      false,
      now,
    );
    expect(
      rows.flatMap((r) =>
        r.kind === 'message' ? [`${r.key}:${r.continues ? 'cont' : 'start'}`] : [],
      ),
    ).toEqual(['m-1:start', 'm-e2e:start', 'm-2:start']);
  });
});

describe('run decisions kept across pages', () => {
  const message = (id: string, hour: number, from: string): ThreadItem => ({
    kind: 'message',
    key: `m-${id}`,
    timestamp: new Date(2025, 0, 26, hour).toISOString(),
    message: { message_id: id, from_me: false, sender_phone: from, author: null } as never,
  });

  it('keeps the first loaded message a run start when the older page brings the same sender before it', () => {
    const runs = new Map<string, boolean>();
    const first = withDayDividers(
      [message('2', 10, '911@c.us'), message('3', 11, '911@c.us')],
      true,
      now,
      runs,
    );
    expect(first.flatMap((r) => (r.kind === 'message' ? [Boolean(r.continues)] : []))).toEqual([
      false,
      true,
    ]);
    const after = withDayDividers(
      [message('1', 9, '911@c.us'), message('2', 10, '911@c.us'), message('3', 11, '911@c.us')],
      true,
      now,
      runs,
    );
    expect(after.flatMap((r) => (r.kind === 'message' ? [Boolean(r.continues)] : []))).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('items without a time', () => {
  const undated = (key: string): ThreadItem => ({ kind: 'entry', key, timestamp: null, node: key });
  const labels = (rows: ReturnType<typeof withDayDividers>) =>
    rows.map((r) => (r.kind === 'day' ? r.label : r.key));

  it('belong to the day of the item before them: no divider of their own, never "Invalid Date" or 1970', () => {
    const rows = withDayDividers(
      [
        entry('a', new Date(2025, 0, 26, 9)),
        undated('x'),
        entry('c', new Date(2025, 0, 27, 8)),
        undated('y'),
      ],
      false,
      now,
    );
    expect(labels(rows)).toEqual(['Yesterday', 'a', 'x', 'Today', 'c', 'y']);
  });

  it("at the start take the first dated item's day", () => {
    expect(
      labels(withDayDividers([undated('x'), entry('c', new Date(2025, 0, 27, 8))], false, now)),
    ).toEqual(['Today', 'x', 'c']);
    const rows = withDayDividers([undated('x'), entry('c', new Date(2025, 0, 27, 8))], true, now);
    expect(labels(rows)).toEqual(['x', 'c']);
  });

  it('get no divider at all when nothing has a time', () => {
    expect(labels(withDayDividers([undated('x'), undated('y')], false, now))).toEqual(['x', 'y']);
  });

  it('keep a run of one sender going', () => {
    const message = (id: string, timestamp: string | null): ThreadItem => ({
      kind: 'message',
      key: `m-${id}`,
      timestamp,
      message: { message_id: id, from_me: false, sender_phone: '911@c.us', author: null } as never,
    });
    const rows = withDayDividers(
      [message('1', new Date(2025, 0, 27, 8).toISOString()), message('2', null)],
      false,
      now,
    );
    expect(
      rows.map((r) =>
        r.kind === 'message' ? `${r.key}:${r.continues ? 'cont' : 'start'}` : r.kind,
      ),
    ).toEqual(['day', 'm-1:start', 'm-2:cont']);
  });
});
