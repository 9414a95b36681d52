/**
 * Unknown paths inside the inbox.
 */
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state.tsx';

/** Centre pane for a path no route matches. */
export function NotFound() {
  return (
    <main className="flex min-w-0 flex-1 bg-wa-panel">
      <EmptyState
        className="flex-1"
        title="Page not found"
        hint="This address does not point to a chat."
      >
        <Link to="/" className="mt-2 text-sm text-wa-teal underline">
          Back to the inbox
        </Link>
      </EmptyState>
    </main>
  );
}
