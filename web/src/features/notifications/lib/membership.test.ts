import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfLocalDay, eventSubjects, memberEvents, membersOnDate } from './membership.ts';

const ev = (
  type: string | null,
  timestamp: string | null,
  recipientids: string[] = [],
  author = 'admin@c.us',
) => ({ type, timestamp, recipientids, author });
const DAY = 86_400_000;
const t = (iso: string) => Date.parse(iso);

// Newest first, as pages arrive: ana added on 10-05, ben left on 10-04, cy removed on 10-03,
// dee joined by link on 10-02, the group created on 10-01.
const EVENTS = [
  ev('add', '2026-10-05T10:00:00Z', ['ana@c.us']),
  ev('promote', '2026-10-04T12:00:00Z', ['dee@c.us']),
  ev('leave', '2026-10-04T10:00:00Z', [], 'ben@c.us'),
  ev('remove', '2026-10-03T10:00:00Z', ['cy@c.us']),
  ev('invite', '2026-10-02T10:00:00Z', ['dee@c.us'], 'dee@c.us'),
  ev('create', '2026-10-01T10:00:00Z'),
];
const CURRENT = ['admin@c.us', 'ana@c.us', 'dee@c.us'];

describe('eventSubjects', () => {
  it('is recipientids, else the author of a leave or invite', () => {
    expect(eventSubjects(ev('add', '', ['x@c.us']))).toEqual(['x@c.us']);
    expect(eventSubjects(ev('leave', '', [], 'y@c.us'))).toEqual(['y@c.us']);
    expect(eventSubjects(ev('subject', '', [], 'y@c.us'))).toEqual([]);
  });
});

describe('memberEvents', () => {
  it("keeps a member's joins, leaves and role changes only", () => {
    expect(memberEvents(EVENTS, 'dee@c.us').map((e) => e.type)).toEqual(['promote', 'invite']);
    expect(memberEvents(EVENTS, 'ben@c.us').map((e) => e.type)).toEqual(['leave']);
    expect(memberEvents(EVENTS, 'admin@c.us')).toEqual([]);
  });
});

describe('membersOnDate', () => {
  it('undoes the membership events after the instant, walking back from now', () => {
    const r = membersOnDate({
      current: CURRENT,
      events: EVENTS,
      at: t('2026-10-03T23:59:59Z'),
      allLoaded: true,
    });
    expect(r).toEqual({
      members: ['admin@c.us', 'ben@c.us', 'dee@c.us'],
      joinedSince: ['ana@c.us'],
      leftSince: ['ben@c.us'],
      beforeCreation: false,
      incomplete: null,
    });
  });

  it('puts a removed member back and takes an invited one out before their events', () => {
    const r = membersOnDate({
      current: CURRENT,
      events: [...EVENTS].reverse(),
      at: t('2026-10-01T12:00:00Z'),
      allLoaded: true,
    });
    expect(r.members).toEqual(['admin@c.us', 'ben@c.us', 'cy@c.us']);
    expect(r.incomplete).toBeNull();
  });

  it('is the current members after the newest event', () => {
    const r = membersOnDate({
      current: CURRENT,
      events: EVENTS,
      at: t('2026-10-06T00:00:00Z'),
      allLoaded: false,
    });
    expect(r).toMatchObject({
      members: [...CURRENT].sort(),
      joinedSince: [],
      leftSince: [],
      incomplete: null,
    });
  });

  it('says the group did not exist before its create event or created_at', () => {
    expect(
      membersOnDate({
        current: CURRENT,
        events: EVENTS,
        at: t('2026-09-30T00:00:00Z'),
        allLoaded: true,
      }),
    ).toMatchObject({ members: [], beforeCreation: true, incomplete: null });
    expect(
      membersOnDate({
        current: CURRENT,
        events: [],
        at: t('2026-09-30T00:00:00Z'),
        allLoaded: true,
        createdAt: '2026-10-01T00:00:00Z',
      }).beforeCreation,
    ).toBe(true);
  });

  it('is incomplete while older pages are not loaded back to the instant', () => {
    const recent = EVENTS.slice(0, 2);
    const r = membersOnDate({
      current: CURRENT,
      events: recent,
      at: t('2026-10-02T00:00:00Z'),
      allLoaded: false,
    });
    expect(r.incomplete).toBe('not-loaded');
    expect(r.members).toEqual(['admin@c.us', 'dee@c.us']);
  });

  it('is incomplete before the oldest event when no create event was seen', () => {
    const noCreate = EVENTS.slice(0, -1);
    const r = membersOnDate({
      current: CURRENT,
      events: noCreate,
      at: t('2026-10-01T00:00:00Z') - DAY,
      allLoaded: true,
    });
    expect(r).toMatchObject({ incomplete: 'before-history', beforeCreation: false });
  });
});

describe('membersOnDate with events Periskope sent without a type or a time', () => {
  it("an unknown event changes nobody, and is no member's event", () => {
    const events = [ev(null, '2026-10-05T10:00:00Z', ['ana@c.us']), ...EVENTS.slice(1)];
    expect(memberEvents(events, 'ana@c.us')).toEqual([]);
    expect(
      membersOnDate({ current: CURRENT, events, at: t('2026-10-04T23:00:00Z'), allLoaded: true })
        .members,
    ).toContain('ana@c.us');
  });

  it('an event without a time counts where its page put it, between its neighbours', () => {
    // Ana's add has no time; it sits between a subject change (10-05) and dee's promotion (10-04
    // 12:00).
    const events = [
      ev('subject', '2026-10-05T10:00:00Z'),
      ev('add', null, ['ana@c.us']),
      ...EVENTS.slice(1),
    ];
    expect(
      membersOnDate({ current: CURRENT, events, at: t('2026-10-04T13:00:00Z'), allLoaded: true })
        .members,
    ).toContain('ana@c.us');
    expect(
      membersOnDate({ current: CURRENT, events, at: t('2026-10-04T11:00:00Z'), allLoaded: true })
        .members,
    ).not.toContain('ana@c.us');
  });

  it("an undated create event never moves the group's creation", () => {
    const events = [...EVENTS.slice(0, -1), ev('create', null)];
    expect(
      membersOnDate({
        current: CURRENT,
        events,
        at: t('2026-09-30T00:00:00Z'),
        allLoaded: true,
        createdAt: null,
      }).beforeCreation,
    ).toBe(false);
  });
});

describe('endOfLocalDay', () => {
  // Pinned to a zone with daylight saving time (from 2026-03-08), so the expectations are literal
  // instants.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is the last millisecond of the local day', () => {
    expect(endOfLocalDay('2026-03-09')).toBe(Date.parse('2026-03-10T03:59:59.999Z'));
    expect(endOfLocalDay('2026-12-31')).toBe(Date.parse('2027-01-01T04:59:59.999Z'));
    // The day the clocks go forward has 23 hours.
    expect(endOfLocalDay('2026-03-08')).toBe(Date.parse('2026-03-09T03:59:59.999Z'));
  });

  it('is null for anything else', () => {
    expect(endOfLocalDay('')).toBeNull();
    expect(endOfLocalDay('9 March')).toBeNull();
  });
});
