/**
 * Spinner primitive: a small rotating ring with an accessible status label.
 */
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn.ts';

/** @param label - what is loading; announced to screen readers */
export function Spinner({
  className,
  label = 'Loading',
  ...props
}: ComponentProps<'span'> & { label?: string }) {
  return (
    <span
      data-slot="spinner"
      role="status"
      className={cn('inline-flex items-center gap-2', className)}
      {...props}
    >
      <span
        aria-hidden
        className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-wa-teal"
      />
      <span className="sr-only">{label}</span>
    </span>
  );
}
