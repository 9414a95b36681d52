/**
 * A WhatsApp service entry in the thread, shown as a centred neutral line instead of a bubble:
 * the encryption notice (`e2e_notification`), a disappearing-messages timer change, group and
 * protocol entries (`gp2`, `notification`, `protocol`…). Worded by lib/describe-message.ts, so
 * the thread, the chat list and quoted replies say the same.
 */
import type { Message } from '@/lib/api-types.ts';
import { describeMessage, summariseMessage } from '@/lib/describe-message.ts';
import { formatTime } from '@/lib/format.ts';

/**
 * A centred line with its time when Periskope sent one. Not a `note` role, unlike group events:
 * it is part of the chat's messages, so "Hide group events" does not hide it.
 */
export function SystemNotice({ message }: { message: Message }) {
  const time = message.timestamp ? formatTime(message.timestamp) : '';
  return (
    <div className="flex justify-center px-[5%] py-1">
      <p
        data-message-type={message.message_type}
        className="max-w-[80%] rounded-md bg-wa-system/80 px-3 py-1 text-center text-xs break-words text-slate-600 shadow-bubble"
      >
        {describeMessage(summariseMessage(message))}
        {time && (
          <time
            dateTime={message.timestamp ?? undefined}
            className="ml-2 text-[11px] text-slate-400"
          >
            {time}
          </time>
        )}
      </p>
    </div>
  );
}
