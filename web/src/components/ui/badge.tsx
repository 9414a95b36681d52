/**
 * Badge primitive: small pill for counts and labels.
 */
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn.ts';

const VARIANTS = {
  unread: 'min-w-5 justify-center bg-wa-green px-1.5 text-white',
  neutral: 'bg-slate-100 px-2 text-slate-600',
  outline: 'px-2 text-wa-teal ring-1 ring-teal-200',
  demo: 'bg-amber-300 px-2 text-amber-950',
  warning: 'bg-amber-100 px-2 text-amber-900 ring-1 ring-amber-200',
} as const;

export type BadgeProps = ComponentProps<'span'> & { variant?: keyof typeof VARIANTS };

/** Inline pill; pass `aria-label` when the visible text alone is ambiguous (e.g. a bare count). */
export function Badge({ className, variant = 'neutral', ...props }: BadgeProps) {
  return (
    <span
      data-slot="badge"
      data-variant={variant}
      className={cn(
        'inline-flex h-5 items-center rounded-full text-[11px] font-semibold leading-none',
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
