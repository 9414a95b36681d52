/**
 * End of an infinite list: loads the next page when it scrolls into view (IntersectionObserver,
 * also inside scrolling panes) and keeps loading while it stays in view, e.g. when a filter
 * leaves a page with few rows. Also a button for keyboards, and the list's end or error. With
 * `auto` off it loads on a click only (after a page the server cut short, see feed-paging.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { ErrorState } from '@/components/ui/error-state.tsx';
import { Spinner } from '@/components/ui/spinner.tsx';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoadMore: () => void;
  /** Load while in view (default true); false: only the button loads. */
  auto?: boolean | undefined;
  /** The button's text (default "Load older events"). */
  moreText?: string | undefined;
  /** Shown when there is nothing more, e.g. "Beginning of the group's history". */
  endText: string;
}

/**
 * The end of a list (a `div`): an in-view sentinel, a "load older" button, a spinner, the end text
 * or an error.
 */
export function LoadMore({
  hasMore,
  loading,
  error,
  onLoadMore,
  auto = true,
  moreText = 'Load older events',
  endText,
}: LoadMoreProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setVisible(entries.some((e) => e.isIntersecting)),
      { rootMargin: '200px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  // Re-runs after each page (loading flips back), so a sentinel still in view loads the next one.
  useEffect(() => {
    if (auto && visible && hasMore && !loading && !error) onLoadMore();
  }, [auto, visible, hasMore, loading, error, onLoadMore]);
  return (
    <div ref={ref} className="flex flex-col items-center gap-2 px-4 py-4 text-xs text-slate-500">
      {error ? (
        <ErrorState error={error} onRetry={onLoadMore} retrying={loading} />
      ) : loading ? (
        <Spinner label="Loading older events" />
      ) : hasMore ? (
        <Button size="sm" variant="secondary" onClick={onLoadMore}>
          {moreText}
        </Button>
      ) : (
        <p>{endText}</p>
      )}
    </div>
  );
}
