/**
 * Floating bar at the top of a thread: "Load older" while older items exist, and inline errors
 * for a failed older page or a failed merged timeline (group events), each with Retry.
 */
import { Button } from '@/components/ui/button.tsx';
import { toDisplayProblem } from '@/lib/api-error.ts';
import type { TimelineSource } from '@/lib/timeline.ts';

export interface OlderBarProps {
  hasOlder: boolean;
  isFetching: boolean;
  /** The last older-messages page failed. */
  error: unknown;
  extra: TimelineSource | undefined;
  onLoadOlder: () => void;
}

/** Overlays the top of the log; renders nothing when there is nothing to offer. */
export function OlderBar({ hasOlder, isFetching, error, extra, onLoadOlder }: OlderBarProps) {
  const extraError = extra?.error ?? null;
  if (!hasOlder && !error && !extraError) return null;
  return (
    <div className="pointer-events-none absolute inset-x-0 top-2 z-10 flex flex-col items-center gap-2">
      {(error || extraError) && (
        <div
          role="alert"
          className="pointer-events-auto flex max-w-md items-center gap-2 rounded-lg bg-surface px-3 py-2 text-xs text-slate-700 shadow"
        >
          <span>{toDisplayProblem(error ?? extraError).detail}</span>
          <Button size="sm" variant="secondary" onClick={error ? onLoadOlder : extra?.retry}>
            Retry
          </Button>
        </div>
      )}
      {hasOlder && !error && (
        <Button
          size="sm"
          variant="secondary"
          className="pointer-events-auto shadow"
          onClick={onLoadOlder}
          disabled={isFetching}
        >
          {isFetching ? 'Loading older…' : 'Load older'}
        </Button>
      )}
    </div>
  );
}
