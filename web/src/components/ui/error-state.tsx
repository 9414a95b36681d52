/**
 * Inline error with the problem's title and detail and a Retry button.
 */
import type { ComponentProps } from 'react';
import { toDisplayProblem } from '@/lib/api-error.ts';
import { cn } from '@/lib/cn.ts';
import { Button } from './button.tsx';

export type ErrorStateProps = ComponentProps<'div'> & {
  error: unknown;
  onRetry: () => void;
  /** Retry is under way: the button is disabled. */
  retrying?: boolean;
};

/** Renders `toDisplayProblem(error)` as text; never raw HTML or a stack. */
export function ErrorState({
  error,
  onRetry,
  retrying = false,
  className,
  ...props
}: ErrorStateProps) {
  const problem = toDisplayProblem(error);
  return (
    <div
      data-slot="error-state"
      role="alert"
      className={cn('flex flex-col items-center gap-2 p-4 text-center', className)}
      {...props}
    >
      <p className="text-sm font-semibold text-slate-800">{problem.title}</p>
      <p className="max-w-sm text-sm text-slate-600">{problem.detail}</p>
      {problem.request_id && (
        <p className="text-xs text-slate-400">Request id: {problem.request_id}</p>
      )}
      <Button size="sm" variant="secondary" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </Button>
    </div>
  );
}
