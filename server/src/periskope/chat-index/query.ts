/**
 * Search, filters and facets over one {@link ChatSnapshot}.
 *
 * Search semantics (`q`, already trimmed, 1–100 characters):
 * - **Name**: the folded `q` (see search.ts: case- and diacritic-insensitive) is a substring
 *   of the folded `chat_name`.
 * - **Number**: when `q` is ≥ 3 digits once spaces, `+`, `-`, `(`, `)` are removed, those digits
 *   are a substring of the chat id's digits: `+91 95378 51844`, `9537851844` and `51844` all find
 *   `919537851844@c.us`.
 * - **Ranking**: the name (or the id's digits) starting with `q` first, then a word of the name
 *   starting with `q`, then any other match; within a rank, the requested order. A chat matching
 *   both ways reports its better match, the name on a tie.
 * - **Highlights**: `match.ranges` are `[start, end)` UTF-16 offsets, end exclusive, of every
 *   non-overlapping occurrence: into the original `chat_name` for `field: 'chat_name'`, into the
 *   id's digits for `field: 'chat_id'` (for `…@c.us` / `…@g.us` ids the same offsets as in
 *   `chat_id`). Without `q`, `match` is null.
 *
 * Filters, combined with AND: `unread` (`message_unread_count > 0`, null counts as 0),
 * `assigned_to` (an email, case-insensitive, or `none` = unassigned), and GET /chats' own filters
 * with the simulator's semantics (server/src/simulator/http/chat-query.ts;
 * docs/periskope-api.md#endpoints is silent on the details): `chat_type`; `label` as a label id
 * (lists carry ids only); `start_time`/`end_time` inclusive on the `sort_by` field, a date-only end
 * meaning the end of that day, chats without a latest message dropping out when that field is the
 * latest activity; `sort_by` (default `created_at`, as Periskope) and `sort_order` (default
 * `desc`), chats without the key last in both orders.
 */
import type { ChatListFilters, Page } from '../api/index.ts';
import { foldQuery, matchRanges, numberQuery, rankIn, type Range, type Rank } from './search.ts';
import type { ChatSummary } from './summary.ts';
import { orderKey, type ChatOrder, type ChatSnapshot, type IndexedChat } from './snapshot.ts';

/** What GET /api/chats asks the index. */
export interface ChatIndexQuery extends ChatListFilters {
  q?: string | undefined;
  unread?: boolean | undefined;
  /** An email, or `none` for unassigned chats. */
  assigned_to?: string | undefined;
}

/** Where `q` matched, for highlighting; see the module docstring for the offsets. */
export interface ChatMatch {
  field: 'chat_name' | 'chat_id';
  ranges: Range[];
}

/**
 * A chat-list item: the summary plus its match. GET /api/chats always sends `match` (null outside a
 * search).
 */
export type ChatListItem = ChatSummary & { match: ChatMatch | null };

export interface SearchResult {
  items: ChatListItem[];
  /** Chats matching, across all pages. */
  total: number;
  next_offset: number | null;
}

/** Counts over every chat of the index, for the filter pickers. */
export interface ChatFacets {
  /** Assignees, most chats first; `email` as Periskope spells it. */
  assignees: { email: string; count: number }[];
  /** Label ids (Periskope lists carry no label names), most chats first. */
  labels: { label_id: string; count: number }[];
  unread: number;
  unassigned: number;
  total: number;
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `start_time`/`end_time` as epoch ms; a date-only end is the last ms of that day (simulator
 * http/time-range.ts).
 */
function timeBound(value: string | undefined, end: boolean): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  return end && DATE_ONLY.test(value) ? ms + DAY_MS - 1 : ms;
}

type Predicate = (chat: IndexedChat) => boolean;

function filterOf(query: ChatIndexQuery, sortBy: ChatOrder['sort_by']): Predicate {
  const checks: Predicate[] = [];
  const { chat_type, label, unread, assigned_to } = query;
  if (chat_type) checks.push((c) => c.summary.chat_type === chat_type);
  if (label) checks.push((c) => c.summary.label_ids.includes(label));
  if (unread !== undefined)
    checks.push((c) => (c.summary.message_unread_count ?? 0) > 0 === unread);
  if (assigned_to === 'none') checks.push((c) => c.assignee === null);
  else if (assigned_to) checks.push((c) => c.assignee === assigned_to.toLowerCase());
  const start = timeBound(query.start_time, false);
  const end = timeBound(query.end_time, true);
  if (start !== undefined || end !== undefined) {
    checks.push((c) => {
      const key = orderKey(c, sortBy);
      return (
        key !== null && (start === undefined || key >= start) && (end === undefined || key <= end)
      );
    });
  }
  return (chat) => checks.every((check) => check(chat));
}

