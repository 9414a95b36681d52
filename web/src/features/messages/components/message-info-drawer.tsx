/**
 * "Message info": a side drawer over the thread for one message: what it is, who sent it and
 * through what (`performed_by`), its ticket, flag and pin (message-info-facts.tsx), its delivery
 * state and per-recipient receipts (message-info-delivery.tsx), its ids, and its JSON for support
 * engineers. A modal `<dialog>`: Esc and Close dismiss it, focus returns to the thread.
 */
import { Button } from '@/components/ui/button.tsx';
import type { Message } from '@/lib/api-types.ts';
import { describeMessage, summariseMessage } from '@/lib/describe-message.ts';
import { useModalDialog } from '../hooks/use-modal-dialog.ts';
import { CopyButton } from '@/components/ui/copy-button.tsx';
import { MessageInfoDelivery } from './message-info-delivery.tsx';
import { MessageInfoFacts } from './message-info-facts.tsx';

export interface MessageInfoDrawerProps {
  message: Message;
  isGroup: boolean;
  onClose: () => void;
}

/**
 * Ids a support engineer may need, in the order Periskope's docs list them
 * (docs/periskope-api.md#message), then the ticket's.
 */
const ID_FIELDS = [
  'message_id',
  'unique_id',
  'chat_id',
  'org_phone',
  'sent_message_id',
  'quoted_message_id',
  'broadcast_id',
  'message_ticket_id',
] as const;

export function MessageInfoDrawer({ message, isGroup, onClose }: MessageInfoDrawerProps) {
  const dialog = useModalDialog(onClose);
  const json = JSON.stringify(message, null, 2);
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a backdrop click is the mouse's Esc, which the dialog already handles
    <dialog
      {...dialog}
      aria-labelledby="message-info-title"
      // A click on the backdrop (the dialog element itself, outside the panel) closes it.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      className="mr-0 ml-auto h-full max-h-none w-[min(26rem,100vw)] max-w-none bg-surface p-0 text-slate-900 shadow-xl backdrop:bg-neutral-950/30"
    >
      <div className="flex h-full flex-col">
        <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-3">
          <h2 id="message-info-title" className="flex-1 text-base font-medium">
            Message info
          </h2>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the modal dialog's initial focus (HTML dialog focusing steps); the reader just opened it */}
          <Button size="sm" variant="secondary" onClick={onClose} autoFocus>
            Close
          </Button>
        </header>
        <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-4 py-4 text-sm">
          <p className="rounded-lg bg-slate-50 px-3 py-2 break-words text-slate-700">
            {describeMessage(summariseMessage(message)) || '(empty message)'}
          </p>
          <MessageInfoFacts message={message} />
          {message.from_me && !message.is_private_note && (
            <MessageInfoDelivery message={message} isGroup={isGroup} />
          )}
          <section aria-labelledby="message-info-ids">
            <h3
              id="message-info-ids"
              className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase"
            >
              Ids
            </h3>
            <dl className="space-y-2">
              {messageIds(message).map(([field, value]) => (
                <div key={field}>
                  <dt className="font-mono text-[11px] text-slate-500">{field}</dt>
                  <dd className="flex items-start gap-2">
                    <code className="min-w-0 flex-1 font-mono text-xs break-all select-all">
                      {value}
                    </code>
                    <CopyButton text={value} label={`Copy ${field}`} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <details className="group/json">
            <summary className="cursor-pointer text-xs font-medium tracking-wide text-slate-500 uppercase">
              Message JSON
            </summary>
            <p className="mt-2 text-xs text-slate-500">
              As this inbox's server passes it on: normalised (numbers for `ack`, absolute media
              URLs) and limited to the fields it knows.
            </p>
            <div className="mt-2 flex justify-end">
              <CopyButton text={json} label="Copy JSON" />
            </div>
            <pre
              aria-label="Message JSON"
              className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-50 p-2 font-mono text-[11px] leading-snug whitespace-pre-wrap break-all"
            >
              {json}
            </pre>
          </details>
        </div>
      </div>
    </dialog>
  );
}

/**
 * @returns `[field, value]` of every id the message carries; `id.serialized` last, when it differs
 * from `message_id`
 */
function messageIds(message: Message): [string, string][] {
  const serialized = message.id?.serialized;
  const ids: [string, string | null | undefined][] = [
    ...ID_FIELDS.map((field): [string, string | null] => [field, message[field]]),
    ['id.serialized', serialized === message.message_id ? null : serialized],
  ];
  return ids.filter((entry): entry is [string, string] => Boolean(entry[1]));
}
