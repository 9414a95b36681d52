/**
 * URL filter state → GET /api/chats query parameters.
 */
import type { ChatListParams } from '../api/chat-queries.ts';
import { dayRangeQuery, type ChatFilterState } from './chat-filters.ts';

/**
 * @returns the list's query without paging; `q`, `unread` and `assigned_to` make the BFF answer
 *   from its chat index, the rest go to Periskope as is (docs/periskope-api.md#endpoints GET
 *   /chats)
 */
export function chatListParams(state: ChatFilterState): ChatListParams {
  const params: ChatListParams = {
    sort_by: state.sort_by,
    sort_order: state.sort_order,
    ...dayRangeQuery(state),
  };
  if (state.q) params.q = state.q;
  if (state.chat_type) params.chat_type = state.chat_type;
  if (state.label) params.label = state.label;
  if (state.phone) params.phone = state.phone;
  if (state.unread) params.unread = 'true';
  if (state.assigned_to) params.assigned_to = state.assigned_to;
  return params;
}
