/**
 * The open chat as the route shows it: its details (GET /api/chats/:chatId), its members, its
 * name (the number until the details load), whether it is a group (from the id until then), and
 * for groups the org's phones (GET /api/phones) that name group events.
 * Shape: `useOpenChat(chatId)` → `{ detail (the query), members, label, isGroup, orgPhones }`.
 */
import { useQuery } from '@tanstack/react-query';
import { chatQueries } from '@/features/chats/api/chat-queries.ts';
import { chatDisplayName } from '@/lib/chat-labels.ts';
import { formatChatId } from '@/lib/format.ts';

export function useOpenChat(chatId: string) {
  const detail = useQuery(chatQueries.detail(chatId));
  const members = detail.data?.members ?? undefined;
  const label = detail.data ? chatDisplayName(detail.data) : formatChatId(chatId);
  const isGroup = detail.data ? detail.data.chat_type === 'group' : chatId.endsWith('@g.us');
  const phones = useQuery({ ...chatQueries.phones(), enabled: isGroup });
  return { detail, members, label, isGroup, orgPhones: phones.data?.phones };
}
