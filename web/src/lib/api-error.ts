/**
 * Narrows a failed BFF call to the problem+json fields worth showing (RFC 9457).
 */
import { DetailedError } from 'hono/client';

export interface DisplayProblem {
  title: string;
  detail: string;
  code: string | null;
  status: number | null;
  request_id: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : null;

/**
 * @param error - whatever a query threw (`DetailedError` from `parseResponse`, a network TypeError…)
 * @returns a title and detail fit for the UI; never raw HTML or a stack
 */
export function toDisplayProblem(error: unknown): DisplayProblem {
  if (error instanceof DetailedError) {
    const detail = error.detail;
    const data: Record<string, unknown> =
      detail &&
      typeof detail === 'object' &&
      'data' in detail &&
      detail.data &&
      typeof detail.data === 'object'
        ? { ...detail.data }
        : {};
    return {
      title: text(data.title) ?? 'Request failed',
      detail: text(data.detail) ?? `The server answered ${error.statusCode ?? 'with an error'}.`,
      code: text(data.code),
      status: error.statusCode ?? null,
      request_id: text(data.request_id),
    };
  }
  return {
    title: 'Connection problem',
    detail: 'The inbox server could not be reached. Check your connection and try again.',
    code: null,
    status: null,
    request_id: null,
  };
}
