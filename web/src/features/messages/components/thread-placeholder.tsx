/**
 * What a thread shows instead of its log while it has no rows to show: the first page's error
 * with Retry, a skeleton while it loads, or "No messages yet".
 * Shape: `threadPlaceholder(thread)` → that element, or null once the log can show.
 */
import type { ReactElement } from 'react';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { ErrorState } from '@/components/ui/error-state.tsx';
import type { Thread } from '../hooks/use-thread.ts';
import { ThreadSkeleton } from './thread-skeleton.tsx';

/** A plain function, not a component: the thread returns its result instead of the log. */
export function threadPlaceholder({
  query,
  isLoading,
  rows,
  hasOlder,
}: Pick<Thread, 'query' | 'isLoading' | 'rows' | 'hasOlder'>): ReactElement | null {
  if (query.isError && !query.data) {
    return (
      <ErrorState
        className="flex-1 justify-center bg-wa-wallpaper"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (isLoading) return <ThreadSkeleton />;
  if (rows.length === 0 && !hasOlder)
    return <EmptyState className="flex-1 bg-wa-wallpaper" title="No messages yet" />;
  return null;
}
