/**
 * Notifications of consecutive offset pages, each once. Pages are fetched at different times and
 * newest first, so events that arrive between two fetches shift older ones onto the next page
 * too; rows are keyed by `notification_id`, and a repeat would duplicate a React key.
 */

/**
 * @param pages - the loaded pages, oldest fetch first (TanStack Query's `data.pages`)
 * @returns every notification once, the first copy kept, in page order
 */
export function uniqueNotifications<T extends { notification_id: string }>(
  pages: readonly { notifications: readonly T[] }[] | undefined,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const page of pages ?? []) {
    for (const n of page.notifications) {
      if (seen.has(n.notification_id)) continue;
      seen.add(n.notification_id);
      out.push(n);
    }
  }
  return out;
}
