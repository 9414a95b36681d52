/**
 * When the org-wide feed stops loading pages on its own. With a `type` filter the BFF scans at
 * most 5,000 raw items per request (server/src/periskope/filtered-slice.ts `MAX_SCAN`), so a rare
 * type can come back empty with a `next_offset`; following it while the list's end stays in view
 * would walk the org's whole history, about 6 upstream calls per page, out of a budget of ~10
 * per 2 s shared by the org. After such a page the reader decides whether to search further.
 */

/** The paging fields of a GET /api/notifications answer. */
export interface FeedPage {
  notifications: readonly unknown[];
  next_offset: number | null;
  /** ISO 8601 instant of the oldest item the request examined, matching or not. */
  scanned_to: string | null;
}

/**
 * @param last - the newest loaded page (the last one fetched), undefined before the first
 * @param limit - the page size asked for
 * @returns true when that page was cut short by the scan cap: fewer than `limit` items and a
 *   `next_offset` (a full page or the list's end never is)
 */
export function scanCapped(last: FeedPage | undefined, limit: number): boolean {
  return last !== undefined && last.next_offset !== null && last.notifications.length < limit;
}
