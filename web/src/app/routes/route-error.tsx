/**
 * Route-level error boundary: catches what the features' inline error states do not (a render
 * bug). Shows a generic message, never the error's text or stack.
 */
import { useRouteError } from 'react-router';
import { Button } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';

/** `errorElement` of the root route. */
export function RouteError() {
  const error = useRouteError();
  // Keep the cause in the console for whoever debugs it; the UI stays generic.
  console.warn('Route error', error);
  return (
    <EmptyState
      className="h-full"
      title="Something went wrong"
      hint="The inbox hit an unexpected error. Reloading usually helps."
    >
      <Button className="mt-3" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </EmptyState>
  );
}
