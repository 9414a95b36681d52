/**
 * Last row of the chat list: loading more, a failed page with Retry, or the end marker.
 */
import { Button } from '@/components/ui/button.tsx';
import { Spinner } from '@/components/ui/spinner.tsx';
import { toDisplayProblem } from '@/lib/api-error.ts';
import { formatCount } from '@/lib/format.ts';

export interface ChatListFooterProps {
  loaded: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** The last next-page fetch failed. */
  error: unknown;
  onRetry: () => void;
}

/** Rendered outside the listbox (it is not an option). */
export function ChatListFooter({
  loaded,
  hasNextPage,
  isFetchingNextPage,
  error,
  onRetry,
}: ChatListFooterProps) {
  if (isFetchingNextPage) return <Spinner label="Loading more chats" />;
  if (error) {
    return (
      <div role="alert" className="flex items-center gap-2 text-xs text-slate-600">
        <span className="truncate">{toDisplayProblem(error).detail}</span>
        <Button size="sm" variant="secondary" onClick={onRetry}>
          Retry
        </Button>
      </div>
    );
  }
  if (hasNextPage) return null;
  return <span className="text-xs text-slate-400">End of list · {formatCount(loaded)} chats</span>;
}
