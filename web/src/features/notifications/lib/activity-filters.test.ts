import { describe, expect, it } from 'vitest';
import { feedParams, parseActivityFilters, writeActivityFilters } from './activity-filters.ts';

describe('activity filters in the URL', () => {
  it('round-trips and keeps other params', () => {
    const filters = {
      phone: '918527184400',
      from: '2026-10-01',
      to: '2026-10-31',
      kinds: ['membership' as const, 'other' as const],
      type: undefined,
    };
    const params = writeActivityFilters(filters, new URLSearchParams('view=list'));
    expect(params.toString()).toBe(
      'view=list&phone=918527184400&from=2026-10-01&to=2026-10-31&kind=membership%2Cother',
    );
    expect(parseActivityFilters(params)).toEqual(filters);
  });

  it('drops malformed values', () => {
    expect(
      parseActivityFilters(
        new URLSearchParams('phone=<x>&from=yesterday&kind=nope,admin&type=DROP TABLE'),
      ),
    ).toEqual({
      phone: undefined,
      from: undefined,
      to: undefined,
      kinds: ['admin'],
      type: undefined,
    });
  });
});

describe('feedParams', () => {
  it('turns local days into an inclusive ISO range', () => {
    const p = feedParams({ from: '2026-10-01', to: '2026-10-02', kinds: [] });
    expect(p.start_time).toBe(new Date(2026, 9, 1).toISOString());
    expect(p.end_time).toBe(new Date(new Date(2026, 9, 3).getTime() - 1).toISOString());
    expect(p).not.toHaveProperty('type');
  });

  it('sends the type, else the kinds as a type list', () => {
    expect(feedParams({ kinds: ['admin'], type: 'subject' }).type).toBe('subject');
    expect(feedParams({ kinds: ['admin'] }).type).toBe('promote,demote');
    expect(feedParams({ kinds: [], phone: '91123456' })).toEqual({ phone: '91123456' });
  });
});
