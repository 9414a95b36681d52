/**
 * Test render helpers: a fresh QueryClient per test (no retries, no caching between tests), and
 * the open chat's members as the thread provides them (MembersProvider), for components that
 * name people.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MembersProvider } from '@/features/messages/components/members-context.tsx';
import type { Members } from '@/lib/api-types.ts';

/** @returns a QueryClient that fails fast and never refetches on its own */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        gcTime: Number.POSITIVE_INFINITY,
        staleTime: Number.POSITIVE_INFINITY,
      },
    },
  });
}

export type RenderWithQueryOptions = RenderOptions & {
  queryClient?: QueryClient;
  /** The chat's members (useMembers); none by default, as while the chat's details load. */
  members?: Members | undefined;
};

/**
 * `render` inside a QueryClientProvider (a fresh one unless given) and a MembersProvider;
 * returns the client too. `rerender` keeps both.
 */
export function renderWithQuery(
  ui: ReactElement,
  { queryClient = createTestQueryClient(), members, ...options }: RenderWithQueryOptions = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MembersProvider members={members}>{children}</MembersProvider>
    </QueryClientProvider>
  );
  return { queryClient, ...render(ui, { wrapper, ...options }) };
}

/** `render` inside a MembersProvider only (components that fetch nothing); `rerender` keeps it. */
export function renderWithMembers(
  ui: ReactElement,
  members: Members | undefined,
  options: RenderOptions = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MembersProvider members={members}>{children}</MembersProvider>
  );
  return render(ui, { wrapper, ...options });
}
