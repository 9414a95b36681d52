/**
 * `start_time`/`end_time` filters (docs/periskope-api.md#lists): a date `2025-04-25` or an ISO
 * timestamp. A date-only start means 00:00:00.000Z of that day, a date-only end 23:59:59.999Z of
 * that day; both bounds inclusive [I]. Impossible dates (`2025-04-31`) are 422s.
 */
import { type ValidationError, validationError } from './errors.ts';

export interface TimeRange {
  /** epoch ms, inclusive */
  startMs?: number;
  /** epoch ms, inclusive */
  endMs?: number;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

function parseOne(field: string, raw: string, end: boolean): number | ValidationError {
  const bad = validationError(
    field,
    `${field} must be a date (YYYY-MM-DD) or an ISO 8601 timestamp`,
    raw,
  );
  const date = DATE.exec(raw);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
      return bad;
    return end ? ms + DAY_MS - 1 : ms;
  }
  if (!ISO.test(raw)) return bad;
  const hasZone = /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(raw);
  const ms = Date.parse(hasZone ? raw : `${raw}Z`);
  return Number.isNaN(ms) ? bad : ms;
}

/** Parses both filters; absent or empty values are left undefined. */
export function parseTimeRange(
  query: (name: string) => string | undefined,
): TimeRange | ValidationError {
  const out: TimeRange = {};
  for (const [field, end] of [
    ['start_time', false],
    ['end_time', true],
  ] as const) {
    const raw = query(field);
    if (raw === undefined || raw === '') continue;
    const ms = parseOne(field, raw, end);
    if (typeof ms !== 'number') return ms;
    if (end) out.endMs = ms;
    else out.startMs = ms;
  }
  return out;
}
