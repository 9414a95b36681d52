/**
 * Per-recipient delivery of an own message, as WhatsApp's "Message info" shows it, from
 * `delivery_info` (docs/periskope-api.md#message): `delivered` and `read` map a recipient's contact
 * id to an epoch-ms instant and are absent when empty (docs/periskope-api.md#quirk-5); `pending`
 * lists ids not reached yet.
 */
import type { Members, Message } from '@/lib/api-types.ts';
import { memberName } from '@/lib/members.ts';

export type ReceiptStatus = 'read' | 'delivered' | 'pending';

export interface Receipt {
  /** `…@c.us` of the recipient. */
  contactId: string;
  /** Member name, else the formatted number. */
  name: string;
  status: ReceiptStatus;
  /** Delivered at, epoch ms; a read message counts as delivered even when the upstream omits it. */
  deliveredAt: number | null;
  /** Read at, epoch ms. */
  readAt: number | null;
}

export interface DeliverySummary {
  receipts: Receipt[];
  /** `delivery_info.read_count`, else the number of read receipts. */
  readCount: number;
  /** `delivery_info.delivered_count`, else the number of delivered (or read) receipts. */
  deliveredCount: number;
  /** Recipients still pending. */
  pendingCount: number;
}

const ORDER: Record<ReceiptStatus, number> = { read: 0, delivered: 1, pending: 2 };

/**
 * @param deliveryInfo - the message's `delivery_info` (null: nothing recorded)
 * @param members - the chat's members, to name recipients
 * @returns receipts ordered read (earliest first), then delivered, then pending (by name); null
 *   when `delivery_info` is null
 */
export function deliveryReceipts(
  deliveryInfo: Message['delivery_info'],
  members: Members | undefined,
): DeliverySummary | null {
  if (!deliveryInfo) return null;
  const { delivered, read, pending } = deliveryInfo;
  const ids = new Set([...Object.keys(read), ...Object.keys(delivered), ...pending]);
  const receipts = [...ids].map((contactId): Receipt => {
    const readAt = read[contactId] ?? null;
    const deliveredAt = delivered[contactId] ?? null;
    const status: ReceiptStatus =
      readAt !== null ? 'read' : deliveredAt !== null ? 'delivered' : 'pending';
    return { contactId, name: memberName(members, contactId), status, deliveredAt, readAt };
  });
  receipts.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.readAt ?? a.deliveredAt ?? 0) - (b.readAt ?? b.deliveredAt ?? 0) ||
      a.name.localeCompare(b.name),
  );
  const readReceipts = receipts.filter((r) => r.status === 'read').length;
  const reached = receipts.filter((r) => r.status !== 'pending').length;
  return {
    receipts,
    readCount: Math.max(deliveryInfo.read_count, readReceipts),
    deliveredCount: Math.max(deliveryInfo.delivered_count, reached),
    pendingCount: receipts.length - reached,
  };
}
