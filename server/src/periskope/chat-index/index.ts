/**
 * periskope/chat-index: the per-phone index of every chat's summary (docs/decisions/004), which
 * answers searches, the unread/assignee filters and the facet counts that Periskope's list
 * endpoint cannot (docs/periskope-api.md#endpoints).
 */
export {
  ChatIndex,
  type ChatIndexOptions,
  type ChatPageLoader,
  type IndexStatus,
} from './chat-index.ts';
export type { ChatFacets, ChatIndexQuery, ChatListItem, ChatMatch, SearchResult } from './query.ts';
export { MAX_QUERY, MIN_NUMBER_DIGITS } from './search.ts';
export {
  PREVIEW_BODY_CHARS,
  chatSummary,
  type ChatSummary,
  type MessagePreview,
} from './summary.ts';
