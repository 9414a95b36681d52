/**
 * Index route: nothing selected yet.
 */
import { EmptyState } from '@/components/ui/empty-state.tsx';

/** Centre pane when the URL names no chat. */
export function NoChatSelected() {
  return (
    <main className="flex min-w-0 flex-1 bg-wa-panel">
      <EmptyState
        className="flex-1"
        title="Select a chat"
        hint="Pick a conversation on the left to read its messages."
      />
    </main>
  );
}
