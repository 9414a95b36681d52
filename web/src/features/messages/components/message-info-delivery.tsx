/**
 * Delivery in "Message info": the state of an own message and per-recipient delivered / read
 * times from `delivery_info` (names from the chat's members, useMembers).
 */
import { AckTicks } from '@/features/shared/components/ack-ticks.tsx';
import { ackState } from '@/lib/ack-state.ts';
import type { Message } from '@/lib/api-types.ts';
import { formatDateTime, formatTime, localDayKey } from '@/lib/format.ts';
import { deliveryReceipts, type Receipt } from '../lib/delivery-receipts.ts';
import { useMembers } from './members-context.tsx';

/** Delivery state and per-recipient receipts of an own message. */
export function MessageInfoDelivery({ message, isGroup }: { message: Message; isGroup: boolean }) {
  const members = useMembers();
  const state = ackState(message.ack, isGroup);
  const summary = deliveryReceipts(message.delivery_info, members);
  return (
    <section aria-labelledby="message-info-delivery">
      <h3
        id="message-info-delivery"
        className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase"
      >
        Delivery
      </h3>
      <p className="flex items-center gap-2">
        <AckTicks ack={message.ack} isGroup={isGroup} />
        <span>{state?.label ?? 'Unknown'}</span>
        {summary && isGroup && (
          <span className="text-slate-500">
            · read by {summary.readCount}, delivered to {summary.deliveredCount}
            {summary.pendingCount > 0 && `, ${summary.pendingCount} waiting`}
          </span>
        )}
      </p>
      {!summary || summary.receipts.length === 0 ? (
        <p className="mt-2 text-slate-500">No per-recipient receipts recorded for this message.</p>
      ) : (
        <table className="mt-2 w-full text-left text-xs">
          <thead className="text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-normal">
                Recipient
              </th>
              <th scope="col" className="py-1 font-normal">
                Delivered
              </th>
              <th scope="col" className="py-1 font-normal">
                Read
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.receipts.map((receipt) => (
              <ReceiptRow key={receipt.contactId} receipt={receipt} sentAt={message.timestamp} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * A receipt instant: the time alone on the day the message was sent, else date and time (always
 * date and time when the message has no time).
 */
function receiptTime(ms: number, sentAt: string | null): string {
  const iso = new Date(ms).toISOString();
  return sentAt && localDayKey(iso) === localDayKey(sentAt) ? formatTime(iso) : formatDateTime(ms);
}

function ReceiptRow({ receipt, sentAt }: { receipt: Receipt; sentAt: string | null }) {
  return (
    <tr data-status={receipt.status} className="border-t border-slate-100 align-top">
      <th scope="row" className="py-1.5 pr-2 font-normal break-words">
        {receipt.name}
      </th>
      <td className="py-1.5 pr-2 text-slate-600">
        {receipt.deliveredAt !== null
          ? receiptTime(receipt.deliveredAt, sentAt)
          : receipt.status === 'pending'
            ? 'Waiting'
            : '—'}
      </td>
      <td className="py-1.5 text-slate-600">
        {receipt.readAt !== null ? receiptTime(receipt.readAt, sentAt) : '—'}
      </td>
    </tr>
  );
}
