/**
 * Skeleton primitive: a pulsing grey block standing in for content that is loading.
 */
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn.ts';

/** Decorative (`aria-hidden`); announce loading with a {@link Spinner} or text elsewhere. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn('animate-pulse rounded-md bg-slate-200', className)}
      {...props}
    />
  );
}
