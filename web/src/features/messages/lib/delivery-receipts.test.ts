import { describe, expect, it } from 'vitest';
import type { Members } from '@/lib/api-types.ts';
import { makeMember, makeMembers } from '@/test/api-fixtures.ts';
import { deliveryReceipts } from './delivery-receipts.ts';

const members: Members = makeMembers(
  makeMember('919537851844@c.us', { contact_name: 'Asha' }),
  makeMember('447700900123@c.us', { contact_name: 'Ben' }),
  makeMember('15550001111@c.us', { verified_name: 'Acme Ltd' }),
);

describe('deliveryReceipts', () => {
  it('orders read (earliest first), then delivered, then pending, and names recipients', () => {
    const summary = deliveryReceipts(
      {
        delivered: {
          '919537851844@c.us': 1_700_000_000_000,
          '447700900123@c.us': 1_700_000_001_000,
          '15550001111@c.us': 1_700_000_000_500,
        },
        read: { '447700900123@c.us': 1_700_000_050_000, '919537851844@c.us': 1_700_000_060_000 },
        pending: ['4915112345678@c.us'],
        delivered_count: 3,
        read_count: 2,
      },
      members,
    );
    expect(summary?.receipts.map((r) => [r.name, r.status])).toEqual([
      ['Ben', 'read'],
      ['Asha', 'read'],
      ['Acme Ltd', 'delivered'],
      ['+49 1511 2345678', 'pending'],
    ]);
    expect(summary).toMatchObject({ readCount: 2, deliveredCount: 3, pendingCount: 1 });
  });

  it('counts a read receipt as delivered when the upstream left out the delivered entry', () => {
    const summary = deliveryReceipts(
      {
        delivered: {},
        read: { '919537851844@c.us': 5 },
        pending: [],
        delivered_count: 0,
        read_count: 0,
      },
      members,
    );
    expect(summary).toMatchObject({ readCount: 1, deliveredCount: 1, pendingCount: 0 });
    expect(summary?.receipts[0]).toMatchObject({ status: 'read', readAt: 5, deliveredAt: null });
  });

  it('is null without delivery_info', () => {
    expect(deliveryReceipts(null, members)).toBeNull();
  });
});