interface Found {
  rank: Rank;
  field: ChatMatch['field'];
}

/** @returns how `q` matches a chat, or null */
function matcherOf(q: string): (chat: IndexedChat) => Found | null {
  const folded = foldQuery(q);
  const digits = numberQuery(q);
  return (chat) => {
    const byName = chat.name ? rankIn(chat.name.text, folded) : -1;
    const byId =
      digits === null
        ? -1
        : chat.digits.startsWith(digits)
          ? 0
          : chat.digits.includes(digits)
            ? 2
            : -1;
    if (byName >= 0 && (byId < 0 || byName <= byId))
      return { rank: byName as Rank, field: 'chat_name' };
    return byId >= 0 ? { rank: byId as Rank, field: 'chat_id' } : null;
  };
}

function matchOf(chat: IndexedChat, q: string, field: ChatMatch['field']): ChatMatch {
  if (field === 'chat_name' && chat.name)
    return { field, ranges: matchRanges(chat.name, foldQuery(q)) };
  return {
    field: 'chat_id',
    ranges: matchRanges({ text: chat.digits, origin: null }, numberQuery(q) ?? ''),
  };
}

/**
 * Answers one page of a search or filter over the snapshot (a plain loop: ~ms for 20,000 chats).
 * @param page - `offset`/`limit` over the matches
 */
export function searchSnapshot(
  snapshot: ChatSnapshot,
  query: ChatIndexQuery,
  page: Page,
): SearchResult {
  const sortBy = query.sort_by ?? 'created_at';
  const order = snapshot.view({ sort_by: sortBy, sort_order: query.sort_order ?? 'desc' });
  const keep = filterOf(query, sortBy);
  const match = query.q === undefined ? null : matcherOf(query.q);
  const tiers: [number[], number[], number[]] = [[], [], []];
  for (const position of order) {
    const chat = snapshot.chats[position]!;
    if (!keep(chat)) continue;
    const rank = match ? match(chat)?.rank : 0;
    if (rank !== undefined) tiers[rank].push(position);
  }
  const hits = tiers.flat();
  const items = hits.slice(page.offset, page.offset + page.limit).map((position): ChatListItem => {
    const chat = snapshot.chats[position]!;
    const found = match?.(chat);
    return {
      ...chat.summary,
      match: found && query.q !== undefined ? matchOf(chat, query.q, found.field) : null,
    };
  });
  const next = page.offset + items.length;
  return {
    items,
    total: hits.length,
    next_offset: items.length > 0 && next < hits.length ? next : null,
  };
}

const byCount =
  <T extends { count: number }>(key: (t: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || key(a).localeCompare(key(b));

/** @returns assignee, label, unread and unassigned counts over every chat of the snapshot */
export function facetsOf(snapshot: ChatSnapshot): ChatFacets {
  const assignees = new Map<string, { email: string; count: number }>();
  const labels = new Map<string, number>();
  let unread = 0;
  let unassigned = 0;
  for (const chat of snapshot.chats) {
    const { assigned_to, label_ids, message_unread_count } = chat.summary;
    if ((message_unread_count ?? 0) > 0) unread++;
    if (chat.assignee === null || assigned_to === null) unassigned++;
    else {
      const entry = assignees.get(chat.assignee) ?? { email: assigned_to, count: 0 };
      entry.count++;
      assignees.set(chat.assignee, entry);
    }
    for (const id of label_ids) labels.set(id, (labels.get(id) ?? 0) + 1);
  }
  return {
    assignees: [...assignees.values()].sort(byCount((a) => a.email)),
    labels: [...labels]
      .map(([label_id, count]) => ({ label_id, count }))
      .sort(byCount((l) => l.label_id)),
    unread,
    unassigned,
    total: snapshot.chats.length,
  };
}
