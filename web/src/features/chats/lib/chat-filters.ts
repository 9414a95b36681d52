/**
 * The chat list's filters and sort, kept in the URL's search params so a reload or a shared link
 * restores them. Parsing is forgiving: an unknown or malformed value is dropped, so a hand-edited
 * URL still opens the inbox. Names are the BFF's query parameters (Periskope's,
 * docs/periskope-api.md#endpoints).
 */

export const CHAT_TYPES = ['user', 'group', 'business'] as const;
export type ChatType = (typeof CHAT_TYPES)[number];
export const SORT_FIELDS = ['latest_message_timestamp', 'created_at'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = 'asc' | 'desc';
export type ChatView = 'list' | 'table';

/** What the URL says about the chat list. Absent = not filtered. */
export interface ChatFilterState {
  /** Name or number search (answered by the BFF's chat index). */
  q?: string;
  chat_type?: ChatType;
  /** Label id (`label-…`) or name; Periskope accepts both (docs/periskope-api.md#endpoints). */
  label?: string;
  /** Org phone (`x-phone` scope), digits. */
  phone?: string;
  /** Only chats with unread messages (`message_unread_count` > 0; BFF index). */
  unread?: boolean;
  /** Assignee email, or `none` for unassigned chats (BFF index). */
  assigned_to?: string;
  /** Date `YYYY-MM-DD`, inclusive, in the API's `start_time`/`end_time` sense. */
  start_time?: string;
  end_time?: string;
  sort_by: SortField;
  sort_order: SortOrder;
  view: ChatView;
}

export const DEFAULT_FILTERS: ChatFilterState = {
  sort_by: 'latest_message_timestamp',
  sort_order: 'desc',
  view: 'list',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^\d{6,20}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);
const text = (value: string | null, max: number) => {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
};
const date = (value: string | null) =>
  value && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;

/** @returns the state the URL describes; invalid values are ignored */
export function parseChatFilters(params: URLSearchParams): ChatFilterState {
  const phone = params.get('phone');
  const unread = params.get('unread');
  return {
    q: text(params.get('q'), 100),
    chat_type: oneOf(CHAT_TYPES, params.get('chat_type')),
    label: text(params.get('label'), 100),
    phone: phone && PHONE.test(phone) ? phone : undefined,
    unread: unread === 'true' ? true : undefined,
    assigned_to: text(params.get('assigned_to'), 254),
    start_time: date(params.get('start_time')),
    end_time: date(params.get('end_time')),
    sort_by: oneOf(SORT_FIELDS, params.get('sort_by')) ?? DEFAULT_FILTERS.sort_by,
    sort_order:
      oneOf(['asc', 'desc'] as const, params.get('sort_order')) ?? DEFAULT_FILTERS.sort_order,
    view: oneOf(['list', 'table'] as const, params.get('view')) ?? DEFAULT_FILTERS.view,
  };
}

/**
 * @param state - the filters to write
 * @param base - other search params to keep (none today, but the URL is shared)
 * @returns search params with defaults and empty values left out, in a stable order
 */
export function writeChatFilters(
  state: ChatFilterState,
  base = new URLSearchParams(),
): URLSearchParams {
  const out = new URLSearchParams(base);
  const entries: [string, string | undefined][] = [
    ['q', state.q],
    ['chat_type', state.chat_type],
    ['label', state.label],
    ['phone', state.phone],
    ['unread', state.unread ? 'true' : undefined],
    ['assigned_to', state.assigned_to],
    ['start_time', state.start_time],
    ['end_time', state.end_time],
    ['sort_by', state.sort_by === DEFAULT_FILTERS.sort_by ? undefined : state.sort_by],
    ['sort_order', state.sort_order === DEFAULT_FILTERS.sort_order ? undefined : state.sort_order],
    ['view', state.view === DEFAULT_FILTERS.view ? undefined : state.view],
  ];
  for (const [name, value] of entries) {
    if (value) out.set(name, value);
    else out.delete(name);
  }
  return out;
}

/** Filters that narrow the list (not sort or view), for "N filters" and "Clear filters". */
export function activeFilterCount(state: ChatFilterState): number {
  return [
    state.q,
    state.chat_type,
    state.label,
    state.phone,
    state.unread,
    state.assigned_to,
    state.start_time,
    state.end_time,
  ].filter((v) => v !== undefined).length;
}

/** @returns the state with every narrowing filter removed (sort and view kept) */
export function clearChatFilters(state: ChatFilterState): ChatFilterState {
  return { sort_by: state.sort_by, sort_order: state.sort_order, view: state.view };
}

/**
 * The UI picks whole days in the agent's time zone; the API takes instants
 * (docs/periskope-api.md#lists time filters: ISO UTC accepted). `start_time` is the first
 * millisecond of its day, `end_time` the last.
 * @returns ISO instants for the BFF, or undefined where no day is set
 */
export function dayRangeQuery(state: Pick<ChatFilterState, 'start_time' | 'end_time'>): {
  start_time?: string;
  end_time?: string;
} {
  const out: { start_time?: string; end_time?: string } = {};
  if (state.start_time) out.start_time = new Date(`${state.start_time}T00:00:00`).toISOString();
  if (state.end_time) out.end_time = new Date(`${state.end_time}T23:59:59.999`).toISOString();
  return out;
}
