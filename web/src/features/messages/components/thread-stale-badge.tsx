/**
 * "Saved copy · 10:42" at the top right of a thread whose newest page the BFF served from its
 * cache past its freshness (StaleBadge). Shape: `<ThreadStaleBadge newest={page | undefined} />`.
 */
import { oldestStale, StaleBadge } from '@/features/shared/components/stale-badge.tsx';
import type { Thread } from '../hooks/use-thread.ts';

/** Nothing while the newest page is fresh. */
export function ThreadStaleBadge({ newest }: { newest: Thread['newest'] }) {
  // Judged on the newest page, which is refetched: older pages are history the BFF served from its
  // cache once and that rarely changes, so their age says nothing about Periskope being reachable.
  const staleSince = oldestStale(newest ? [newest] : []);
  if (!staleSince) return null;
  return (
    <div className="absolute top-2 right-3 z-10">
      <StaleBadge fetchedAt={staleSince} />
    </div>
  );
}
