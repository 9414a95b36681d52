/**
 * The request mix, the same for every target: request i is a chat-list slice (i % 3 = 0), a chat
 * by id (1) or a chat's first 50 messages (2). The BFF path and the upstream call the BFF makes
 * for it on a miss are the same request, so "simulator direct" replays exactly the upstream side
 * of "BFF miss".
 */

/** `bff` = `/api/...` on the BFF; `sim` = the matching `/v1/...` upstream call. */
export type Target = 'bff' | 'sim';

/**
 * `miss`: every request is one the BFF has not cached (see {@link missPath}); `hit`: 30 URLs
 * repeated after a warm-up.
 */
export type Mix = 'miss' | 'hit';

const LIMIT = 50;
/** Distinct start_time per list request: a new cache key every time. */
const EPOCH_2000 = Date.UTC(2000, 0, 1);

/**
 * @param block - `sim` only: the upstream block the BFF would fetch for this page (its
 * `UPSTREAM_PAGE_SIZE`), so the direct call is the BFF's upstream call
 */
function list(target: Target, offset: number, startTime?: string, block = LIMIT): string {
  if (target === 'bff')
    return `/api/chats?limit=${LIMIT}&offset=${offset}${startTime ? `&start_time=${startTime}` : ''}`;
  // The order the BFF's client writes them in: filters, then offset and limit.
  return `/v1/chats?${startTime ? `start_time=${startTime}&` : ''}offset=${Math.floor(offset / block) * block}&limit=${block}`;
}

function chat(target: Target, chatId: string): string {
  return target === 'bff' ? `/api/chats/${chatId}` : `/v1/chats/${encodeURIComponent(chatId)}`;
}

function messages(target: Target, chatId: string, block = LIMIT): string {
  return target === 'bff'
    ? `/api/chats/${chatId}/messages?limit=${LIMIT}&offset=0`
    : `/v1/chats/${encodeURIComponent(chatId)}/messages?offset=0&limit=${block}`;
}

/**
 * Path of request `i` of the miss mix. Lists carry a unique `start_time` (a millisecond after
 * 2000-01-01 + i: every chat still matches), so their cache key is new each time. Chats and
 * message blocks go round-robin over every chat with messages (~2,000), more than the BFF keeps
 * (500 chat objects, 200 message blocks in LRUs), so each is evicted before it comes round again.
 * The bench checks the result: upstream calls per BFF request must be 1.00.
 * @param chatIds - chat ids with messages, from the simulator
 * @param block - the BFF's upstream block size: `sim` paths ask for that block, as the BFF does
 */
export function missPath(
  target: Target,
  i: number,
  chatIds: readonly string[],
  block = LIMIT,
): string {
  const n = Math.floor(i / 3);
  const chatId = chatIds[n % chatIds.length] ?? '';
  if (i % 3 === 0)
    return list(target, (n % 40) * LIMIT, new Date(EPOCH_2000 + n).toISOString(), block);
  return i % 3 === 1 ? chat(target, chatId) : messages(target, chatId, block);
}

/** Path of request `i` of the hit mix: 10 list slices, 10 chats, 10 message pages. */
export function hitPath(target: Target, i: number, chatIds: readonly string[]): string {
  const n = Math.floor(i / 3) % 10;
  const chatId = chatIds[n] ?? '';
  if (i % 3 === 0) return list(target, n * LIMIT);
  return i % 3 === 1 ? chat(target, chatId) : messages(target, chatId);
}

/** The 30 distinct paths of the hit mix (for the warm-up). */
export function hitPaths(target: Target, chatIds: readonly string[]): string[] {
  return Array.from({ length: 30 }, (_, i) => hitPath(target, i, chatIds));
}
