/**
 * The inbox frame: teal header with the demo badge, the chat list (with its search, filters and
 * sort) on the left, and the routed centre (plus details) on the right. In table view the table
 * takes the centre; opening a chat returns to the list view with the same filters.
 */
import { lazy, Suspense, useCallback } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { ChatFilterBar } from '@/features/chats/components/chat-filter-bar.tsx';
import { ChatList } from '@/features/chats/components/chat-list.tsx';
import { useChatFilters } from '@/features/chats/hooks/use-chat-filters.ts';
import {
  activeFilterCount,
  clearChatFilters,
  writeChatFilters,
} from '@/features/chats/lib/chat-filters.ts';
import { chatListParams } from '@/features/chats/lib/chat-list-params.ts';
import { ThemeSelect } from '@/features/theme/theme-select.tsx';
import { DemoBadge } from '@/features/config/components/demo-badge.tsx';
import { useLabelNames } from '@/features/config/hooks/use-label-names.ts';
import { useRefreshInterval } from '@/features/config/hooks/use-refresh-interval.ts';
import type { ChatListItem } from '@/lib/api-types.ts';
import { chatPath, decodeChatId } from './chat-path.ts';

/** The table view (react-table) loads on demand: it is not part of the initial bundle. */
const ChatTable = lazy(() =>
  import('@/features/chats/components/chat-table.tsx').then((m) => ({ default: m.ChatTable })),
);

/**
 * Header links (they keep the search params: the chat list's filters and phone stay); the current
 * page (`aria-current="page"`) is underlined.
 */
const headerLink = (current: boolean) =>
  `rounded px-2 py-1 hover:bg-white/10 ${current ? 'text-white underline decoration-2 underline-offset-8' : 'text-white/80 hover:text-white'}`;

/** Layout route; the selected chat comes from the URL path, the filters from its search. */
export function InboxLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const { chatId } = useParams();
  const selected = chatId ? decodeChatId(chatId) : null;
  const onActivity = location.pathname.startsWith('/activity');
  const chatFilters = useChatFilters();
  const { filters, resetFilters } = chatFilters;
  const labelNames = useLabelNames();
  const refreshMs = useRefreshInterval();
  const params = chatListParams(filters);
  const openChat = useCallback(
    (chat: ChatListItem) => {
      const search = writeChatFilters(
        { ...filters, view: 'list' },
        new URLSearchParams(location.search),
      ).toString();
      void navigate({ pathname: chatPath(chat.chat_id), search: search ? `?${search}` : '' });
    },
    [filters, location.search, navigate],
  );
  const clear = () => resetFilters(clearChatFilters(filters));
  const filtered = activeFilterCount(filters) > 0;
  return (
    <div className="flex h-full flex-col bg-wa-backdrop text-slate-900">
      <header className="flex h-14 shrink-0 items-center gap-3 bg-wa-teal px-5 text-white dark:bg-wa-panel">
        <h1 className="text-lg font-semibold tracking-tight">Periskope Inbox</h1>
        <DemoBadge />
        <nav aria-label="Pages" className="ml-4 flex items-center gap-1 text-sm font-medium">
          <Link
            to={{ pathname: selected ? chatPath(selected) : '/', search: location.search }}
            aria-current={onActivity ? undefined : 'page'}
            className={headerLink(!onActivity)}
          >
            Chats
          </Link>
          <Link
            to={{ pathname: '/activity', search: location.search }}
            aria-current={onActivity ? 'page' : undefined}
            className={headerLink(onActivity)}
          >
            Activity
          </Link>
        </nav>
        <div className="ml-auto">
          <ThemeSelect />
        </div>
      </header>
      <div className="flex min-h-0 flex-1">
        <nav
          aria-label="Chat list"
          className="flex w-[360px] shrink-0 flex-col border-r border-slate-200 bg-slate-50"
        >
          <ChatFilterBar {...chatFilters} labelNames={labelNames} />
          {filters.view === 'list' && (
            <ChatList
              params={params}
              selectedChatId={selected}
              onSelectChat={openChat}
              filtered={filtered}
              onClearFilters={clear}
              labelNames={labelNames}
              refreshMs={refreshMs}
            />
          )}
        </nav>
        {filters.view === 'table' ? (
          <main className="flex min-w-0 flex-1 flex-col bg-surface">
            <Suspense fallback={<p className="p-6 text-sm text-slate-500">Loading the table…</p>}>
              <ChatTable
                params={params}
                sort={filters}
                onSort={(sort) => chatFilters.setFilters(sort)}
                onOpenChat={openChat}
                filtered={filtered}
                onClearFilters={clear}
                labelNames={labelNames}
                refreshMs={refreshMs}
              />
            </Suspense>
          </main>
        ) : (
          <Outlet />
        )}
      </div>
    </div>
  );
}
