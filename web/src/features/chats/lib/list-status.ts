/**
 * What the chat list says about its size and loading,
 * from the loaded pages of GET /api/chats.
 */
import { formatCount } from '@/lib/format.ts';

interface PageLike {
  next_offset: number | null;
  total: number | null;
  index: { complete: boolean } | null;
}

/**
 * @param loaded - de-duplicated rows loaded so far
 * @param pages - loaded pages (the last one decides whether more exist)
 * @returns polite live-region text: "2,000 chats", "50 of 1,234 chats loaded", "150 chats loaded…"
 */
export function listStatus(loaded: number, pages: readonly PageLike[], fetching: boolean): string {
  const last = pages.at(-1);
  if (!last) return fetching ? 'Loading chats…' : '';
  const noun = (n: number) => `${formatCount(n)} ${n === 1 ? 'chat' : 'chats'}`;
  const total = last.total;
  const partialIndex = last.index ? !last.index.complete : false;
  if (total !== null) {
    const found = `${noun(total)}${partialIndex ? ' so far (still indexing)' : ''}`;
    return loaded >= total ? found : `${formatCount(loaded)} of ${found} loaded`;
  }
  if (last.next_offset === null) return noun(loaded);
  return `${noun(loaded)} loaded${fetching ? ', loading more…' : ''}`;
}
