/**
 * Query options for the BFF's public configuration (`GET /api/config`).
 */
import { queryOptions } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { api } from '@/lib/api-client.ts';

export const configQueries = {
  all: ['config'] as const,
  /** `{ demo, default_phone }`; fixed for the server's lifetime, so never stale. */
  current: () =>
    queryOptions({
      queryKey: [...configQueries.all, 'current'] as const,
      queryFn: ({ signal }) => parseResponse(api.config.$get(undefined, { init: { signal } })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
