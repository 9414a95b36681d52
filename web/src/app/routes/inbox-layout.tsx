/**
 * The inbox frame: teal header with the demo badge, the chat list on the left, and the routed
 * centre (plus details) on the right. Full viewport height.
 */
import { Outlet, useNavigate, useParams } from 'react-router';
import { DemoBadge } from '../../features/config/components/demo-badge.tsx';
import { ChatList } from '../../features/chats/components/chat-list.tsx';
import { chatPath, decodeChatId } from './chat-path.ts';

/** Layout route; the selected chat comes from the URL. */
export function InboxLayout() {
  const navigate = useNavigate();
  const { chatId } = useParams();
  const selected = chatId ? decodeChatId(chatId) : null;
  return (
    <div className="flex h-full flex-col bg-[#dfe3e6] text-slate-900">
      <header className="flex h-14 shrink-0 items-center gap-3 bg-wa-teal px-5 text-white">
        <h1 className="text-lg font-semibold tracking-tight">Periskope Inbox</h1>
        <DemoBadge />
      </header>
      <div className="flex min-h-0 flex-1">
        <nav aria-label="Chat list" className="flex w-[360px] shrink-0 flex-col border-r border-slate-200 bg-slate-50">
          <ChatList selectedChatId={selected} onSelectChat={(chat) => void navigate(chatPath(chat.chat_id))} />
        </nav>
        <Outlet />
      </div>
    </div>
  );
}
