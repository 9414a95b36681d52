/**
 * QueryClient defaults: server state is cached briefly, errors are typed as Hono's
 * `DetailedError`, and retries stop on 4xx (a bad request will not get better).
 */
import { QueryClient } from '@tanstack/react-query';
import { DetailedError } from 'hono/client';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: DetailedError | Error;
  }
}

/** @returns a QueryClient for the app (tests make their own, with retries off) */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failureCount, error) => {
          const status = error instanceof DetailedError ? Number(error.statusCode) : 0;
          if (status >= 400 && status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}

/** The app's one client: the router's prefetches and the React tree share it. */
export const queryClient = createQueryClient();
