/**
 * "Message info" (issue 5 §7): a side drawer over the thread for one message: what it is, who
 * sent it and through what (`performed_by`), its delivery state and per-recipient delivered /
 * read times from `delivery_info` (names from the chat's members), its ids, and its JSON for
 * support engineers. A modal `<dialog>`: Esc and Close dismiss it, focus returns to the thread.
 */
import { AckTicks } from '../../../components/ui/ack-ticks.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ackState } from '../../../lib/ack-state.ts';
import type { Members, Message } from '../../../lib/api-types.ts';
import { formatDateTime, formatPhone, formatTime, localDayKey } from '../../../lib/format.ts';
import { memberName } from '../../../lib/members.ts';
import { useModalDialog } from '../hooks/use-modal-dialog.ts';
import { describeMessage } from '../lib/describe-message.ts';
import { deliveryReceipts, type Receipt } from '../lib/delivery-receipts.ts';
import { CopyTextButton } from './copy-text-button.tsx';

export interface MessageInfoDrawerProps {
  message: Message;
  isGroup: boolean;
  members: Members | undefined;
  onClose: () => void;
}

/** Ids a support engineer may need, in the order Periskope's docs list them (§4.3). */
const ID_FIELDS = ['message_id', 'unique_id', 'chat_id', 'org_phone', 'sent_message_id', 'quoted_message_id', 'broadcast_id'] as const;

export function MessageInfoDrawer({ message, isGroup, members, onClose }: MessageInfoDrawerProps) {
  const dialog = useModalDialog(onClose);
  const json = JSON.stringify(message, null, 2);
  return (
    <dialog
      {...dialog}
      aria-labelledby="message-info-title"
      // A click on the backdrop (the dialog element itself, outside the panel) closes it.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      className="mr-0 ml-auto h-full max-h-none w-[min(26rem,100vw)] max-w-none bg-surface p-0 text-slate-900 shadow-xl backdrop:bg-neutral-950/30"
    >
      <div className="flex h-full flex-col">
        <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-3">
          <h2 id="message-info-title" className="flex-1 text-base font-medium">Message info</h2>
          <Button size="sm" variant="secondary" onClick={onClose} autoFocus>Close</Button>
        </header>
        <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-4 py-4 text-sm">
          <p className="rounded-lg bg-slate-50 px-3 py-2 break-words text-slate-700">{describeMessage(message) || '(empty message)'}</p>
          <Facts message={message} members={members} />
          {message.from_me && !message.is_private_note && <Delivery message={message} isGroup={isGroup} members={members} />}
          <section aria-labelledby="message-info-ids">
            <h3 id="message-info-ids" className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Ids</h3>
            <dl className="space-y-2">
              {messageIds(message).map(([field, value]) => (
                  <div key={field}>
                    <dt className="font-mono text-[11px] text-slate-500">{field}</dt>
                    <dd className="flex items-start gap-2">
                      <code className="min-w-0 flex-1 font-mono text-xs break-all select-all">{value}</code>
                      <CopyTextButton text={value} label={`Copy ${field}`} />
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
          <details className="group/json">
            <summary className="cursor-pointer text-xs font-medium tracking-wide text-slate-500 uppercase">
              Message JSON
            </summary>
            <p className="mt-2 text-xs text-slate-500">As this inbox's server passes it on: normalised (numbers for `ack`, absolute media URLs) and limited to the fields it knows.</p>
            <div className="mt-2 flex justify-end">
              <CopyTextButton text={json} label="Copy JSON" />
            </div>
            <pre aria-label="Message JSON" className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-50 p-2 font-mono text-[11px] leading-snug whitespace-pre-wrap break-all">{json}</pre>
          </details>
        </div>
      </div>
    </dialog>
  );
}

/** @returns `[field, value]` of every id the message carries; `id.serialized` last, when it differs from `message_id` */
function messageIds(message: Message): [string, string][] {
  const serialized = message.id?.serialized;
  const ids: [string, string | null | undefined][] = [
    ...ID_FIELDS.map((field): [string, string | null] => [field, message[field]]),
    ['id.serialized', serialized === message.message_id ? null : serialized],
  ];
  return ids.filter((entry): entry is [string, string] => Boolean(entry[1]));
}

/** Sender, time, how it was sent. */
function Facts({ message, members }: { message: Message; members: Members | undefined }) {
  const senderId = message.sender_phone ?? message.author;
  const sender = message.from_me
    ? `You${message.org_phone ? ` (${formatPhone(message.org_phone)})` : ''}`
    : senderId
      ? `${memberName(members, senderId)} · ${formatPhone(senderId)}`
      : 'Unknown';
  const rows: [string, string][] = [
    ['Type', message.message_type],
    ['From', sender],
    ['Sent', formatDateTime(message.timestamp)],
  ];
  if (message.performed_by) rows.push(['Sent through', message.performed_by]);
  if (message.is_private_note) rows.push(['Private note', 'Seen only inside the team, never sent on WhatsApp']);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Delivery state and per-recipient receipts of an own message. */
function Delivery({ message, isGroup, members }: { message: Message; isGroup: boolean; members: Members | undefined }) {
  const state = ackState(message.ack, isGroup);
  const summary = deliveryReceipts(message.delivery_info, members);
  return (
    <section aria-labelledby="message-info-delivery">
      <h3 id="message-info-delivery" className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Delivery</h3>
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
              <th scope="col" className="py-1 font-normal">Recipient</th>
              <th scope="col" className="py-1 font-normal">Delivered</th>
              <th scope="col" className="py-1 font-normal">Read</th>
            </tr>
          </thead>
          <tbody>
            {summary.receipts.map((receipt) => <ReceiptRow key={receipt.contactId} receipt={receipt} sentAt={message.timestamp} />)}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A receipt instant: the time alone on the day the message was sent, else date and time. */
function receiptTime(ms: number, sentAt: string): string {
  const iso = new Date(ms).toISOString();
  return localDayKey(iso) === localDayKey(sentAt) ? formatTime(iso) : formatDateTime(ms);
}

function ReceiptRow({ receipt, sentAt }: { receipt: Receipt; sentAt: string }) {
  return (
    <tr data-status={receipt.status} className="border-t border-slate-100 align-top">
      <th scope="row" className="py-1.5 pr-2 font-normal break-words">{receipt.name}</th>
      <td className="py-1.5 pr-2 text-slate-600">{receipt.deliveredAt !== null ? receiptTime(receipt.deliveredAt, sentAt) : receipt.status === 'pending' ? 'Waiting' : '—'}</td>
      <td className="py-1.5 text-slate-600">{receipt.readAt !== null ? receiptTime(receipt.readAt, sentAt) : '—'}</td>
    </tr>
  );
}
