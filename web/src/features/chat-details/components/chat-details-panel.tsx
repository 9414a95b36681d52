/**
 * Right-hand pane of the open chat (from GET /api/chats/:chatId, fetched by the route and passed
 * in): a "Details" tab (name, facts, members) and, for groups, an "Activity" tab (the group's
 * notification timeline). Clicking a member opens their history in Activity.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import type { ChatDetail } from '../../../lib/api-types.ts';
import { ChatActivity } from '../../activity/components/chat-activity.tsx';
import { useLabelNames } from '../../config/hooks/use-label-names.ts';
import { ChatDetailsTab } from './chat-details-tab.tsx';
import { DetailsTabs } from './details-tabs.tsx';

type Tab = 'details' | 'activity';
const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'activity', label: 'Activity' },
] as const;

export interface ChatDetailsPanelProps {
  detail: UseQueryResult<ChatDetail>;
  /** Link to a group event in the thread (`/chats/:chatId/notifications/:id`); optional. */
  eventHref?: ((notificationId: string) => string) | undefined;
}

/** A `complementary` landmark named "Chat details". The chosen tab stays as chats change. */
export function ChatDetailsPanel({ detail, eventHref }: ChatDetailsPanelProps) {
  const [tab, setTab] = useState<Tab>('details');
  return (
    <aside aria-label="Chat details" className="flex min-h-0 flex-1 flex-col overflow-y-auto border-l border-slate-200 bg-surface">
      {detail.isPending ? (
        <div role="status" aria-label="Loading chat details" className="flex flex-col items-center gap-3 p-6">
          <Skeleton className="size-24 rounded-full" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-3 w-24" />
        </div>
      ) : detail.isError ? (
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      ) : (
        <ChatPanes key={detail.data.chat_id} chat={detail.data} tab={tab} onTab={setTab} eventHref={eventHref} />
      )}
    </aside>
  );
}

/** Keyed by chat: the member shown in Activity resets when another chat opens. */
function ChatPanes({ chat, tab, onTab, eventHref }: { chat: ChatDetail; tab: Tab; onTab: (t: Tab) => void; eventHref?: ((id: string) => string) | undefined }) {
  const idBase = useId();
  const labelNames = useLabelNames();
  const [member, setMember] = useState<string | null>(null);
  const isGroup = chat.chat_type === 'group';
  const showMember = (contactId: string | null) => {
    setMember(contactId);
    if (contactId) onTab('activity');
  };
  const details = <ChatDetailsTab chat={chat} labelNames={labelNames} onSelectMember={isGroup ? showMember : undefined} />;
  if (!isGroup) return details;
  const selected = tab;
  return (
    <>
      <DetailsTabs label="Chat details sections" tabs={TABS} selected={selected} onSelect={onTab} idBase={idBase} />
      <div role="tabpanel" id={`${idBase}-panel-${selected}`} aria-labelledby={`${idBase}-tab-${selected}`} tabIndex={0} className="outline-none">
        {selected === 'details' ? (
          details
        ) : (
          <ChatActivity chatId={chat.chat_id} members={chat.members ?? undefined} createdAt={chat.created_at} member={member} onMemberChange={showMember} eventHref={eventHref} />
        )}
      </div>
    </>
  );
}
