/**
 * Right-hand pane of the open chat (from GET /api/chats/:chatId, fetched by the route and passed
 * in): a "Details" tab (name, facts, members) and, for groups, an "Activity" tab whose content
 * the route renders (the group's notification timeline). Clicking a member opens their history
 * in Activity.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import type { To } from 'react-router';
import { ErrorState } from '@/components/ui/error-state.tsx';
import { Skeleton } from '@/components/ui/skeleton.tsx';
import type { ChatDetail } from '@/lib/api-types.ts';
import { ChatDetailsTab } from './chat-details-tab.tsx';
import { DetailsTabs } from './details-tabs.tsx';

type Tab = 'details' | 'activity';
const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'activity', label: 'Activity' },
] as const;

/** What the Activity tab's content is given: the group, and the member whose history to show. */
export interface ActivityTabProps {
  chat: ChatDetail;
  /** The member whose history is shown (`…@c.us`), or null for everyone. */
  member: string | null;
  /** Shows a member's history (and selects the Activity tab), or everyone's with null. */
  onMember: (contactId: string | null) => void;
}

export interface ChatDetailsPanelProps {
  detail: UseQueryResult<ChatDetail>;
  /** Label id → name, for the chat's labels. */
  labelNames: Record<string, string>;
  /** Renders a group's Activity tab; without it, groups show the Details tab alone. */
  activity?: ((props: ActivityTabProps) => ReactNode) | undefined;
  /**
   * Link to a message in the thread (`/chats/:chatId/messages/:messageId`), for pinned messages.
   */
  messageHref?: ((messageId: string) => To) | undefined;
}

/** A `complementary` landmark named "Chat details". The chosen tab stays as chats change. */
export function ChatDetailsPanel({
  detail,
  labelNames,
  activity,
  messageHref,
}: ChatDetailsPanelProps) {
  const [tab, setTab] = useState<Tab>('details');
  return (
    <aside
      aria-label="Chat details"
      className="flex min-h-0 flex-1 flex-col overflow-y-auto border-l border-slate-200 bg-surface"
    >
      {detail.isPending ? (
        <div
          role="status"
          aria-label="Loading chat details"
          className="flex flex-col items-center gap-3 p-6"
        >
          <Skeleton className="size-24 rounded-full" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-3 w-24" />
        </div>
      ) : detail.isError ? (
        <ErrorState
          error={detail.error}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      ) : (
        <ChatPanes
          key={detail.data.chat_id}
          chat={detail.data}
          labelNames={labelNames}
          activity={activity}
          messageHref={messageHref}
          tab={tab}
          onTab={setTab}
        />
      )}
    </aside>
  );
}

/** Keyed by chat: the member shown in Activity resets when another chat opens. */
function ChatPanes({
  chat,
  labelNames,
  activity,
  messageHref,
  tab,
  onTab,
}: Pick<ChatDetailsPanelProps, 'labelNames' | 'activity' | 'messageHref'> & {
  chat: ChatDetail;
  tab: Tab;
  onTab: (t: Tab) => void;
}) {
  const idBase = useId();
  const [member, setMember] = useState<string | null>(null);
  // Only groups have notifications, hence an Activity tab.
  const hasActivity = chat.chat_type === 'group' && activity !== undefined;
  const showMember = (contactId: string | null) => {
    setMember(contactId);
    if (contactId) onTab('activity');
  };
  const details = (
    <ChatDetailsTab
      chat={chat}
      labelNames={labelNames}
      onSelectMember={hasActivity ? showMember : undefined}
      messageHref={messageHref}
    />
  );
  if (!hasActivity) return details;
  const selected = tab;
  return (
    <>
      <DetailsTabs
        label="Chat details sections"
        tabs={TABS}
        selected={selected}
        onSelect={onTab}
        idBase={idBase}
      />
      <div
        role="tabpanel"
        id={`${idBase}-panel-${selected}`}
        aria-labelledby={`${idBase}-tab-${selected}`}
        tabIndex={0}
        className="outline-none"
      >
        {selected === 'details' ? details : activity({ chat, member, onMember: showMember })}
      </div>
    </>
  );
}
