/**
 * Paging, time-range and enum parsers.
 */
import { describe, expect, it } from 'vitest';
import { enumParam } from './enum-param.ts';
import { envelope, parsePaging } from './paging.ts';
import { parseTimeRange } from './time-range.ts';

const q =
  (params: Record<string, string>) =>
  (name: string): string | undefined =>
    params[name];

describe('parsePaging', () => {
  it('defaults to offset 0, limit 2000; accepts 2000; rejects 2001 with the documented body', () => {
    expect(parsePaging(q({}))).toEqual({ offset: 0, limit: 2000 });
    expect(parsePaging(q({ limit: '2000', offset: '7' }))).toEqual({ offset: 7, limit: 2000 });
    expect(parsePaging(q({ limit: '2001' }))).toMatchObject({
      message: 'Limit should be less than ${MAX_LIMIT}',
    });
  });
});

describe('envelope', () => {
  it('is 1-based and keyed alphabetically; an empty page has from = to = offset', () => {
    expect(envelope('chats', 0, ['a', 'b'])).toStrictEqual({
      chats: ['a', 'b'],
      count: 2,
      from: 1,
      to: 2,
    });
    expect(JSON.stringify(envelope('messages', 4, [1]))).toBe(
      '{"count":1,"from":5,"messages":[1],"to":5}',
    );
    expect(envelope('chats', 9, [])).toStrictEqual({ chats: [], count: 0, from: 9, to: 9 });
  });
});

describe('parseTimeRange', () => {
  it('dates cover whole UTC days; ISO timestamps are exact; impossible dates fail', () => {
    expect(parseTimeRange(q({ start_time: '2025-04-25', end_time: '2025-04-25' }))).toEqual({
      startMs: Date.UTC(2025, 3, 25),
      endMs: Date.UTC(2025, 3, 26) - 1,
    });
    expect(parseTimeRange(q({ start_time: '2025-04-25T10:00:00Z' }))).toEqual({
      startMs: Date.UTC(2025, 3, 25, 10),
    });
    expect(parseTimeRange(q({ end_time: '2025-04-25T10:00:00+05:30' }))).toEqual({
      endMs: Date.UTC(2025, 3, 25, 4, 30),
    });
    expect(parseTimeRange(q({ start_time: '2025-04-31' }))).toMatchObject({
      code: 'VALIDATION_ERROR',
      fields: { start_time: { value: '2025-04-31' } },
    });
    expect(parseTimeRange(q({ end_time: 'yesterday' }))).toMatchObject({
      fields: { end_time: {} },
    });
  });
});

describe('enumParam', () => {
  it('accepts values and aliases, falls back when absent, 422s otherwise', () => {
    expect(
      enumParam('chat_type', 'individual', ['user', 'group'] as const, undefined, {
        individual: 'user',
      }),
    ).toBe('user');
    expect(enumParam('sort_order', undefined, ['asc', 'desc'] as const, 'desc')).toBe('desc');
    expect(enumParam('sort_order', 'up', ['asc', 'desc'] as const, 'desc')).toMatchObject({
      fields: { sort_order: { value: 'up' } },
    });
  });
});
