/**
 * Filters of the org-wide activity page, kept in the URL's search params (`phone`, `from`, `to`,
 * `kind`, `type`) so a reload or a shared link shows the same list, and their translation to
 * GET /api/notifications parameters.
 */
import {
  NOTIFICATION_KINDS,
  typeParamForKinds,
  type NotificationKind,
} from './notification-kind.ts';

export interface ActivityFilters {
  /** `x-phone` scope: digits or `phone-…`; undefined = all phones. */
  phone?: string | undefined;
  /** First day, `YYYY-MM-DD` (local). */
  from?: string | undefined;
  /** Last day, `YYYY-MM-DD` (local), inclusive. */
  to?: string | undefined;
  /** Kinds to keep; empty = all. */
  kinds: NotificationKind[];
  /** One notification type (`add`, `subject`, …); when set it replaces `kinds`. */
  type?: string | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TYPE = /^[a-z][a-z0-9_]{0,39}$/;
/** The BFF's `phone` rule (server/src/env.ts `phoneSchema`). */
const PHONE = /^(\d{6,15}|phone-[a-z0-9]{6,64})$/;

/** @returns the filters in `params`; malformed values are dropped, never sent to the BFF */
export function parseActivityFilters(params: URLSearchParams): ActivityFilters {
  const pick = (name: string, re: RegExp) => {
    const v = params.get(name);
    return v && re.test(v) ? v : undefined;
  };
  const kinds = (params.get('kind') ?? '')
    .split(',')
    .filter((k): k is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(k));
  return {
    phone: pick('phone', PHONE),
    from: pick('from', DATE),
    to: pick('to', DATE),
    kinds: NOTIFICATION_KINDS.filter((k) => kinds.includes(k)),
    type: pick('type', TYPE),
  };
}

/** @returns `base` with the filters written (empty ones removed), other params kept */
export function writeActivityFilters(
  filters: ActivityFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (name: string, value: string | undefined) =>
    value ? next.set(name, value) : next.delete(name);
  set('phone', filters.phone);
  set('from', filters.from);
  set('to', filters.to);
  set('kind', filters.kinds.join(','));
  set('type', filters.type);
  return next;
}

/** Local midnight of a `YYYY-MM-DD` day plus `days`, as an ISO instant. */
function localDayStart(date: string, days = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + days).toISOString();
}

/**
 * @returns GET /api/notifications parameters: the local days as ISO instants (`to` up to the
 *   last millisecond of that day) and `type` from the type or the kinds
 */
export function feedParams(filters: ActivityFilters): {
  phone?: string;
  start_time?: string;
  end_time?: string;
  type?: string;
} {
  const out: { phone?: string; start_time?: string; end_time?: string; type?: string } = {};
  if (filters.phone) out.phone = filters.phone;
  if (filters.from) out.start_time = localDayStart(filters.from);
  if (filters.to)
    out.end_time = new Date(Date.parse(localDayStart(filters.to, 1)) - 1).toISOString();
  const type = filters.type ?? typeParamForKinds(filters.kinds);
  if (type) out.type = type;
  return out;
}
