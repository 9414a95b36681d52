/**
 * End of an infinite list: loads the next page when it scrolls into view (IntersectionObserver,
 * also inside scrolling panes) and keeps loading while it stays in view, e.g. when a filter
 * leaves a page with few rows. Also a button for keyboards, and the list's end or error.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoadMore: () => void;
  /** Shown when there is nothing more, e.g. "Beginning of the group's history". */
  endText: string;
}

export function LoadMore({ hasMore, loading, error, onLoadMore, endText }: LoadMoreProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { rootMargin: '200px' });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  // Re-runs after each page (loading flips back), so a sentinel still in view loads the next one.
  useEffect(() => {
    if (visible && hasMore && !loading && !error) onLoadMore();
  }, [visible, hasMore, loading, error, onLoadMore]);
  return (
    <div ref={ref} className="flex flex-col items-center gap-2 px-4 py-4 text-xs text-slate-500">
      {error ? (
        <ErrorState error={error} onRetry={onLoadMore} retrying={loading} />
      ) : loading ? (
        <Spinner label="Loading older events" />
      ) : hasMore ? (
        <Button size="sm" variant="secondary" onClick={onLoadMore}>
          Load older events
        </Button>
      ) : (
        <p>{endText}</p>
      )}
    </div>
  );
}
