/**
 * What the chat list and table show when a page came back empty: "still indexing" while the
 * BFF's chat index is being built (a search so far found nothing), else an empty state per
 * filter with a way out.
 */
import { Button } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { Spinner } from '@/components/ui/spinner.tsx';
import { cn } from '@/lib/cn.ts';

export interface NoChatsProps {
  /** The answer came from an index still being built (`index.complete: false`). */
  indexing: boolean;
  /** Any narrowing filter is set. */
  filtered: boolean;
  onClearFilters?: (() => void) | undefined;
  className?: string;
}

export function NoChats({ indexing, filtered, onClearFilters, className }: NoChatsProps) {
  if (indexing) {
    return (
      <p
        className={cn(
          'flex items-center justify-center gap-2 p-6 text-sm text-slate-500',
          className,
        )}
      >
        <Spinner label="Searching" /> The server is still indexing chats…
      </p>
    );
  }
  return (
    <EmptyState
      className={className}
      title={filtered ? 'No chats match these filters' : 'No chats yet'}
      hint={
        filtered
          ? 'Try another search or remove a filter.'
          : 'Conversations of your connected phones will appear here.'
      }
    >
      {filtered && onClearFilters && (
        <Button size="sm" variant="secondary" className="mt-2" onClick={onClearFilters}>
          Clear filters
        </Button>
      )}
    </EmptyState>
  );
}
