/**
 * The small type marker beside a chat's name: a group, a business, or (for `unknown` and any kind
 * Periskope adds) a neutral chat icon named by the kind; a 1:1 chat with a user has none.
 */
import { BusinessIcon, ChatKindIcon, GroupIcon } from '@/components/ui/icons.tsx';
import type { ChatListItem } from '@/lib/api-types.ts';
import { chatTypeLabel } from '@/lib/chat-labels.ts';

/** An `img` named by the type (e.g. "Group", "Unknown", "newsletter"), or nothing for `user`. */
export function ChatTypeIcon({
  chatType,
  className,
}: {
  chatType: ChatListItem['chat_type'];
  className?: string;
}) {
  if (chatType === 'user') return null;
  if (chatType === 'group') return <GroupIcon label="Group" className={className} />;
  if (chatType === 'business') return <BusinessIcon label="Business" className={className} />;
  return <ChatKindIcon label={`Chat type: ${chatTypeLabel(chatType)}`} className={className} />;
}
