/**
 * The message a reply quotes (`quoted_message_id`): sender and a one-line preview. It is read
 * from the loaded thread when there, else fetched (GET /api/messages/:id) once the bubble is on
 * screen and the reader has stopped scrolling. With `onQuoteClick` it is a button (the thread
 * scrolls to the original).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Message } from '@/lib/api-types.ts';
import { describeMessage, summariseMessage } from '@/lib/describe-message.ts';
import { memberName } from '@/lib/members.ts';
import { messageQueries } from '@/features/messages/api/message-queries.ts';
import { useMembers } from '../members-context.tsx';

export interface QuotedMessageProps {
  messageId: string;
  /** Chat of the reply: its loaded pages may already hold the quoted message. */
  chatId: string;
  /** Fetch now if not loaded (on screen, not scrolling). */
  enabled: boolean;
  onQuoteClick?: ((messageId: string) => void) | undefined;
}

const BOX =
  'mb-1 block w-full min-w-0 rounded-md border-l-4 border-teal-600 bg-black/5 px-2 py-1 text-left text-xs';

/**
 * "Loading…" until the original is known; "Original message not available" when it cannot be
 * fetched.
 */
export function QuotedMessage({ messageId, chatId, enabled, onQuoteClick }: QuotedMessageProps) {
  const queryClient = useQueryClient();
  const members = useMembers();
  const loaded = queryClient
    .getQueryData(messageQueries.list(chatId).queryKey)
    ?.pages.flatMap((page) => page.messages)
    .find((m) => m.message_id === messageId);
  const detail = useQuery({ ...messageQueries.detail(messageId), enabled: enabled && !loaded });
  const quoted: Message | undefined = loaded ?? detail.data;
  const sender = quoted
    ? quoted.from_me
      ? 'You'
      : memberName(members, quoted.sender_phone ?? quoted.author ?? '')
    : null;
  const preview = quoted
    ? describeMessage(summariseMessage(quoted)) || ' '
    : detail.isError
      ? 'Original message not available'
      : 'Loading…';
  const content = (
    <>
      {/* The sender line always takes its space (a blank one until the original is known), so the
          bubble keeps its height when the original arrives: an older page bringing it in grew
          the row by one line and moved the reader 16 px (bench:ui). */}
      <span
        aria-hidden={sender ? undefined : true}
        className="block truncate font-semibold text-teal-700"
      >
        {sender ?? '\u00a0'}
      </span>
      <span className="block truncate text-slate-600">{preview}</span>
    </>
  );
  if (!onQuoteClick) return <blockquote className={BOX}>{content}</blockquote>;
  return (
    <button
      type="button"
      onClick={() => onQuoteClick(messageId)}
      title="Go to the original message"
      className={`${BOX} hover:bg-black/10 focus-visible:outline-2 focus-visible:outline-wa-teal`}
    >
      {content}
    </button>
  );
}
