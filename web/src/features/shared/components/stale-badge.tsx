/**
 * Marks data the server served from its cache past its freshness (Periskope failing or
 * rate-limited): "Saved copy · 10:42". Shows nothing for fresh data.
 */
import { formatTime } from '@/lib/format.ts';

interface StaleBadgeProps {
  /**
   * ISO time the oldest shown data was fetched from Periskope, or null when everything is fresh.
   */
  fetchedAt: string | null;
}

export function StaleBadge({ fetchedAt }: StaleBadgeProps) {
  if (!fetchedAt) return null;
  return (
    <span
      data-slot="stale-badge"
      className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-800"
      title="The last copy the server fetched from Periskope: a refresh is under way, or Periskope did not answer it."
    >
      Saved copy · {formatTime(fetchedAt)}
    </span>
  );
}

/**
 * Age past which a stale page is worth telling the agent about, in ms. Younger stale pages are
 * the server's stale-while-revalidate answers: the refresh is already under way and the list
 * refetches within seconds (see `refetchWhileStale`).
 */
export const STALE_NOTICE_MS = 30_000;

/**
 * @param pages - list pages with `stale` / `fetched_at` from the BFF
 * @param now - epoch ms (injectable for tests)
 * @returns the oldest `fetched_at` among stale pages older than {@link STALE_NOTICE_MS}, or null
 */
export function oldestStale(
  pages: readonly { stale: boolean; fetched_at: string }[],
  now = Date.now(),
): string | null {
  const stale = pages
    .filter((p) => p.stale && now - Date.parse(p.fetched_at) > STALE_NOTICE_MS)
    .map((p) => p.fetched_at)
    .sort();
  return stale[0] ?? null;
}
